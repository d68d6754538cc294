"""Glossary swaps that would break a sentence's grammar keep the term (issue 9, whole
sentences; cases from the offline drafts of stop 55's reading): a participle after its noun
("sessions received." is no place for "got"), an adverb before a comparison ("relatively more
often" is no place for "fairly"), "it ... necessary to" (no place for "needed"), "comparable
with" (no "similar with"), people named after their arm ("control participants") and a person
before a noun ("participant satisfaction"). Where the slot fits, the swap is made as before.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("There was no difference in the number of sessions received.", "received"),
        ("The doses received by the children were small.", "received"),
        ("Nausea was relatively more common with the higher dose.", "relatively"),
        ("Falls were relatively less frequent in the exercise group.", "relatively"),
        ("It would have been necessary to treat five people to prevent one fall.", "necessary"),
        ("It is necessary to check the liver every month.", "necessary"),
        ("Massage was comparable with usual care for pain.", "comparable"),
        ("Control participants walked less than before.", "participants"),
        ("Participant satisfaction was high in both groups.", "Participant"),
        ("Most trials had a high risk of bias for participant blinding.", "participant"),
    ],
)
def test_a_swap_that_breaks_the_grammar_keeps_the_term(text: str, kept: str) -> None:
    assert kept in plain_words(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Most patients received the tablets.", "got"),
        ("Most patients received 5-aminosalicylic acid.", "got"),
        ("The effect was relatively small.", "fairly"),
        ("Further trials are necessary to confirm this.", "needed"),
        ("The two groups were comparable at the start.", "similar"),
        ("Most participants were women.", "people"),
        ("One participant reported a rash.", "person"),
        ("The trial said that a participant withdrew at the start.", "person"),
    ],
)
def test_a_swap_where_the_slot_fits_is_made(text: str, said: str) -> None:
    assert said in plain_words(text)
