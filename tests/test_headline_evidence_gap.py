"""A headline that says only that the evidence about one part is lacking, over conclusions that
state an effect (plainsum.checks.headline_side): what was left open, not what was found."""

import pytest
from test_checks_headline import BALANCE, _balance

from plainsum.ingest import parse


@pytest.mark.parametrize(
    "headline",
    [
        "There is not enough evidence about how long the benefit lasts after the classes end",
        "There was little evidence on whether the gains last once the classes stop",
    ],
)
def test_a_gap_about_one_part_over_a_stated_effect_is_an_error(headline):
    found = _balance(headline)
    assert len(found) == 1 and "limitation" in found[0].message, found


@pytest.mark.parametrize(
    "headline",
    [
        # the verdict itself: how sure the finding is
        "There is not enough evidence to say whether balance training prevents falls",
        "There is only limited evidence about the effect of balance training on falls",
        # a gap about the conclusions' own subject is their verdict on it
        "There is little evidence about balance training for people who use wheelchairs",
        # the finding, with the gap beside it
        "Balance training probably prevents falls, but there is little evidence about later years",
    ],
)
def test_a_verdict_or_a_finding_beside_the_gap_passes(headline):
    assert _balance(headline) == []


def test_a_gap_headline_passes_when_the_conclusions_find_only_the_gap():
    paper = parse(
        BALANCE.full_text.replace(
            "Conclusions: Balance training probably prevents falls in people with multiple "
            "sclerosis.",
            "Conclusions: There is not enough evidence about the long-term effects of balance "
            "training.",
        )
    )
    assert "Conclusions: There is not enough" in paper.full_text
    headline = "There is not enough evidence about how long the benefit lasts after the classes end"
    assert _balance(headline, paper) == []
