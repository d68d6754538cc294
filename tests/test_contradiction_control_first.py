"""A comparison said from the control arm's side ("People on placebo had less fatigue than
people on the drug") is turned round once, not twice: it reverses "the drug reduced fatigue
compared with placebo". Each item of a list compared between two groups ("less pain, fatigue
and low mood than people on the drug") is read, not the first alone. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in

PAPER = ["The drug reduced fatigue compared with placebo."]


@pytest.mark.parametrize(
    "sentence",
    [
        "People on placebo had less fatigue than people on the drug.",
        "Placebo reduced fatigue more than the drug did.",
        "People on placebo had less pain, fatigue and low mood than people on the drug.",
    ],
)
def test_a_reversal_said_from_the_control_arm_is_caught(sentence):
    assert contradiction(sentence, PAPER) == ("up", PAPER[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "People on placebo had more fatigue than people on the drug.",
        "People on the drug had less fatigue than people on placebo.",
        "People on placebo had more pain, fatigue and low mood than people on the drug.",
    ],
)
def test_the_same_result_from_either_side_passes(sentence):
    assert contradiction(sentence, PAPER) is None


def test_each_item_of_a_list_compared_between_groups_is_read():
    claims = claims_in(
        "People on placebo had less pain, fatigue and low mood than those on the drug."
    )
    assert [set(c.about) for c in claims] == [{"pain"}, {"fatigu"}, {"low", "mood"}]
