"""A headline that puts the results down to bias, chance or error reports a caveat, not the
finding, when the paper's conclusions state an effect (paper and headlines written for these
tests, modelled on reviews whose conclusions add a caveat after their result)."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

_PAPER = """Longer treatment for slow responders to a liver virus: a systematic review

Objectives: To assess the benefits and harms of a longer course of treatment for people whose
virus clears slowly.

Methods: We searched four databases to May 2012. Seven trials with 1369 participants were
included.

Results: Relapse of the virus was less common after 72 weeks than after 48 weeks of treatment.
Adherence did not differ between the groups.

Conclusions: {conclusions}"""

EFFECT_THEN_CAVEAT = parse(
    _PAPER.format(
        conclusions="Extending treatment from 48 to 72 weeks led to a higher share of lasting "
        "responses in slow responders. The observed effects may be caused by bias and by the "
        "play of chance. More data are needed before the longer course can be recommended."
    )
)
ONLY_CAVEAT = parse(
    _PAPER.format(
        conclusions="The differences seen between the groups may be due to chance and to "
        "bias in the small trials."
    )
)
BODY = {
    "what_the_study_did": "Reviewers pooled seven trials of longer treatment for a liver virus.",
    "why_it_matters": "The virus can harm the liver. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def _check(headline: str, paper=EFFECT_THEN_CAVEAT):
    return check_headline(paper, PlainSummary(headline=headline, **BODY))


@pytest.mark.parametrize(
    "headline",
    [
        "The observed treatment effects can be caused by both systematic error and random errors",
        "The benefits seen may be due to chance",
        "The differences between groups could be explained by bias in how the trials were run",
        "Bias may explain the apparent benefit of the longer course",
        "The longer course's apparent benefit may reflect the play of chance",
        "The results could be driven by confounding",
        "Chance could account for the better response with longer treatment",
        "The lasting responses seen with longer treatment may be due to random error",
        "The results of this review are threatened by both risks of systematic errors",
        "The benefit of the longer course may be inflated by bias in the small trials",
    ],
)
def test_results_put_down_to_bias_or_chance_are_a_caveat_headline(headline: str) -> None:
    found = _check(headline)
    assert len(found) == 1 and "limitation" in found[0].message, found


@pytest.mark.parametrize(
    "headline",
    [
        "A longer course of treatment led to more lasting responses in slow responders",
        "A longer course may help slow responders, but the results may be due to chance",
        "Longer treatment helped more people clear the virus, though bias may explain part of it",
        "The higher share of lasting responses was unlikely to be due to chance",
        "Lasting responses were more common with longer treatment, not explained by chance",
        "Extending treatment to 72 weeks gave more lasting responses in slow responders",
        "Longer treatment probably helps slow responders clear the virus for good",
        "A longer course led to more lasting responses, and errors in the trials were rare",
        "Randomised trials use the play of chance to decide who gets the longer course",
        "Random error and systematic error were kept low by blinding in all seven trials",
    ],
)
def test_a_finding_with_or_without_its_caveat_passes(headline: str) -> None:
    found = _check(headline)
    assert not any("limitation" in f.message for f in found), found


def test_a_caveat_headline_passes_when_the_conclusions_are_only_that_caveat() -> None:
    found = _check("The differences seen may be due to chance", ONLY_CAVEAT)
    assert not any("limitation" in f.message for f in found), found
