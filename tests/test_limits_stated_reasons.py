"""A paper's own limits said in words the limit rules missed (issue 9): a grade lowered for a
stated reason inside a review's brackets, a reason after "not possible due to", "underpowered",
"based on one small trial", a risk of bias high in some trials, confounding the authors cannot
rule out, studies done before care changed. And none where the paper states no limit.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.limits import stated_limits
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _said(results: str, design: StudyDesign = StudyDesign.REVIEW) -> dict[str, str]:
    text = (
        "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
        f"Main results: We included 12 trials with 640 people. {results}\n"
        "Authors' conclusions: Cooling vests may ease tiredness."
    )
    found = stated_limits(source_sentences(parse(text)), design)
    return {lim.name: lim.text for lim in found}


@pytest.mark.parametrize(
    ("results", "name", "said"),
    [
        (
            "Vests eased tiredness (RR 0.62; moderate-certainty evidence, downgraded due to "
            "substantial heterogeneity).",
            "differed",
            "The authors say the studies differed from each other.",
        ),
        (
            "Vests eased heat (MD 1.2; low-certainty evidence, downgraded for study limitations "
            "and imprecision).",
            "bias",
            "The authors say some of the studies had flaws in how they were done.",
        ),
        (
            "Vests eased heat (MD 1.2; low-certainty evidence, downgraded for imprecision).",
            "small",
            "The authors say some of the results rest on few people.",
        ),
        (
            "Pooling the results was not possible due to the heterogeneity of the vests.",
            "differed",
            "The authors say the studies differed from each other.",
        ),
        (
            "The analysis of falls is underpowered.",
            "small",
            "The authors say some of the results rest on few people.",
        ),
        (
            "Vests may help walking, but this is based on one small trial.",
            "small",
            "The authors say some of the results rest on few people.",
        ),
        (
            "The risk of selection bias was low in four trials, unclear in six trials and high "
            "in the two quasi-randomised trials.",
            "bias",
            "The authors say some of the studies had flaws in how they were done.",
        ),
        (
            "Confounding by the season can not be ruled out.",
            "confounding",
            "The authors say other factors may explain part of the results.",
        ),
        (
            "Caution is needed, because the trials were conducted prior to the introduction of "
            "modern fans.",
            "old_studies",
            "The authors say the studies were done before care changed, so the results may not "
            "apply today.",
        ),
        (
            "Read the results with caution, as there were variations between the trials in how "
            "long vests were worn.",
            "differed",
            "The authors say the studies differed from each other.",
        ),
    ],
)
def test_a_limit_the_paper_states_is_said(results: str, name: str, said: str) -> None:
    assert _said(results).get(name) == said


@pytest.mark.parametrize(
    "results",
    [
        "There was no heterogeneity between the trials.",
        "Heterogeneity was low (I2 = 0%).",
        "Vests eased tiredness (RR 0.62; high-certainty evidence).",
        "Confounding factors were adjusted for in every study.",
        "The trials were conducted in six countries.",
    ],
)
def test_no_limit_where_the_paper_states_none(results: str) -> None:
    assert not {"differed", "bias", "small", "confounding", "old_studies"} & set(_said(results))


def test_a_downgrade_in_one_study_is_no_review_limit() -> None:
    # only a review grades its evidence so; a trial's brackets say no such thing of it
    results = "Tiredness fell (MD 1.2; downgraded for imprecision)."
    assert "small" not in _said(results, StudyDesign.TRIAL)
