"""Issue 9 (a verbless fragment in a draft: "A search for small routines that kept the
relationship going."): the last item of a list after ", and" is no sentence when its only verb
is in its relative clause; the sentence stays whole (plain/splits.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.splits import split_long


@pytest.mark.parametrize(
    "sentence",
    [
        "Carers spoke of the slow loss of the plans they had made for retirement, the daily work "
        "of watching for falls and infections, and a hunt for small habits that kept their "
        "days calm.",
        "Nurses named the long waits for a first appointment, the forms that families found "
        "hard to read, and the staff who changed from one visit to the next.",
    ],
)
def test_the_last_item_of_a_list_stays_in_its_sentence(sentence: str) -> None:
    assert split_long(sentence, max_words=20) == [sentence]


def test_two_clauses_with_their_own_verbs_still_split() -> None:
    sentence = (
        "The new drug lowered the relapse rate over the first two years of the trial, and "
        "people who took the higher dose had more infections than those on the dummy pill."
    )
    assert len(split_long(sentence, max_words=20)) == 2
