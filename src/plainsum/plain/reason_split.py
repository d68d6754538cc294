"""A sentence that opens on its reason ("Because A, B") said as two whole sentences: "A. This is
why B."

A limitation the paper states is often one long sentence of this shape ("Because the extension
was not randomised or blinded and people who left early may differ from those who stayed, these
comparisons are less certain than those in the original trials", the lead's hand-written t6):
too long to show, it was lost from the draft. Split at the comma that closes the reason, each
half has its own subject and verb; "This is why" keeps the link between them (the paper's own
claim of cause, no more), and the second half leans on the first (`standalone.leans_back`: its
"This"), so it is never shown alone.

Never split: "Because of X, B" (a phrase, not a clause), a reason with a comma of its own (the
comma may close a list or an aside, not the reason), a reason or a main clause with no verb of
its own, or a main clause that opens on what is not its subject ("Because A, and B, ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["BECAUSE_OF_THIS", "reason_then_claim"]

BECAUSE_OF_THIS = "This is why "
# (only "Because": an opening "As" or "Since" may say when, not why: "As the disease
# progresses, ...", "Since treatment began, ...")
_REASON_FIRST = re.compile(r"^Because\s+(?!of\b)(?P<a>[^,;:()]+),\s+(?P<b>[^;:]+)$")
# The main clause opens on its own subject: a determiner, a pronoun or a plain noun.
_OWN_SUBJECT = re.compile(
    r"^(?:the|this|these|those|it|they|we|there|its|their|our|no|both|most|many|some|all|each|"
    r"few|people|patients|participants|results|findings|estimates|comparisons|conclusions)\b",
    re.I,
)
MIN_REASON_WORDS = 4
MIN_CLAIM_WORDS = 5


def reason_then_claim(body: str, whole: Callable[[str], bool]) -> tuple[str, str] | None:
    """The two sentences (without full stops) a "Because A, B" sentence becomes, "A" and
    "This is why B", when both halves are whole clauses (`whole`, the splitter's test of a
    piece that can stand as a sentence); None for any other sentence."""
    m = _REASON_FIRST.match(body)
    if m is None:
        return None
    reason, claim = m["a"].strip(), m["b"].strip()
    if not _OWN_SUBJECT.match(claim):
        return None
    if len(reason.split()) < MIN_REASON_WORDS or len(claim.split()) < MIN_CLAIM_WORDS:
        return None
    first = reason[:1].upper() + reason[1:]
    if not (whole(first) and whole(claim)):
        return None
    return first, BECAUSE_OF_THIS + claim
