"""A change named as what a verb of change acts on is no claim of that change (issue 8: the
gate failed the true "The results do not support the use of X to slow brain shrinkage or
worsening of disability" against the paper's "X did not slow brain atrophy or disability
progression", reading "worsening" as a claim). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.polarity import claims_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The results do not support the use of the pill to slow brain shrinkage or worsening "
        "of disability.",
        "The drug did not prevent worsening of walking.",
        "There is no evidence that the diet helps to delay the progression of disability.",
    ],
)
def test_a_change_a_verb_acts_on_is_no_claim_of_it(sentence: str) -> None:
    assert "worse" not in [c.polarity for c in claims_in(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Worsening of disability was seen in one in five people.",
        "Disability worsening was more common with placebo.",
        "Walking got worse in the group that stopped the drug.",
    ],
)
def test_a_change_said_to_happen_is_still_one(sentence: str) -> None:
    assert "worse" in [c.polarity for c in claims_in(sentence)]
