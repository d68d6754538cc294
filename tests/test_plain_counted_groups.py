"""A count given only in brackets where the sentence speaks of that count keeps its numbers,
said outside the brackets (issue 9, whole sentences; from the MS review CD009956, whose draft
read "Given the number of MS relapses reported for the exercise condition and non-exercise
control condition, ..." with both counts gone). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.counted_groups import counts_out_of_brackets
from plainsum.plain.simplify import plain_sentences


def test_the_counts_the_sentence_names_are_said_outside_the_brackets() -> None:
    text = (
        "Given the number of falls reported for the yoga group (N = 12) and the walking group "
        "(N = 14), yoga does not seem to raise the risk of falls."
    )
    said = (
        "Given that 12 falls were reported for the yoga group and 14 for the walking group, "
        "yoga does not seem to raise the risk of falls."
    )
    assert counts_out_of_brackets(text) == said
    assert [p.text for p in plain_sentences(text)] == [said]


@pytest.mark.parametrize(
    "text",
    [
        # the bracket is an aside, not the count the sentence names: left to the statistics step
        "The yoga group (N = 12) had fewer falls than the walking group (N = 14).",
        "Given the small number of trials, no firm conclusion can be drawn.",
    ],
)
def test_other_sentences_are_left_as_they_are(text: str) -> None:
    assert counts_out_of_brackets(text) == text
