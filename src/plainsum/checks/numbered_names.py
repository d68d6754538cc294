"""Numbered names: the short form of a name with a number that a paper writes in full.

A summary says "IL-17" where the paper says "interleukin-17", "HHV-6" where it says "human
herpesvirus 6": the same thing, shortened the usual way. Its letters occur, in order, in the
one to three words before the same number, the first letter starting them. Used by the
faithfulness check: such a name is no name the paper lacks.
"""

from __future__ import annotations

import re

from .long_forms import in_order

_LETTERS_NUMBER = re.compile(r"([A-Za-z]{2,5})-?(\d+[a-z]?)")


def short_for_numbered(name: str, words: str) -> bool:
    """Whether `name` is the short form of a numbered name the paper writes in full: "IL-17"
    for "interleukin-17", "HHV-6" for "human herpesvirus 6" (its letters, in order, in the
    one to three words before the same number, the first letter starting them)."""
    m = _LETTERS_NUMBER.fullmatch(name)
    if not m:
        return False
    letters, number = m.group(1).lower(), m.group(2).lower()
    for found in re.finditer(rf"((?:[a-z]+ ){{1,3}}){re.escape(number)} ", words):
        before = found.group(1).split()
        for k in range(1, len(before) + 1):
            run = "".join(before[-k:])
            if run[0] == letters[0] and in_order(letters, run):
                return True
    return False
