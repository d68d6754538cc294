"""What "its use for this purpose" stands for, when the authors said it one sentence before.

A trial's conclusions often run "Lipoic acid did not slow brain shrinkage in progressive MS.
The results do not support its use for this purpose." The second sentence is the authors'
advice, what why it matters is for, but once the first heads the draft it stands alone under why
it matters and "its" and "this purpose" point at nothing (the lead's held-out v9). When the
sentence just before it in the paper says what was tested did or did not do something ("X did
not slow Y", "X reduced Y"), "its use" is the use of X and "for this purpose" is "to slow Y",
and are said so (`with_use_named`). A sentence that still points at a use or a purpose it does
not name says nothing alone (`names_no_use`): why it matters leaves it out.
"""

from __future__ import annotations

import re

from .simplify import PlainSentence, measured
from .standalone import plain_enough
from .wholeness import broken

__all__ = ["names_no_use", "with_use_named"]

# "its use", "their routine use": the use of a thing the sentence does not name.
_ITS_USE = re.compile(
    r"\b(?P<pron>its|their) (?P<adj>(?:routine|clinical|wider|further|current|general) )?use\b",
    re.I,
)
# "for this purpose", "in this indication": a purpose the sentence does not name.
_THIS_PURPOSE = re.compile(
    r" (?:for|in) (?:this|that|such an?) (?:purpose|indication|aim|use|setting)\b", re.I
)
# What was tested did (or did not do) something to an outcome: "Lipoic acid did not slow brain
# shrinkage in secondary progressive MS", "Daily vitamin K2 reduced relapses".
_PAST = {
    "reduced": "reduce",
    "lowered": "lower",
    "improved": "improve",
    "slowed": "slow",
    "prevented": "prevent",
    "delayed": "delay",
    "eased": "ease",
    "relieved": "relieve",
    "shortened": "shorten",
    "helped": "help",
    "protected against": "protect against",
}
_BARE = (
    "reduce|lower|improve|slow|prevent|delay|ease|relieve|shorten|help|protect against|"
    "increase|change"
)
_DID = re.compile(
    r"^(?P<subject>(?!(?:This|These|That|Those|It|They|There|We|Our|Their|Its|The (?:study|"
    r"trial|review|results?|findings?|data|authors?)\b)\b)[A-Z][\w' -]{2,60}?) "
    rf"(?:(?P<neg>did not|does not|do not) (?P<bare>{_BARE})|(?P<past>"
    + "|".join(_PAST)
    # "X was no better than placebo for Y": the purpose is "for Y"
    + r")|(?P<cmp>was|were) (?:no|not) (?:better|more effective) than [\w -]{3,30}? (?=for ))"
    + r"\b(?P<rest>[^;:,()]{3,90}?)\.?$"
)
MAX_SUBJECT_WORDS = 6


def _named(before: str) -> tuple[str, str] | None:
    """(what was tested, "to slow Y") of a sentence that says what it did or did not do."""
    m = _DID.match(" ".join(before.split()))
    if m is None:
        return None
    subject = m["subject"].strip()
    if len(subject.split()) > MAX_SUBJECT_WORDS or not plain_enough(subject):
        return None
    if not (len(subject) > 1 and subject[1].isupper()):  # "MRI", "BTK ..." keep their capitals
        subject = subject[0].lower() + subject[1:]
    rest = m["rest"].rstrip(". ")
    if m["cmp"]:
        return subject, rest.lstrip()
    verb = m["bare"] or _PAST[m["past"]]
    return subject, f"to {verb}{rest}"


def with_use_named(p: PlainSentence, stated: list[PlainSentence]) -> PlainSentence:
    """`p` with its "its use" said as "the use of X" and its "for this purpose" as "to slow Y",
    when the authors' sentence just before it in the paper (of `stated`) says X did (or did
    not) slow Y; else `p` unchanged."""
    its = _ITS_USE.search(p.text)
    if its is None:
        return p
    before = max((q for q in stated if q.order < p.order), key=lambda q: q.order, default=None)
    if before is None or not before.sources or not p.sources:
        return p
    if before.sources[-1] != p.sources[0] - 1:
        return p  # not the sentence just before it in the paper
    named = _named(before.text)
    if named is None:
        return p
    subject, purpose = named
    start = "The" if its.start() == 0 else "the"
    text = f"{p.text[: its.start()]}{start} {its['adj'] or ''}use of {subject}{p.text[its.end() :]}"
    text = _THIS_PURPOSE.sub(f" {purpose}", text, count=1)
    if _ITS_USE.search(text) or _THIS_PURPOSE.search(text) or broken(text) is not None:
        return p
    return measured(text, p.sources, p.order)


# Only the paper's voice before "its use": nothing in the sentence that "its" could stand for
# ("Natalizumab reduces relapses, but its use ..." names its own).
_VOICE_ONLY = re.compile(
    r"^(?:(?:The|These|This|Our|Such|Their) (?:\w+ )?(?:results?|findings?|data|evidence|"
    r"study|trial|review)\b(?: \w+){0,4} )?$",
    re.I,
)


def names_no_use(text: str) -> bool:
    """Whether `text` speaks of the use of something, or a purpose, it does not name ("The
    results do not support its use for this purpose")."""
    its = _ITS_USE.search(text)
    return bool(its and _VOICE_ONLY.match(text[: its.start()])) or bool(_THIS_PURPOSE.search(text))
