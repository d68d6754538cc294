"""Caveat coverage: the share of the caveats a study's design calls for that a summary carries.

The gate's caveats check says pass or fail; an eval wants a number that moves by degrees, so
each expected caveat is looked for on its own, with a few plain-language patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..schemas import StudyDesign

if TYPE_CHECKING:
    from ..schemas import Draft

_PEOPLE = r"(?:people|humans?|patients|persons?)"
_TRIED = r"tested|shown|studied|tried|proven|seen|done"

# Each caveat: a name, and patterns of which one must occur in the summary (case-insensitive).
CAVEATS: dict[str, tuple[str, ...]] = {
    "not_yet_in_people": (
        rf"\bnot (?:yet )?(?:been )?(?:\w+ )?(?:{_TRIED}) in {_PEOPLE}",
        rf"\bnot in {_PEOPLE}\b",
        rf"\b(?:before|until) (?:it is |they are )?(?:tested|tried|studied) in {_PEOPLE}",
        rf"\bmay not (?:work|happen|be the same) in {_PEOPLE}",
        rf"\bno {_PEOPLE} (?:were|took part)",
        rf"\bwhether (?:this|the same|it) (?:\w+ ){{0,3}}in {_PEOPLE}",
        rf"\bif (?:this|the same|it) (?:\w+ ){{0,3}}in (?:the human body|{_PEOPLE})",
    ),
    "link_not_cause": (
        r"\bnot (?:the )?cause\b",
        r"\blink,? (?:but )?not (?:proof )?(?:that )?(?:\w+ ){0,6}caus",
        r"\bcannot (?:tell|say|show) which came first",
        r"\bdoes not (?:show|prove|mean) (?:that )?\w+ (?:\w+ )?causes?",
        r"\b(?:a )?link,? (?:but )?not (?:a )?cause",
        r"\bcannot (?:show|tell|prove) (?:\w+ ){0,4}caus",
        r"\bassociation(?:s)? (?:is|are)? ?not (?:the same as )?caus",
    ),
    "talk_to_care_team": (
        r"\b(?:talk|speak|check) (?:with|to) (?:your |a )?(?:doctor|nurse|care team|neurologist)",
        r"\bask (?:your )?(?:doctor|nurse|care team|neurologist)",
    ),
    "more_research": (
        r"\bmore (?:research|studies|work|trials) (?:is |are )?(?:needed|will be needed)",
        r"\bneeds? (?:more|further|larger|bigger|longer) (?:research|studies|study|trials|work)",
        r"\b(?:larger|bigger|longer|further|future) (?:studies|trials|research)",
        r"\b(?:trials|studies|research|work) (?:is |are )?(?:still )?needed",
        r"\bneeds? (?:confirming|confirmation|to be confirmed)",
    ),
    "not_about_ms": (
        r"\bnot (?:\w+ )?(?:about|in|on|of) (?:MS|multiple sclerosis|people with MS)\b",
        r"\bdid not (?:include|study|look at) (?:people with )?(?:MS|multiple sclerosis)",
    ),
}
_COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in CAVEATS.items()}


@dataclass(frozen=True)
class Coverage:
    value: float
    expected: tuple[str, ...]
    present: tuple[str, ...]
    explanation: str


def expected_caveats(design: StudyDesign, about_ms: bool) -> tuple[str, ...]:
    """The caveats a summary of a study with this design should carry."""
    expected = ["talk_to_care_team", "more_research"]
    if design in (StudyDesign.LAB, StudyDesign.ANIMAL):
        expected.insert(0, "not_yet_in_people")
    if design == StudyDesign.OBSERVATIONAL:
        expected.insert(0, "link_not_cause")
    if not about_ms:
        expected.append("not_about_ms")
    return tuple(expected)


def has_caveat(text: str, name: str) -> bool:
    """Whether `text` carries the caveat `name` (one of `CAVEATS`)."""
    return any(p.search(text) for p in _COMPILED[name])


def caveat_coverage(draft: Draft) -> Coverage:
    """Which expected caveats the draft carries, as a share between 0 and 1."""
    text = " ".join(" ".join(draft.summary.sections().values()).split())
    expected = expected_caveats(draft.design, draft.about_ms)
    present = tuple(name for name in expected if has_caveat(text, name))
    missing = [name for name in expected if name not in present]
    value = round(len(present) / len(expected), 4)
    explanation = f"{len(present)}/{len(expected)} for a {draft.design.value} study"
    if missing:
        explanation += "; missing: " + ", ".join(missing)
    return Coverage(value, expected, present, explanation)
