"""A trial's primary result given as signed figures in a unit a reader knows ("The yearly
change in brain volume was -0.52% with the drug and -0.58% with placebo") is the outcome
itself, not a statistic: where no word says which way, the sign does (issue 9, the main
finding; issue 8's numbers: a negative trial's body lost its primary result, v9 of the lead's
hand-written set). An effect size, a bound or a range stays a statistic, and so does a sign
that repeats a word saying which way ("a decrease of -20%"). Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.numbers import has_statistics, strip_statistics

BRAIN = "The yearly change in brain volume was -0.52% with the drug and -0.58% with placebo."
WALK = "The change in walking time was -1.8 seconds with training and -0.3 seconds with usual care."


@pytest.mark.parametrize(
    "sentence",
    [
        BRAIN,
        WALK,
        "Mean weight change at one year was -2.4 kg with the diet and -0.9 kg with usual care.",
        strip_statistics(
            "The change in fatigue score was -6 points with the drug and -5 points with placebo "
            "(difference -1 point; 95% CI -3 to 1; p = 0.41)."
        ),
    ],
)
def test_a_signed_outcome_in_a_known_unit_is_no_statistic(sentence: str) -> None:
    assert not has_statistics(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Effect sizes ranged from -0.62 to -0.18 across the trials.",  # no unit: an effect size
        "The yearly change in brain volume was -0.52 with the drug.",  # no unit
        "Carrier frequency ranged from 0.3%-21% across the families.",  # a range, no sign
        "A decrease in blood flow of -15% was seen at the highest pressure.",  # the sign twice
        "The 95% prediction interval ran from -2.1 days to 3.4 days.",  # an interval
        "The mean difference was -1.2 points (95% CI -2.0 to -0.4).",  # named as a statistic
    ],
)
def test_other_signed_figures_stay_statistics(sentence: str) -> None:
    assert has_statistics(sentence)


NEGATIVE_TRIAL = (
    "Background: Brain shrinkage predicts disability in progressive multiple sclerosis (MS).\n"
    "Methods: In this double-blind trial, 260 adults with progressive MS were randomly assigned "
    "to a daily antioxidant tablet or placebo for two years. The primary outcome was the yearly "
    "percentage change in brain volume.\n"
    "Results: A total of 231 participants (89%) finished the trial. The yearly change in brain "
    "volume was -0.52% with the antioxidant and -0.58% with placebo (difference 0.06%; 95% CI "
    "-0.08 to 0.20; p = 0.40). Walking speed and fatigue did not differ between the groups.\n"
    "Conclusions: The antioxidant did not slow brain shrinkage in progressive MS."
)


def test_a_negative_trials_body_gives_its_primary_result() -> None:
    source = parse(NEGATIVE_TRIAL)
    _, sections = compose(gather(source, detect_design(source)))
    said = " ".join(line.text for lines in sections.values() for line in lines)
    assert "-0.52% with the antioxidant and -0.58% with placebo" in said
    assert "95%" not in said  # the interval in brackets is still left out
