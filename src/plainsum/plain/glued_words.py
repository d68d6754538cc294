"""Two words a paper wrote as one (a space lost in typesetting), written apart again.

Two slips, each mended only where the mend is sure and gives back the paper's own words:
- a small function word glued to the word after or before it ("fewer people withrash", "women
  havinginstrumental births", "in later childhoodwere not"): the glued token is no English
  word, and its parts are a word of `_FUNCTION` and a common word;
- a short form glued to the long form it stands for ("Adult-onset HPPhypophosphatasia"): the
  capitals are found in order in the word after them, which starts with the first of them; the
  long form alone is kept (the drafter says it, or its explanation, in full anyway).
A word that is rare but real ("indrawing", "ofatumumab", "Centor") is never split: only a
token with no entry in the word list is read, and only at a function word of `_FUNCTION`
("in", "or", "to" and "a" start and end too many real words to be split off).
"""

from __future__ import annotations

import re

from ..lexicon import zipf

__all__ = ["unglued"]

# Function words that a lost space glues to a neighbour; none starts or ends many words.
_FUNCTION = (
    "and", "with", "were", "was", "the", "of", "having", "for", "from", "that", "but", "than",
    "which", "who", "are", "not",
)  # fmt: skip
MIN_PART = 4  # the other part is a word of its own, not a suffix ("-ment", "-ness")
COMMON_ZIPF = 3.0  # the other part is a common English word
_LOWER_TOKEN = re.compile(r"(?<![\w'’-])[a-z]{7,}(?![\w'’-])")
_SHORT_LONG = re.compile(r"(?<![\w'’-])(?P<short>[A-Z]{2,5})(?P<long>[a-z]{6,})(?![\w'’-])")


def _split(token: str) -> str | None:
    """`token` with the space it lost put back, or None when it is no two words glued."""
    if zipf(token) > 0:
        return None  # a word of the list, however rare: the paper's own
    for word in _FUNCTION:
        rest = token[len(word) :]
        if token.startswith(word) and len(rest) >= MIN_PART and zipf(rest) >= COMMON_ZIPF:
            return f"{word} {rest}"
        rest = token[: -len(word)]
        if token.endswith(word) and len(rest) >= MIN_PART and zipf(rest) >= COMMON_ZIPF:
            return f"{rest} {word}"
    return None


def _letters_in_order(short: str, long: str) -> bool:
    """Whether the letters of `short` stand in `long` in order, the first at its start."""
    if long[0] != short[0].lower():
        return False
    at = 0
    for letter in short.lower():
        at = long.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def unglued(text: str) -> str:
    """`text` with each function word glued to a neighbour written apart ("withrash" -> "with
    rash") and each short form glued to its long form left out ("HPPhypophosphatasia" ->
    "hypophosphatasia")."""
    if _SHORT_LONG.search(text):

        def long_only(m: re.Match[str]) -> str:
            glued = m.group(0).lower()
            if zipf(glued) > 0 or not _letters_in_order(m["short"], m["long"]):
                return m.group(0)
            return m["long"]

        text = _SHORT_LONG.sub(long_only, text)
    return _LOWER_TOKEN.sub(lambda m: _split(m.group(0)) or m.group(0), text)
