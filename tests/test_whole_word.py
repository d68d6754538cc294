"""whole_word.whole_word_at finds what the patterns it stands for find, for sentences written
for these tests and for every short text made of the pieces that matter (case, hyphens,
digits, underscores, letters outside ASCII that fold into ASCII or lower to two characters)."""

from __future__ import annotations

import itertools
import re

import pytest

from plainsum.whole_word import whole_word_at


def _by_pattern(text: str, word: str, hyphen: bool) -> int | None:
    edge = r"[\w-]" if hyphen else r"\w"
    m = re.search(rf"(?<!{edge}){re.escape(word)}(?!{edge})", text, re.I)
    return m.start() if m else None


@pytest.mark.parametrize(
    ("text", "word", "hyphen", "expected"),
    [
        ("Oral hypoglycaemic agents (OHA) were stopped.", "oha", True, 27),
        ("The OHA-treated group and the OHA group.", "oha", True, 30),  # a compound first
        ("The OHA-treated group and the OHA group.", "oha", False, 4),
        ("OHAs were stopped.", "oha", False, None),
        ("Its EDSS rose.", "EDSS", False, 4),
        ("x_EDSS and EDSS2 and EDSS", "edss", False, 21),
        ("Na\u00efve EDSS scores", "edss", False, 6),  # a letter outside ASCII, not folded
        ("The \u017fcore fell.", "score", False, 4),  # a long s matches "s" without case
        ("\u0130 and ms", "ms", False, 6),  # a capital I with a dot lowers to two characters
        ("caf\u00e9 MS", "ms", True, 5),
        ("", "ms", False, None),
        ("ms", "", False, None),
    ],
)
def test_whole_word_at(text, word, hyphen, expected):
    assert whole_word_at(text, word, hyphen=hyphen) == expected
    assert _by_pattern(text, word, hyphen) == expected


_PIECES = ["ms", "MS", "Ms", " ", "-", "_", "2", "\u00e9", "\u017f", "\u212a", "s", "k"]


@pytest.mark.parametrize("word", ["ms", "MS", "s", "k", "m-s", "\u00e9"])
@pytest.mark.parametrize("hyphen", [False, True])
def test_same_as_the_pattern_on_every_short_text(word, hyphen):
    for n in range(1, 5):
        for parts in itertools.product(_PIECES, repeat=n):
            text = "".join(parts)
            got = whole_word_at(text, word, hyphen=hyphen)
            assert got == _by_pattern(text, word, hyphen), (text, word, hyphen)
