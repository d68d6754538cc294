"""A sentence that names what a trial measured ("The main outcome was time to confirmed
worsening of disability") states no result: the gate failed such a sentence as contradicting
the paper's "did not slow progression". A direction word right after the verb is still a
result ("The primary outcome was lower with ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in

PAPER = ["High-dose simvastatin did not slow worsening of disability in progressive MS."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The main outcome was time to confirmed worsening of disability.",
        "The primary end point was the share of people whose walking got worse.",
        "Secondary outcomes included improvement in fatigue and worsening of pain.",
    ],
)
def test_a_sentence_naming_an_outcome_states_no_direction(sentence: str) -> None:
    assert claims_in(sentence) == []
    assert contradiction(sentence, PAPER) is None


def test_an_outcome_said_lower_or_higher_is_a_result() -> None:
    assert [c.polarity for c in claims_in("The primary outcome was lower with the drug.")] == [
        "down"
    ]
    assert contradiction("Simvastatin slowed worsening of disability.", PAPER)
