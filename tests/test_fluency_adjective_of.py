"""The fluency check's adjective_of rule: an adjective a word swap put where a noun stood,
before "of" ("and weak of evidence"), is a broken sentence; an adjective that takes "of" or that
a determiner makes a noun ("the better of the two", "a high of 12") is not (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems


def rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The review found ten studies and weak of evidence because of how they were designed.",
        "The trials were small and of moderate of quality.",
        "Side effects were harmful of the liver in two people.",
        "The drug seemed effective of reducing pain.",
        "Evidence was low of certainty for most outcomes.",
        "The results were similar of both groups.",
        "Headaches were common of people on the higher dose.",
        "The effects were strong of the first week only.",
    ],
)
def test_an_adjective_where_a_noun_stood_before_of_is_broken(sentence: str) -> None:
    assert "adjective_of" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The better of the two doses was chosen.",
        "Blood sugar reached a high of 12 units.",
        "We are uncertain of the effect on relapses.",
        "The most common of the side effects was headache.",
        "The trials were free of bias.",
        "People were short of breath less often.",
        "This was one of the largest of the trials.",
        "Pain fell in both groups, but more of the massage group slept well.",
        "The evidence was weak because of how the trials were designed.",
    ],
)
def test_adjectives_that_take_of_or_stand_as_nouns_pass(sentence: str) -> None:
    assert "adjective_of" not in rules(sentence)
