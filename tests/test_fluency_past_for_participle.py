"""A past tense where the participle must stand (plainsum.checks.fluency_cuts
.past_for_participle): a word swapped in its past form for "demonstrated" or "shown" leaves
"benefits were showed". Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems


def rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "There have been benefits showed with a change of diet during treatment.",
        "Fewer relapses were showed in the two larger trials.",
        "The drug has been took by most people for a year.",
        "Walking speed is also rose after the course.",
        "There was no showed benefit of adding the inhaler to tablets.",
    ],
)
def test_a_past_tense_in_a_participle_slot_is_flagged(sentence: str) -> None:
    assert "past_for_participle" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The trials showed fewer relapses with the drug.",
        "There have been benefits shown with a change of diet.",
        "There were people who went home early.",
        "There was one child that fell during the study.",
        "Those who were taking the drug fell less often.",
        "There were two trials and one fell short of its target.",
        "These showed no benefit of adding the inhaler, and this showed a small harm.",
    ],
)
def test_a_past_tense_as_the_verb_is_not_flagged(sentence: str) -> None:
    assert "past_for_participle" not in rules(sentence)
