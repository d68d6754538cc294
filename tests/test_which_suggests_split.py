"""A long sentence is split at ", which suggests/implies that" into two whole sentences, as at
", suggesting that" (issue 9, lab bodies: elife 04437 kept a 41-word result whole at grade 20+).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.splits import WHAT_IT_SUGGESTS, split_long


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The researchers found a new link between the growth signal and a polarity protein in "
         "the fly ovary, which suggests that the signal acts through two pathways at once.",
         "This suggests that the signal acts through two pathways at once."),
        ("The team gave the first evidence that the modified gut bacterium could start an "
         "immune response in living mice, which implies that such bacteria might carry a "
         "vaccine.",
         "This implies that such bacteria might carry a vaccine."),
        ("Cells without the protein grew more slowly in every medium the researchers tried, "
         "which suggested that the protein is needed for normal growth.",
         "This suggested that the protein is needed for normal growth."),
    ],
)  # fmt: skip
def test_a_which_clause_of_meaning_is_a_sentence_of_its_own(text: str, second: str) -> None:
    pieces = split_long(text)
    assert len(pieces) == 2
    assert pieces[1] == second
    assert pieces[0].endswith(".") and " which " not in pieces[0]
    assert pieces[1].startswith(WHAT_IT_SUGGESTS)


def test_a_which_clause_that_says_something_else_is_not_split() -> None:
    text = (
        "The researchers measured a protein in the fly ovary and in the gut of larvae, which "
        "was made mostly by the cells that line the gut wall."
    )
    assert len(split_long(text)) == 1
