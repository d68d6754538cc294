"""Mendelian randomisation: a study that uses differences in people's genes, which are set at
conception, to test whether one thing causes another. Detected as a study that watches people
(observational, by its cohort and association words), it is meant to test cause, so the
observational "a link, not cause" caveat says less than it does and misstates its aim; its own
caveat says what it can and cannot show (`plain.frames.MENDELIAN`).

Only the paper's own work counts: "earlier Mendelian randomisation studies suggested ..." in a
cohort study's background names someone else's method (`design._own_work` blanks such
sentences before this reads them)."""

from __future__ import annotations

import re

_METHOD = re.compile(
    r"\bmendelian randomi[sz](?:ation|ed)\b"
    # "a two-sample MR analysis", "using MR": only beside the method's name said in full
    r"|\b(?:two|one|2|1)-sample MR\b",
    re.I,
)
# The method named as other people's work or as a suggestion for later: not this paper's.
_NOT_OURS = re.compile(
    r"\b(?:previous|prior|earlier|future|further|recent|other|published)\s+(?:\w+\s+){0,2}?"
    r"mendelian randomi[sz]ation\b",
    re.I,
)


def uses_mendelian_randomisation(own_text: str) -> bool:
    """Whether the paper's own work (`own_text`: its text with earlier and future work
    blanked) is a Mendelian randomisation study: the method is named as what it did, not only
    as earlier or later work."""
    return bool(_METHOD.search(_NOT_OURS.sub(" ", own_text)))
