"""Where a word stands in a text as a word of its own, case ignored, without a pattern compiled
for the word.

`whole_word_at(text, word)` gives the start of what `re.search(rf"(?<!\\w){re.escape(word)}
(?!\\w)", text, re.I)` finds, and with `hyphen=True` what `(?<![\\w-])...(?![\\w-])` finds (a
hyphenated compound is no use of its parts). The checks ask it about words of the paper (its
terms, its abbreviations), new ones with every paper: compiling a pattern for each cost more
than the search (`re`'s own cache, which the gate's patterns overflow, kept few).

Matching an ASCII word without case is matching the lower-cased text, when lowering keeps
every character where it is and folds nothing into ASCII: the text has no letter outside ASCII
("ſ" matches "s" without case, "K" (Kelvin) "k"; "İ" lowers to two characters). Otherwise, and
for a word outside ASCII, the pattern itself answers.
"""

from __future__ import annotations

import re

from .caseless import lowered
from .word_start import word_char

__all__ = ["whole_word_at"]


def whole_word_at(text: str, word: str, *, hyphen: bool = False) -> int | None:
    """The start of the first place `word` stands in `text` with no word character (nor, with
    `hyphen`, a hyphen) right before or after it, case ignored; None when it stands nowhere."""
    lower = lowered(text)
    if not word.isascii() or lower is None:
        edge = r"[\w-]" if hyphen else r"\w"
        m = re.search(rf"(?<!{edge}){re.escape(word)}(?!{edge})", text, re.I)
        return m.start() if m else None
    target = word.lower()
    at = lower.find(target)
    while at >= 0:
        end = at + len(target)
        if not (at and _edge(text[at - 1], hyphen)) and not (
            end < len(text) and _edge(text[end], hyphen)
        ):
            return at
        at = lower.find(target, at + 1)
    return None


def _edge(ch: str, hyphen: bool) -> bool:
    return word_char(ch) or (hyphen and ch == "-")
