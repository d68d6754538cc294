"""Who "this group" is, when the authors' conclusion before it opens on them.

The authors' advice often comes last and points back: "People with MS who take metformin are
more likely to have low vitamin B12. [a limit] Checking vitamin B12 in this group may be
worthwhile." (the lead's hand-written t2). That advice is what why it matters is for, but alone
"this group" points at nobody, so it was left out and the section said the headline again.
When the authors' conclusion before it (the nearest, with at most a limitation between them in
the paper) opens on the people it is about, named with what sets them apart ("People with MS who
take metformin", "Women who breastfed for two months"), the pointer is said as those people;
nothing else in the sentence changes. `ms_pointer` does the same for "these persons" right after
a conclusion about people with MS.
"""

from __future__ import annotations

import re

from .simplify import PlainSentence, measured
from .standalone import leans_back
from .wholeness import broken

__all__ = ["with_group_named"]

# "this group", "these people": a pointer to the people of a sentence before.
_POINTER = re.compile(
    r"\b(?:this|that) (?:group|population)\b|\b(?:these|those|such) (?:people|patients|persons|"
    r"individuals|women|men|children|adults)\b",
    re.I,
)
# The people a conclusion opens on, with what sets them apart, up to its verb: "People with MS who
# take metformin are ...", "Adults with relapsing MS treated with X had ...".
_OPENS_ON_PEOPLE = re.compile(
    r"^(?P<who>(?:People|Patients|Persons|Individuals|Adults|Women|Men|Children|Mothers)"
    r" (?:(?:living )?with|who|whose|taking|treated with|receiving|given|on) [^,;:()]{3,60}?) "
    r"(?:are|were|is|was|have|had|may|might|can|could|did|do|does|showed|developed|reported|"
    r"tend|tended|need|needed)\b"
)
# How far back, in sentences of the paper, the conclusion naming them may be (a limit between).
MAX_GAP = 2


def _said_mid_sentence(who: str) -> str:
    return who[:1].lower() + who[1:]


def with_group_named(p: PlainSentence, stated: list[PlainSentence]) -> PlainSentence:
    """`p` with its one pointer to people ("this group") said as the people the authors'
    conclusion before it (of `stated`) opens on; else `p` unchanged."""
    pointers = _POINTER.findall(p.text)
    if len(pointers) != 1 or not p.sources:
        return p
    before = max((q for q in stated if q.order < p.order), key=lambda q: q.order, default=None)
    if before is None or not before.sources or not 0 < p.sources[0] - before.sources[-1] <= MAX_GAP:
        return p
    opens = _OPENS_ON_PEOPLE.match(before.text)
    if opens is None:
        return p
    who = opens["who"]

    def said(m: re.Match[str]) -> str:
        return who if m.start() == 0 else _said_mid_sentence(who)

    text = _POINTER.sub(said, p.text, count=1)
    if leans_back(text.rstrip(".")) or broken(text):
        return p  # it leans on the sentence before for more than who
    return measured(text, p.sources, p.order)
