"""A trial's sentence that says who was assigned to what ("We randomly assigned 96 adults with MS
to a plant-based diet or to their usual diet for 24 weeks"): it tells who took part, how many,
and what was compared, which a reader needs before any result. The drafter shows it in place
of the bare count drawn from it ("The study included 96 adults."), when it is short enough to
read."""

from __future__ import annotations

import re

__all__ = ["MAX_ASSIGNED_WORDS", "assigns_groups"]

MAX_ASSIGNED_WORDS = 35  # longer, and the count and the aim say it better
# "assigned/allocated/randomised N people ... to A or (to) B", "... to receive A or B", "to A
# (n=40) versus B (n=41)"
_ASSIGNED = re.compile(
    r"\b(?:assign(?:ed)?|allocated?|randomi[sz]ed)\b[^.;:]*?\bto\b[^.;:]*?\b(?:or|versus|vs\.?)\b",
    re.I,
)


def assigns_groups(text: str) -> bool:
    """Whether `text` says who was assigned to which of two or more treatments, in a sentence
    short enough to show whole."""
    return len(text.split()) <= MAX_ASSIGNED_WORDS and bool(_ASSIGNED.search(text))
