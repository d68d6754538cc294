"""head_of.head_before reads what the pattern it stands for reads: the first match's head and
whether "less" or "more" follows it, for sentences written for these tests and for every
sentence made from a small vocabulary of the cases that matter (word boundaries, hyphens,
digits, letters outside ASCII, several heads, words between "of" and the word)."""

from __future__ import annotations

import itertools
import re

import pytest

from plainsum.checks.head_of import head_before


def _by_pattern(text: str, word: str) -> tuple[str, bool] | None:
    m = re.search(
        rf"\b([A-Za-z]+) (less |more )?(?:of|about) (?:[A-Za-z-]+ ){{0,2}}?{re.escape(word)}\b",
        text,
    )
    return (m.group(1), bool(m.group(2))) if m else None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Training reduced fear of falling in older adults.", "falling", ("fear", False)),
        ("Nurses noted the cost of treating infections.", "infections", ("cost", False)),
        ("People worried less about relapses.", "relapses", ("worried", True)),
        ("They had more of the side effects.", "effects", ("had", True)),
        ("Fewer of the very small brain lesions.", "lesions", None),  # three words between
        ("Fewer of the very small brain lesions.", "small", ("Fewer", False)),
        ("The number of falls fell.", "falls", ("number", False)),
        ("The number of falls fell.", "fall", None),  # no word boundary after "fall"
        ("Fear of falling-related injury rose.", "falling", ("Fear", False)),  # "-" ends it
        ("Fear of fallings rose.", "falling", None),  # no word boundary after it
        ("Fear of falling-related injury rose.", "falling-related", ("Fear", False)),
        ("Item2 of falls was scored.", "falls", None),  # a digit before: no boundary
        ("The 2nd of falls was scored.", "falls", None),  # "nd" follows a digit
        ("Caf\u00e9 of falls was scored.", "falls", None),  # a letter outside ASCII
        ("The x-ray of the knee about pain.", "pain", ("knee", False)),
        ("Talk of talk of falls.", "falls", ("Talk", False)),  # the first head wins
        ("Rates  of falls.", "falls", None),  # two spaces
        ("rates of falls", "falls", ("rates", False)),  # at the very start and end
        ("rates of", "", None),
        ("", "falls", None),
    ],
)
def test_head_before(text, word, expected):
    assert head_before(text, word) == expected
    assert _by_pattern(text, word) == expected


_PIECES = ["fear", " ", "of", "about", "less", "more", "falls", "-", "2", "\u00e9", "x", ","]


@pytest.mark.parametrize("word", ["falls", "fear", "x", "of", "-", "falls-x"])
def test_same_as_the_pattern_on_every_short_text(word):
    for n in range(1, 6):
        for parts in itertools.product(_PIECES, repeat=n):
            text = "".join(parts)
            assert head_before(text, word) == _by_pattern(text, word), (text, word)
