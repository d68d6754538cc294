"""The authors' advice to doctors, said as theirs under why it matters.

A conclusion such as "Clinicians should be aware of this possible adverse reaction and discuss it
with patients" or "Neurologists should consider measuring X when ..." is the paper's own stated
relevance: what the authors think the finding means in the clinic. Its "should be" read as a call
for more work (`conclusion_kinds.FUTURE`), so why it matters left it out and held only the
care-team pointer (the gate's substance error). It is said as the authors' advice to the people it
names, never as advice to the reader: "The authors advise doctors to be aware of ...".
"""

from __future__ import annotations

import re

from .lines import Line
from .simplify import PlainSentence
from .standalone import leans_back
from .wholeness import broken

__all__ = ["advised_to_doctors", "as_advice"]

MAX_ADVICE_WORDS = 30  # the advice said, within what a reader takes in one go

# Who is advised, and how a reader calls them.
_WHO = {
    "clinicians": "doctors",
    "physicians": "doctors",
    "doctors": "doctors",
    "prescribers": "doctors",
    "practitioners": "doctors",
    "health professionals": "doctors",
    "healthcare professionals": "doctors",
    "health care professionals": "doctors",
    "healthcare providers": "doctors",
    "health care providers": "doctors",
    "neurologists": "neurologists",
    "nurses": "nurses",
}
# "Clinicians should be aware of ...", "Treating neurologists should therefore consider ...":
# the advised as the subject, then what they should do.
_ADVISED = re.compile(
    r"^(?:(?:Treating|Prescribing|MS|Practising|Practicing) )?(?P<who>"
    + "|".join(sorted((re.escape(k) for k in _WHO), key=len, reverse=True))
    + r") should (?:(?:therefore|also|now|still) )?(?P<rest>[a-z][^;:]*?)\.?$",
    re.I,
)
# what research should do, never the clinic's: "should be studied", "should take part in trials"
_RESEARCH = re.compile(
    r"\b(?:trials?|studies|study|research|RCTs?|be (?:studied|investigated|tested|explored|"
    r"evaluated|confirmed))\b",
    re.I,
)


def as_advice(text: str) -> str | None:
    """ "The authors advise doctors to X." for a conclusion whose subject is the doctors, nurses
    or neurologists it advises and that says what they should do in the clinic (`_ADVISED`);
    None for any other sentence, research they ask for, or advice too long to say whole."""
    m = _ADVISED.match(" ".join(text.split()))
    if m is None or _RESEARCH.search(m["rest"]):
        return None
    line = f"The authors advise {_WHO[m['who'].lower()]} to {m['rest'].rstrip('.')}."
    if len(line.split()) > MAX_ADVICE_WORDS or broken(line) is not None:
        return None
    return line


def advised_to_doctors(
    conclusions: list[PlainSentence], said: set[str], read: set[int]
) -> list[Line]:
    """The first of `conclusions` (as drafted) not yet said (`said`) that advises doctors, as
    the authors' advice (`as_advice`); one that leans on the sentence before it ("this possible
    adverse reaction") only when the reader has read that sentence (its index in `read`: the
    headline's and the section's sources). Empty when there is none."""
    for p in conclusions:
        advice = None if p.text in said or not p.sources else as_advice(p.text)
        if advice is None:
            continue
        if (p.leans or leans_back(p.text.rstrip("."))) and min(p.sources) - 1 not in read:
            continue
        return [Line(advice, p.sources, main=True)]
    return []
