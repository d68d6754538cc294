"""A finding said with a call for the research that should come next, after it: the finding alone.

"Boosting X might protect the cells, which now needs testing in animal models", "These bacteria
dampen the disease through T cells; studies in people are needed before any probiotic can be
advised": the words after the finding say what should be done next, not what was found, and
dropping them leaves the claim before them as true as it was (its hedge, its place and its
population are all before the cut). `shorten`'s own research tail ("..., but further trials are
needed") keeps its words of meaning; these two shapes name people or animals in the call ("in
people with MS", "in animal models"), which read there as what the call is about, not as a
bound on the finding.
"""

from __future__ import annotations

import re

from ..wholeness import finite

_WORK = r"(?:research|stud(?:y|ies)|trials?|RCTs|work|investigations?|experiments|data|evidence)"

# "; (further) studies in people with MS are needed before ...", "; larger trials are now
# required to confirm this"
_SEMICOLON_CALL = re.compile(
    rf";\s+(?:(?:further|future|more|larger|longer|new|additional|well[- ]designed|"
    rf"high[- ]quality|clinical|human)\s+)*{_WORK}\b[^;]{{0,80}}?\b(?:is|are|will be|would be) "
    r"(?:still |now |urgently |therefore |first |also )?(?:needed|required|warranted)\b[^;]*$",
    re.I,
)
# ", which now needs testing in animal models", ", which needs to be confirmed in people"
_WHICH_CALL = re.compile(
    r",\s+which (?:now |still |first |therefore )?(?:needs?|requires?|warrants?|merits?|calls? "
    r"for) (?:further |more |additional )?(?:testing|confirmation|validation|study|"
    r"investigation|replication|to be (?:tested|confirmed|validated|studied|replicated))\b[^;]*$",
    re.I,
)
# A head that says only how much evidence there is, about nothing named: "There is weak evidence"
_NO_CLAIM = re.compile(
    r"^(?:There (?:is|are|was|were)|(?:The )?(?:current |available )?(?:evidence|data) "
    r"(?:is|are|was|were))\b(?!.*\b(?:that|for|of|about|on)\b)",
    re.I,
)
MIN_HEAD_WORDS = 6  # a finding before the call: a subject, a verb and what changed


def without_call_tail(sentence: str) -> str | None:
    """`sentence` (without its full stop) cut before a call for research after its finding
    (`_SEMICOLON_CALL`, `_WHICH_CALL`), when what is left has a verb of its own, six words or
    more and names what it is about; None when it has no such tail."""
    text = sentence.strip().rstrip(".")
    m = _SEMICOLON_CALL.search(text) or _WHICH_CALL.search(text)
    if m is None:
        return None
    head = text[: m.start()].rstrip(" ,;")
    if len(head.split()) < MIN_HEAD_WORDS or not finite(head) or _NO_CLAIM.match(head):
        return None
    return head
