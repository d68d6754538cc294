"""A sentence whose "them" has nothing before it in the sentence to be ("There was no firm
evidence of benefit for any of them.") leans on the one before it: shown alone, as a review's
only result was, it points at nothing."""

from __future__ import annotations

import pytest

from plainsum.plain.pick import leans_back


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no firm evidence of benefit for any of them.",
        "It was safe for all of them.",
        "This held for both of them.",
    ],
)
def test_them_with_nothing_before_it_leans(sentence: str) -> None:
    assert leans_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients were followed and all of them improved.",
        "Of 50 patients, none of them had relapses.",
        "Three drugs were tested and none of them helped.",
        "Women and men were asked, and most of them agreed.",
    ],
)
def test_them_with_its_group_in_the_sentence_stands_alone(sentence: str) -> None:
    assert not leans_back(sentence)


@pytest.mark.parametrize(
    ("sentence", "leaning"),
    [
        ("The last two had been updated and replaced by later reviews.", True),
        ("The first three were small and short.", True),
        ("The last two weeks were hard for everyone.", False),
    ],
)
def test_the_last_two_of_a_count_said_before(sentence: str, leaning: bool) -> None:
    assert leans_back(sentence) is leaning


@pytest.mark.parametrize(
    ("sentence", "leaning"),
    [
        # an event the sentence before told: "this" happens
        ("When this happens, the therapist makes a splint that holds the finger straight.", True),
        ("If this occurs, the drug is stopped at once.", True),
        ("Once they are given, the drops work within an hour.", True),
        # the sentence names its own event
        ("When this study began, few drugs for MS were known.", False),
        ("When people took the drug, pain fell within a week.", False),
        ("If this treatment works, it could help many people.", False),
    ],
)
def test_a_clause_on_an_event_told_before_leans(sentence: str, leaning: bool) -> None:
    assert leans_back(sentence) is leaning
