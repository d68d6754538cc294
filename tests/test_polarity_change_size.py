"""What a change is about when its size is said with it: "a small fall in blood pressure" is
about blood pressure, not about "small"; "blood pressure rose a little after treatment" is
about blood pressure, not "a little" or the treatment. Read so, a summary that turns the
paper's fall into a rise is caught. Sentences written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in


def _about(sentence: str) -> list[tuple[str, set[str]]]:
    return [(c.polarity, set(c.about)) for c in claims_in(sentence)]


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("One study reported a small fall in blood pressure after the diet.", "down"),
        ("The second trial found a clear rise in blood pressure.", "up"),
        ("Blood pressure rose a little after the diet.", "up"),
        ("In one trial, blood pressure fell a bit with the diet.", "down"),
    ],
)
def test_a_sized_change_is_about_what_changed(sentence, polarity):
    assert (polarity, {"blood", "pressur"}) in [
        (p, a & {"blood", "pressur"}) for p, a in _about(sentence)
    ]
    assert not any({"small", "littl", "bit", "clear"} & a for _, a in _about(sentence))


PAPER = ["One trial reported a small fall in blood pressure after treatment of the gums."]


def test_a_rise_said_for_a_small_fall_is_a_contradiction():
    said = "One trial saw blood pressure rise a little after the gums were treated."
    assert contradiction(said, PAPER) is not None


def test_the_same_fall_in_other_words_is_no_contradiction():
    said = "One trial saw blood pressure drop a little after the gums were treated."
    assert contradiction(said, PAPER) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Disability at 1 year after delivery was similar to disability before pregnancy.",
        "Disability at six months after surgery was similar in both groups.",
    ],
)
def test_a_time_after_an_event_ending_the_subject_is_when_not_what(sentence):
    (claim,) = claims_in(sentence)
    assert set(claim.about) == {"disabl"}


def test_worse_against_a_similar_result_at_a_time_after_an_event_is_a_contradiction():
    paper = ["Disability at 1 year after delivery was similar to disability before pregnancy."]
    said = "A year after the birth, disability was clearly worse than before the pregnancy."
    assert contradiction(said, paper) is not None
