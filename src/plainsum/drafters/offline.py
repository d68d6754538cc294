"""The offline drafter: plainsum's embedded default. No key, no network, deterministic.

It builds every section from the paper's own sentences (simplified by `plainsum.plain`) plus
fixed, number-free frames for the study type, the caveats and the pointer to the care team.
Repairs are deterministic too: a repair drops the sentences the gate named, and tightens the
readability bar one step.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..plain.compose import DOCTOR, Material, body_grade, caveat_sentences, compose, gather
from ..schemas import Finding, PlainSummary
from .base import DrafterResult, DraftRequest

if TYPE_CHECKING:
    from ..settings import Settings

PROMPT_VERSION = "offline-9"
# (grade below the target, highest sentence cost accepted); each repair reads one level easier.
# The first levels aim above the target: the drafter's running estimate is cautious, and the
# gate's own grade decides (with `_SAFETY`) whether a level is kept, so headroom is not wasted.
_LEVELS = [
    (-1.5, 30.0),
    (-1.0, 30.0),
    (-0.6, 30.0),
    (-0.3, 30.0),
    (0.0, 30.0),
    (0.25, 30.0),
    (1.0, 30.0),
    (1.8, 20.0),
    (2.6, 15.0),
    (3.5, 12.0),
]
_SAFETY = 0.1  # a draft the gate would grade within this of the target is made easier first
_BUDGET = 150  # words of source content in what_the_study_did


@dataclass
class OfflineResult(DrafterResult):
    """A draft plus what the offline drafter needs to repair it."""

    level: int = 0
    dropped: frozenset[str] = field(default_factory=frozenset)


class OfflineDrafter:
    """Drafts a plain summary from the paper's own sentences, with no model."""

    name = "offline"
    model: str | None = None
    prompt_version: str | None = PROMPT_VERSION

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._cache: dict[str, Material] = {}

    def _material(self, request: DraftRequest) -> Material:
        key = request.source.sha256
        if key not in self._cache:
            self._cache.clear()  # one paper at a time is all a draft-repair loop needs
            self._cache[key] = gather(request.source, request.design)
        return self._cache[key]

    def _build(self, request: DraftRequest, level: int, dropped: frozenset[str]) -> OfflineResult:
        material = self._material(request)
        sections: dict[str, str] = {}
        for lvl in range(level, len(_LEVELS)):
            margin, max_cost = _LEVELS[lvl]
            sections = compose(
                material, request.settings.grade - margin, max_cost, _BUDGET, dropped
            )
            level = lvl
            if _gate_grade(sections) <= request.settings.grade - _SAFETY:
                break
        summary = PlainSummary(**sections)
        return OfflineResult(
            summary=summary,
            raw=json.dumps(sections, ensure_ascii=False),
            level=level,
            dropped=dropped,
        )

    async def draft(self, request: DraftRequest) -> DrafterResult:
        """A first draft, at the easiest level that meets the grade target."""
        return self._build(request, 0, frozenset())

    async def repair(
        self, request: DraftRequest, previous: DrafterResult, findings: list[Finding]
    ) -> DrafterResult:
        """Drop the sentences the findings name, read one level easier, and rebuild; a missing
        caveat or care-team pointer is added back explicitly."""
        level = getattr(previous, "level", 0)
        dropped = set(getattr(previous, "dropped", frozenset()))
        old = previous.summary.sections()
        for finding in findings:
            if finding.section == "headline" or (finding.span and finding.span in old["headline"]):
                dropped.add(old["headline"])
            if finding.span:
                for text in old.values():
                    for sentence in _sentences(text):
                        if finding.span in sentence:
                            dropped.add(sentence)
        result = self._build(request, min(level + 1, len(_LEVELS) - 1), frozenset(dropped))
        sections = result.summary.sections()
        missing = [f for f in findings if f.check == "caveats"]
        if missing:
            limits = sections["limitations"]
            for caveat in caveat_sentences(self._material(request)):
                if caveat not in limits:
                    limits = f"{caveat} {limits}"
            sections["limitations"] = limits
            if DOCTOR not in sections["why_it_matters"]:
                sections["why_it_matters"] += " " + DOCTOR
            for sentence in _gate_examples(request, sections):
                key = "why_it_matters" if _CARE.search(sentence) else "limitations"
                sections[key] = f"{sections[key]} {sentence}"
            result.summary = PlainSummary(**sections)
            result.raw = json.dumps(sections, ensure_ascii=False)
        return result


def _gate_grade(sections: dict[str, str]) -> float:
    """The body's grade as the gate measures it (the drafter's own measure if no gate)."""
    body = "\n\n".join(sections[k] for k in ("what_the_study_did", "why_it_matters", "limitations"))
    try:
        from ..checks.readability import flesch_kincaid_grade
    except ImportError:
        return body_grade(sections)
    return flesch_kincaid_grade(body)  # the gate's grade, without its rare-word count


_CARE = re.compile(r"doctor|neurologist|care team|nurse|health care", re.I)


def _gate_examples(request: DraftRequest, sections: dict[str, str]) -> list[str]:
    """The gate's own example sentence for every required caveat the sections still miss."""
    try:
        from ..checks.caveats import required_caveats
    except ImportError:
        return []
    text = " ".join(sections.values())
    out = []
    for caveat in required_caveats(request.design.design):
        patterns = getattr(caveat, "patterns", None)
        example = getattr(caveat, "example", None)
        if patterns is None or example is None:
            continue
        if not any(p.search(text) for p in patterns):
            out.append(str(example))
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
