"""An irregular past form after "did not" or "does not" said as the bare verb: "we did not found
a difference" is "we did not find a difference" (a slip some papers make themselves, CD011983).

English takes the bare verb after "did"/"does"/"do" with "not"; a regular "-ed" form there ("did
not reported") is the gate's do_past slip and is left out, never guessed back (its bare form may
be spelt several ways). An irregular past has one bare form, so the mend is sure.
"""

from __future__ import annotations

import re

__all__ = ["bare_after_do"]

# Irregular past forms a paper may slip into after "did not", and their bare verbs.
_BARE = {
    "found": "find",
    "showed": "show",
    "saw": "see",
    "made": "make",
    "took": "take",
    "gave": "give",
    "led": "lead",
    "brought": "bring",
    "thought": "think",
    "knew": "know",
    "met": "meet",
    "sought": "seek",
    "grew": "grow",
    "rose": "rise",
    "fell": "fall",
    "began": "begin",
    "chose": "choose",
}
_AFTER_DO = re.compile(
    r"(?<![\w'’-])(?P<do>(?:[Dd]id|[Dd]oes|[Dd]o)(?:\s+not|n['’]t))\s+(?P<verb>"
    + "|".join(sorted(_BARE, key=len, reverse=True))
    + r")(?![\w'’-])"
)


def bare_after_do(text: str) -> str:
    """`text` with an irregular past form after "did not"/"does not"/"do not" said as its bare
    verb ("did not found" -> "did not find"); any other text unchanged."""
    if "not" not in text and "n't" not in text and "n’t" not in text:
        return text
    return _AFTER_DO.sub(lambda m: f"{m['do']} {_BARE[m['verb']]}", text)
