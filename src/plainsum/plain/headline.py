"""The headline: one plain sentence of 6-16 words that says what a study found."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..schemas import StudyDesign
from .sentences import Role
from .simplify import fit_for_readers, rewrite

if TYPE_CHECKING:
    from .compose import Material

_HEADLINE_LEAD = re.compile(
    r"^(?:The (?:researchers|review authors) (?:found|showed|saw|report|reported) that |But )",
)
_WEAK_START = re.compile(
    r"^(?:This|These|That|It|They|Those|Also|Both|Such|Their|Its|In|Future|Further|More|"
    r"Another|Other|The other|Of the)\b"
    r"|\b(?:needed|should|warranted|required|future|this|these|those|same|such)\b"
)
_HAS_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|can|may|might|does|do|\w+s|\w+ed)\b(?<!\bMS)", re.I
)
_FINDING = re.compile(
    r"\b(?:reduc|improv|increas|decreas|lower|rais|help|linked|link|differ|benefit|harm|"
    r"caus|prevent|slow|protect|worse|better|more|less|fewer|may|might|can|found|showed|"
    r"changed|affect|no clear|not clear|similar|effect|effective|works?|safe)\w*",
    re.I,
)
_METHOD_WORDS = re.compile(
    r"\b(?:included|involved|enrolled|bias|searched|trials? (?:were|was)|studies (?:were|was)|"
    r"in total|ongoing|registered|measured|assessed|checked|reported|median|mean|average|aged?|"
    r"years old|enrolled|recruited|took part|objectives?|publication|waiting|updated?|protocol)\b",
    re.I,
)


def _headline_rank(text: str, cost: float, conclusion: bool, position: int) -> float:
    """Lower is better: the first sentences of the conclusions, easy, saying what was found."""
    rank = 0.3 * cost + 3.0 * min(position, 3) + (0.0 if conclusion else 4.0)
    rank += 0.0 if _FINDING.search(text) else 8.0
    rank += 6.0 if _METHOD_WORDS.search(text) else 0.0
    return rank


MAX_LONG_WORDS = 20
_LONG_PENALTY = 50.0


def headline(m: Material, drop: frozenset[str] = frozenset()) -> str:
    """One sentence of 6-16 words that says what was found (the main result or conclusion),
    else the paper's title when it states a finding, else a finding of up to 20 words, else a
    number-free frame; `drop` holds headlines a repair refused."""
    ranked: list[tuple[float, int, str]] = []
    for role in (Role.CONCLUSION, Role.RESULTS):
        for position, s in enumerate(m.by_role.get(role, [])):
            text = _HEADLINE_LEAD.sub("", s.text).rstrip(".")
            text = text[:1].upper() + text[1:]
            if s.text in drop or text in drop or _WEAK_START.search(text):
                continue
            n = len(text.split())
            if 6 <= n <= MAX_LONG_WORDS:
                rank = _headline_rank(text, s.cost, role == Role.CONCLUSION, position)
                # A finding in 17-20 words beats a headline that says nothing (a shape warning).
                ranked.append((rank + (0.0 if n <= 16 else _LONG_PENALTY), s.order, text))
    if m.title:
        title = rewrite(m.title).rstrip(".")
        n = len(title.split())
        if 6 <= n <= 16 and _HAS_VERB.search(title) and fit_for_readers(title):
            ranked.append((_headline_rank(title, 12.0, True, 1), -1, title))
    if ranked:
        return min(ranked)[2]
    kind = {
        StudyDesign.REVIEW: "A review of earlier studies",
        StudyDesign.TRIAL: "A clinical trial",
        StudyDesign.OBSERVATIONAL: "A study of a group of people",
        StudyDesign.ANIMAL: f"A study in {m.animals}",
        StudyDesign.LAB: "A lab study in cells",
        StudyDesign.CASE_REPORT: "A case report",
    }.get(m.design.design, "A new study")
    return f"{kind} reports new findings"
