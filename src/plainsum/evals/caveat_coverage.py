"""Caveat coverage: the share of the caveats a study calls for that a summary carries.

The gate's caveats check (`checks.caveats`) says which caveats each study design requires and
fails a draft that lacks one; an eval wants a number that moves by degrees, so each caveat is
looked for on its own. Two caveats the gate does not require are counted too: that more
research is needed, and (for a paper not about MS) that the study is not about MS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..checks.caveats import required_caveats

if TYPE_CHECKING:
    from ..schemas import Draft

# Caveats beyond the gate's: name -> patterns, one of which must occur (case-insensitive).
EXTRA_CAVEATS: dict[str, tuple[str, ...]] = {
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
_COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in EXTRA_CAVEATS.items()}


@dataclass(frozen=True)
class Coverage:
    value: float
    expected: tuple[str, ...]
    present: tuple[str, ...]
    explanation: str


# How an explanation names each design ("for an animal study", never "for a animal study").
_DESIGN_PHRASES = {
    "lab": "a lab study",
    "animal": "an animal study",
    "observational": "an observational study",
    "trial": "a trial",
    "review": "a review of studies",
    "case_report": "a case report",
    "guideline": "a guideline",
    "narrative_review": "a narrative review",
    "diagnostic": "a diagnostic study",
    "economic": "an economic study",
    "protocol": "a study protocol",
    "qualitative": "a qualitative study",
    "unknown": "a study of unknown design",
}


def design_phrase(design: str) -> str:
    """The design with its article: "an animal study", "a case report"."""
    if design in _DESIGN_PHRASES:
        return _DESIGN_PHRASES[design]
    words = design.replace("_", " ")
    return f"{'an' if words[:1] in 'aeiou' else 'a'} {words} study"


def has_extra_caveat(text: str, name: str) -> bool:
    """Whether `text` carries the extra caveat `name` (one of `EXTRA_CAVEATS`)."""
    return any(p.search(text) for p in _COMPILED[name])


def caveat_coverage(draft: Draft) -> Coverage:
    """Which expected caveats the draft carries, as a share between 0 and 1."""
    text = " ".join(" ".join(draft.summary.sections().values()).split())
    checks = {c.name: c.present(text) for c in required_caveats(draft.design)}
    extras = ["more_research"] + ([] if draft.about_ms else ["not_about_ms"])
    checks.update({name: has_extra_caveat(text, name) for name in extras})
    expected = tuple(checks)
    present = tuple(name for name, ok in checks.items() if ok)
    missing = [name for name, ok in checks.items() if not ok]
    value = round(len(present) / len(expected), 4) if expected else 1.0
    explanation = f"{len(present)} of {len(expected)} for {design_phrase(draft.design.value)}"
    if missing:
        explanation += "; missing: " + ", ".join(missing)
    return Coverage(value, expected, present, explanation)
