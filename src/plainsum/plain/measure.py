"""Small, fast text measures the offline drafter uses to choose and shorten sentences.

Syllables come from the CMU pronouncing dictionary (as the readability check uses), with pyphen
hyphenation as the fallback for words the dictionary does not know.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import syllables as _syllables
from ..lexicon import zipf

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
RARE_ZIPF = 3.0  # words rarer than this (wordfreq Zipf scale) are hard for lay readers


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word (at least 1), counted per hyphenated part."""
    total = 0
    for part in word.lower().strip("'").split("-"):
        if part:  # a CMU count may be 0 ("hmm"); pyphen's is at least 1
            total += _syllables.syllables(part)
    return max(1, total)


def words(text: str) -> list[str]:
    """Alphabetic words of `text`."""
    return _WORD.findall(text)


def grade(text: str, sentences: int = 1) -> float:
    """Flesch-Kincaid grade of `text` taken as `sentences` sentences."""
    ws = words(text)
    if not ws:
        return 0.0
    syl = sum(syllables(w) for w in ws)
    return 0.39 * len(ws) / max(1, sentences) + 11.8 * syl / len(ws) - 15.59


def rare_share(text: str) -> float:
    """Share of words with a Zipf frequency below `RARE_ZIPF`."""
    return rare_share_of(words(text))


def rare_share_of(found: list[str]) -> float:
    """`rare_share` of a text whose `words` are `found` (a caller that has them already)."""
    ws = [w for w in found if len(w) > 1]
    if not ws:
        return 0.0
    return sum(1 for w in ws if zipf(w) < RARE_ZIPF) / len(ws)
