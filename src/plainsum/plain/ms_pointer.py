"""Who "these persons" are, when the authors said so one sentence before: people with MS.

An MS review's conclusions often run "X can improve the experience of people with MS. Regular
assessment of these persons for rehab is advised." The second sentence is the authors' advice,
the very thing why it matters is for, but alone it points at nobody. When the conclusion just
before it names people with MS (and no other group), "these persons" (patients, people,
individuals) stands for them, and is said so; nothing else in the sentence changes.
"""

from __future__ import annotations

import re

from .simplify import PlainSentence, measured
from .standalone import leans_back

__all__ = ["with_people_named"]

# "these persons", "such patients": a pointer to the people of the sentence before.
_POINTER = re.compile(r"\b(?:these|those|such) (?:persons|people|patients|individuals)\b", re.I)
# The sentence before names people with MS: "people with MS", "patients with MS", "MS patients".
_MS_PEOPLE = re.compile(
    r"\b(?:people|persons|patients|individuals|adults) (?:living )?with (?:MS|multiple sclerosis)\b"
    r"|\b(?:MS|multiple sclerosis) (?:patients|people)\b",
    re.I,
)
# Any other group named before: then "these persons" may mean them (carers, children, staff).
_OTHER_PEOPLE = re.compile(
    r"\b(?:carers|caregivers|children|staff|clinicians|doctors|nurses|therapists|women|men|"
    r"families|partners|controls)\b",
    re.I,
)


def with_people_named(p: PlainSentence, stated: list[PlainSentence]) -> PlainSentence:
    """`p` with its one pointer to people ("these persons") said as "people with MS" when the
    authors' sentence just before it (of `stated`, their conclusions) names people with MS and
    no other group, and the pointer is all `p` leans on; else `p` unchanged."""
    before = max((q for q in stated if q.order < p.order), key=lambda q: q.order, default=None)
    if before is None or not before.sources or not p.sources:
        return p
    if before.sources[-1] != p.sources[0] - 1:
        return p  # not the sentence just before it in the paper
    if not _MS_PEOPLE.search(before.text) or _OTHER_PEOPLE.search(before.text):
        return p
    pointers = _POINTER.findall(p.text)
    if len(pointers) != 1:
        return p
    text = _POINTER.sub(
        lambda m: "People with MS" if m.start() == 0 else "people with MS", p.text, count=1
    )
    if leans_back(text.rstrip(".")):
        return p  # it leans on the sentence before for something more than who
    return measured(text, p.sources, p.order)
