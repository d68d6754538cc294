"""A result sentence whose statistics follow a colon ("The main outcome was not met: scores
changed by -2.1 points with the drug and -1.4 with placebo ..."): the statistics cannot be
shown, but the clause before the colon is the result itself. Left out whole, a draft may give
only a positive secondary result, a false picture. The clause is kept only when it is a whole
sentence on its own: a subject and a finite verb that ends its clause, not a copula or a verb
waiting for what comes after the colon ("The effect on blood pressure was:"), not a phrase with
no verb ("Similarly for lung capacity:"), not a heading ("Pain relief:")."""

from __future__ import annotations

import re

from .labels import FUSED_HEADING, strip_label
from .numbers import has_statistics
from .wholeness import SUBORDINATE, broken, finite

__all__ = ["head_before_statistics"]

# The last word of a clause that waits for what follows it: a form of 'be' or another linking
# verb, a verb that takes an object, a preposition or determiner, or a list's lead-in.
_WAITS = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|am|became|becomes|remained|remains|seemed|seems|"
    r"appeared|appears|looked|showed|shows|found|finds|included|includes|reported|reports|"
    r"revealed|reveals|demonstrated|indicated|suggested|measured|assessed|observed|noted|"
    r"identified|recorded|examined|compared|used|had|has|have|were as|as follows|following|"
    r"below|namely|such as|including|these|this|those|the|a|an|of|for|to|in|on|at|by|with|"
    r"from|than|between|among|and|or|versus|vs|follows|like|e\.g|i\.e)|\d|[%)(])$",
    re.I,
)
# A clause that opens like this is not the main clause ("Similarly for ...", "For those ...",
# "In the second group ...": the verb, if any, is the colon's to give).
_NO_MAIN_START = re.compile(r"^(?:Similarly|Likewise|Also|Then|Additionally|Specifically)\b")
_MIN_WORDS = 4


def head_before_statistics(piece: str) -> str | None:
    """The clause before the first colon of `piece`, as a sentence, when the rest holds
    statistics a reader cannot use and the clause is whole on its own; otherwise None."""
    head, colon, rest = piece.partition(":")
    head = head.strip()
    if not colon or not has_statistics(rest):
        return None
    words = head.split()
    if len(words) < _MIN_WORDS or _WAITS.search(head) or not finite(head):
        return None
    if SUBORDINATE.match(head) or _NO_MAIN_START.match(head) or FUSED_HEADING.search(head):
        return None
    if strip_label(head) != head:  # a heading run into it: "X versus Y Forceps may ..."
        return None
    sentence = head + "."
    return None if broken(sentence) is not None else sentence
