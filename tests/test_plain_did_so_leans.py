"""A sentence whose "did so" stands for what the sentence before it said ("After 5 years, 31 of
the 76 who stayed did so.") leans on that sentence: shown without it, it says nothing."""

import pytest

from plainsum.plain.pick import leans_back


@pytest.mark.parametrize(
    "text",
    [
        "After two years, 14 of the 50 who stayed in the study did so.",
        "By the end of the trial, most of those in the yoga group had done so.",
        "Only one in five of the people offered a brace does so.",
    ],
)
def test_did_so_with_nothing_before_it_in_the_sentence_leans(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Half were asked to stop the drug, and 30 did so within a week.",
        "People who wanted to quit smoking were helped to do so by nurses.",
        "Most of the women kept walking daily if their partner did so too.",
        "Fatigue fell by a third in people who slept longer.",
    ],
)
def test_did_so_after_its_own_clause_does_not_lean(text: str) -> None:
    assert not leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Because of his age, he was given a lower dose of the drug.",
        "Six weeks later she could walk again without a stick.",
        "A scan of her spine showed two new areas of damage.",
    ],
)
def test_a_person_named_only_in_the_sentence_before_leans(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "We describe a 61-year-old man who lost his sight in one eye after a cold.",
        "Each woman chose her own time to take the tablet.",
        "Every participant was asked about his or her sleep.",
    ],
)
def test_a_person_named_before_the_pronoun_does_not_lean(text: str) -> None:
    assert not leans_back(text)
