"""One-letter short forms a paper defines for one word: "heparin (unfractionated (U), and low
molecular weight (LMW) heparins)", "pathogenic (P), likely pathogenic (LP) variants", "tumor
(T) stage". Left as they are, a reader meets "U heparin" or "a P variant" with no word for it.

A one-letter definition is the paper's own only when the letter in brackets follows at once one
word that starts with it ("unfractionated (U)"); "confidence interval (C)" or "potassium (K)"
spell nothing and are left alone. A letter is written out only where it stands for that word:
before a word of the phrase ("U heparin", "a P variant") or in a list ("U and LMW heparins"),
never after a number ("5000 U" are units), joined to a word ("T-cell"), before "cells" ("T
cells") or after a word that names letters ("vitamin B", "type B", "group B").
"""

from __future__ import annotations

import re

__all__ = ["letter_definitions", "letter_use_fits", "names_a_letter"]

# "unfractionated (U)": one word of four letters or more, then its first letter in brackets
# ("A" and "I" are words of their own).
_LETTER_DEFINITION = re.compile(r"(?<![\w-])([A-Za-z][a-z]{3,})\s*\(\s*([B-HJ-Z])\s*[;,)]")
# Its bracketed letter alone, which every match holds: most papers have none, and this is found
# (or not) in a tenth of the time the definition's pattern takes to try every word.
_BRACKETED_LETTER = re.compile(r"\(\s*[B-HJ-Z]\s*[;,)]")
# Words before a letter that is a name's, not a short form's: "vitamin B", "type B",
# "vitamins C and E".
_NAMES_LETTERS = re.compile(
    r"\b(?:vitamins?|types?|groups?|hepatitis|grades?|class(?:es)?|phases?|stages?|arms?|"
    r"treatments?|tables?|figures?|figs?|panels?|levels?|categor(?:y|ies)|schedules?|"
    r"strains?|forms?|factors?|protein)\s+(?:[A-Z]\d*,?\s+(?:(?:and|or)\s+)?)*$",
    re.I,
)
_AFTER_FITS = re.compile(r"\s+(?:and|or|[a-z][a-z-]+)\b(?!\s*-)")
_CELLS = re.compile(r"\s+(?:cells?|lymphocytes?|wave|score|value|test)\b", re.I)


def names_a_letter(before: str) -> bool:
    """Whether the letter after `before` is part of a name ("vitamin A", "hepatitis B",
    "group A"), not a short form or a word of its own."""
    return _NAMES_LETTERS.search(before.rstrip() + " ") is not None


def letter_definitions(text: str) -> dict[str, str]:
    """Letter -> word for each one-letter short form `text` defines for the one word before it
    ("unfractionated (U)"); a letter defined twice, for two words, is no definition."""
    found: dict[str, str] = {}
    if not _BRACKETED_LETTER.search(text):
        return found
    clashes: set[str] = set()
    for m in _LETTER_DEFINITION.finditer(text):
        word, letter = m.group(1), m.group(2)
        if word[0].upper() != letter:
            continue
        if letter in found and found[letter] != word.lower():
            clashes.add(letter)
        found[letter] = word.lower()
    return {k: v for k, v in found.items() if k not in clashes}


def letter_use_fits(text: str, start: int, end: int) -> bool:
    """Whether the one-letter short form at `text[start:end]` stands for its word: a word or a
    list follows it, and no number, hyphen or name's word is beside it."""
    before, after = text[:start], text[end:]
    if re.search(r"[\d\w-]\s*$", before) and not re.search(r"\s$", before):
        return False  # joined to what comes before
    if re.search(r"\d\s*$", before) or _NAMES_LETTERS.search(before):
        return False
    if after.startswith("-") or _CELLS.match(after):
        return False
    return _AFTER_FITS.match(after) is not None
