"""What a number counts, at the edges: words that end in s but are not plurals, and how many
unknown words may stand before the noun (issue 13: tests that fail when the code is wrong).
Sentences written for these tests."""

import pytest

from plainsum.checks.counts import counted


def _noun_after(text: str, number: str) -> str | None:
    start = text.index(number)
    return counted(text, start + len(number), start)


@pytest.mark.parametrize(
    "text,noun",
    [
        # an adjective in -ous, a noun in -ss or -us is no plural: the count goes on to its noun
        ("We included 12 previous trials.", "trials"),
        ("They ran 40 class sessions.", "sessions"),
        ("We tested 20 virus samples.", "samples"),
        # one unknown word may stand before the noun, two may not
        ("We screened 1777 potential studies.", "studies"),
        ("We saw 300 tall thin dogs.", None),
    ],
)
def test_the_noun_a_number_counts(text, noun):
    number = next(w for w in text.split() if w.isdigit())
    assert _noun_after(text, number) == noun
