"""What the authors say their finding could do, when the headline took the finding alone.

A conclusion often states a finding and, in the same sentence, what it could do for patients:
"The central vein sign accurately distinguished MS from its mimics ... and could reduce
misdiagnosis". The headline says the finding without that second predicate; why it matters then
said the finding whole again, or a practical barrier the authors set after it (the lead's
hand-written v8). The authors' implication is what why it matters is for: "The authors say this
could reduce misdiagnosis." (their words, as a possibility, never more).
"""

from __future__ import annotations

import re

from .lines import Line
from .simplify import PlainSentence
from .wholeness import broken

__all__ = ["an_implication", "implication_tail", "implied_use"]

MIN_CLAIM_WORDS = 6  # the finding before the implication must be a claim of its own
MIN_TAIL_WORDS = 2
MAX_TAIL_WORDS = 16

# "..., and could reduce misdiagnosis", "... and may help guide treatment": a second predicate
# of the finding's subject, said as what it could do.
_MODAL_TAIL = re.compile(
    r",? and (?P<modal>could|may|might|can) (?P<rest>(?:help |be used )?[a-z][^,;:()]*?)\.?$"
)
# a tail that is another finding or a limit, never a use: "and may have been underpowered",
# "and may not apply to others", "and could be due to chance"
_NOT_A_USE = re.compile(
    r"^(?:not|have|has|had|be (?:due|explained|biased|confounded|underpowered|limited)|"
    r"reflect|differ|vary|also)\b"
)


def _words(text: str) -> set[str]:
    return set(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split())


def implied_use(origin: PlainSentence | None, headline: str) -> list[Line]:
    """ "The authors say this could reduce misdiagnosis.": the use the authors draw from the
    finding in `origin`, the conclusion the headline was made from (`_MODAL_TAIL`), when the
    headline does not say the use; empty otherwise (no such tail, a tail that is a limit or a
    further finding, or one the headline already says)."""
    if origin is None:
        return []
    text = " ".join(origin.text.split()).rstrip(".")
    m = _MODAL_TAIL.search(text)
    if m is None:
        return []
    claim, rest = text[: m.start()], m["rest"].strip()
    n = len(rest.split())
    if (
        len(claim.split()) < MIN_CLAIM_WORDS
        or not MIN_TAIL_WORDS <= n <= MAX_TAIL_WORDS
        or _NOT_A_USE.match(rest)
        or _words(rest) <= _words(headline)  # the headline says it already
    ):
        return []
    said = f"The authors say this {m['modal']} {rest}."
    if broken(said) is not None:
        return []
    return [Line(said, origin.sources, main=True)]


# What the authors say their finding could be used for, never a finding itself: "If confirmed,
# checking X at diagnosis may help identify people at risk", "Our findings have implications for
# counselling women with MS", "X could be offered to people who cannot attend a clinic",
# "measuring X may help guide treatment decisions" (a use by clinicians or services, never an
# effect on an outcome: "X may help with muscle stiffness" is a finding).
_IMPLICATION = re.compile(
    r"^If (?:confirmed|replicated|validated|these (?:findings|results) are (?:confirmed|"
    r"replicated)),"
    r"|\bha(?:ve|s) (?:important |clear |practical |clinical )?(?:implications|consequences) "
    r"for\b"
    r"|\b(?:may|might|could|can|will) (?:also )?help (?:to )?(?:identify|guide|select|decide|"
    r"choose|find|detect|spot|monitor|plan|counsel|tailor|inform|predict|target)\b"
    r"|\b(?:could|may|might|should|can) (?:now |also )?be (?:offered|used|considered|adopted|"
    r"introduced|implemented) (?:to|for|in|as|by|when|at)\b",
    re.I,
)


def an_implication(text: str) -> bool:
    """Whether a conclusion says what the finding could be used for (`_IMPLICATION`): why it
    matters says it, never the body as a finding (the body took "If confirmed, checking X
    may help identify people at risk" as one, and why it matters was left with the frame)."""
    return bool(_IMPLICATION.search(text))


# A conclusion's second clause, with a subject of its own, on what the finding means for
# practice: "People taking X mount a weaker antibody response, and timing the booster may
# matter", "High X predicted poor response, and measuring it may help guide treatment".
_OWN_TAIL = re.compile(
    r"^(?P<claim>[^;:]+?),? and (?P<tail>(?P<subject>[a-z][\w' -]{2,60}?) (?:may|might|could|"
    r"can|should) (?:also )?(?P<rest>[a-z][^,;:()]*?))\.?$"
)
# what a tail says that makes it a meaning for practice, not a second finding
_FOR_PRACTICE = re.compile(r"^(?:matter|be (?:important|worthwhile|useful|needed))\b")
# a level said of the thing: "measuring it" is the thing, not its level
_LEVEL = re.compile(
    r"^(?:(?:Persistently|Consistently|Very) )?(?:High|Higher|Low|Lower|Raised|Elevated|"
    r"Increased|Reduced|Greater) ",
    re.I,
)
_SUBJECT = re.compile(
    r"^(?P<thing>[A-Z][\w' -]{2,60}?) (?:at [\w -]+? )?(?:predicted|was linked|were linked|"
    r"was associated|were associated|marked|identified|distinguished)\b"
)
MAX_THING_WORDS = 6


def implication_tail(text: str) -> tuple[str, str] | None:
    """(the finding, "timing the booster may matter") of a conclusion whose second clause,
    with a subject of its own, says what the finding means for practice (`_OWN_TAIL`: a use
    by clinicians, `an_implication`, or "may matter"); "it" in that clause said as the thing
    the finding is about ("measuring it" -> "measuring serum X") or no tail. None when the
    finding alone has fewer than `MIN_CLAIM_WORDS` words or either part would not stand
    whole."""
    text = " ".join(text.split()).rstrip(".")
    m = _OWN_TAIL.match(text)
    if m is None:
        return None
    claim, tail = m["claim"], m["tail"]
    if len(claim.split()) < MIN_CLAIM_WORDS or m["subject"].split()[0] in ("it", "they", "this"):
        return None
    if not (an_implication(tail) or _FOR_PRACTICE.match(m["rest"])):
        return None
    if re.search(r"\b(?:it|its|they|them|their)\b", tail):
        thing = _SUBJECT.match(re.sub(r" \([^()]*\)", "", claim))  # (an explanation aside)
        if thing is None:
            return None
        named = _LEVEL.sub("", thing["thing"]).strip()
        if len(named.split()) > MAX_THING_WORDS or re.search(r"\b(?:its|they|them|their)\b", tail):
            return None
        named = named if len(named) > 1 and named[1].isupper() else named[0].lower() + named[1:]
        tail = re.sub(r"\bit\b", named, tail, count=1)
    if broken(claim + ".") is not None or broken(tail[0].upper() + tail[1:] + ".") is not None:
        return None
    return claim, tail
