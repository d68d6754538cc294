"""The part of a long finding before ", as well as ...": a shorter headline that stays true.

"Moderate-certainty evidence supports X for improving A when compared with no therapy, as well
as for reducing B when compared with C" (CD010802, a review without headings) is too long to head
whole, so a later, weaker conclusion headed in its place. What comes before ", as well as" is a
whole claim of its own; the part after only adds to it, so dropping it leaves the claim true.

Only where the cut cannot change what the first part says: the first part holds a finite verb
of its own and is long enough to be a finding, and the part after holds no verb (a verb there
makes "A, as well as B, improved" a subject with its verb after the cut).
"""

from __future__ import annotations

import re

from ..wholeness import broken, finite
from .weighed import head_words

__all__ = ["before_as_well_as"]

LONG_WORDS = 25  # only a sentence longer than a headline should be is offered its first part
MIN_WORDS = 8  # a first part shorter than this is a subject or a phrase, not a finding

_AS_WELL_AS = re.compile(r",\s+as well as\s+")
# A first part that ends where a list or a comparison still needs what follows.
_OPEN_END = re.compile(r"\b(?:both|between|and|or|such as|including|of|with|than)\s*$", re.I)


def before_as_well_as(sentence: str) -> str | None:
    """The part of `sentence` before its first ", as well as" when `sentence` is too long to
    head whole, that part is a whole finding and what follows holds no verb; else None."""
    if ", as well as" not in sentence or head_words(sentence) <= LONG_WORDS:
        return None
    m = _AS_WELL_AS.search(sentence)
    if m is None:
        return None
    head, tail = sentence[: m.start()].strip(), sentence[m.end() :]
    if head_words(head) < MIN_WORDS or _OPEN_END.search(head):
        return None
    if head.count("(") != head.count(")"):
        return None
    if not finite(head) or finite(tail) or broken(head + "."):
        return None
    return head
