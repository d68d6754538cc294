"""The limitations a paper itself states (small, short, low certainty, stopped early, no control
group, one centre, more research needed), each as a short sentence linked to the source
sentence that says it. Nothing here is said unless a sentence of the paper says it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schemas import StudyDesign
from .numbers import drop_brackets
from .sentences import Role
from .source import SourceSentence

_NEGATED = re.compile(r"\b(?:no|not|nor|unlikely|neither)\b", re.I)


@dataclass(frozen=True)
class StatedLimit:
    """One limitation the paper states, and the source sentence that states it."""

    name: str
    text: str
    source: int


def _certainty(m: re.Match[str], review: bool) -> str:
    level = m.group("level").lower().replace("-", " ")
    what = "some of the evidence" if review else "the evidence"
    return f"The authors rated {what} as {level} certainty."


_RULES: list[tuple[str, re.Pattern[str], str]] = [
    (
        "certainty",
        re.compile(
            r"\b(?P<level>very low|low|low to moderate|low or very low|very low to low)"
            r"[- ](?:certainty|quality)\b",
            re.I,
        ),
        "",
    ),
    (
        "small",
        re.compile(
            r"\bsmall (?:sample(?: size)?s?|numbers? of (?:participants|patients|people|subjects)"
            r"|study size|cohort)\b|\blimited (?:by (?:the )?small|sample size)",
            re.I,
        ),
        "The authors say the number of people studied was small.",
    ),
    (
        "small_studies",
        re.compile(r"\b(?:small|few) (?:and \w+ )?(?:trials|studies)\b", re.I),
        "The authors say the studies were few or small.",
    ),
    (
        "short",
        re.compile(
            r"\bshort (?:follow-?up|duration|study period|periods? of follow-?up)\b"
            r"|\blimited follow-?up\b|\bfollow-?up (?:was|were) short\b",
            re.I,
        ),
        "The authors say the follow-up was short.",
    ),
    (
        "stopped_early",
        re.compile(r"\b(?:stopped|terminated|halted) (?:early|prematurely)\b", re.I),
        "The authors say the study was stopped early.",
    ),
    (
        "no_control",
        re.compile(
            r"\b(?:no|without a|lack of a|absence of a) control group\b|\buncontrolled\b"
            r"|\bsingle-arm\b",
            re.I,
        ),
        "The authors say there was no control group.",
    ),
    (
        "one_centre",
        re.compile(r"\bsingle[- ](?:centre|center|site|institution)\b", re.I),
        "The authors say the study was done in one centre.",
    ),
    (
        "more_research",
        re.compile(
            r"\b(?:further|more|additional|larger|future|well-designed|high-quality|longer|"
            r"better)\s+(?:\w+\s+){0,3}(?:research|studies|trials|work|investigation)"
            r"\s+(?:\w+\s+){0,2}(?:is|are|will be|would be)\s+(?:still\s+)?"
            r"(?:needed|required|warranted|necessary)\b",
            re.I,
        ),
        "The authors say more research is needed.",
    ),
]


# The same limits, said of the studies a review pooled rather than of one study.
_IN_REVIEWS = {
    "small": "The authors say the studies included few people.",
    "short": "The authors say the studies had short follow-up.",
    "stopped_early": "The authors say some trials were stopped early.",
    "no_control": "The authors say some studies had no control group.",
    "one_centre": "The authors say some trials were done in a single centre.",
}


def stated_limits(sentences: list[SourceSentence], design: StudyDesign) -> list[StatedLimit]:
    """Each kind of limitation the paper states, once, in the order of the rules."""
    review = design in (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW)
    found: list[StatedLimit] = []
    for name, pattern, text in _RULES:
        for s in sentences:
            if s.role in (Role.BACKGROUND, Role.AIM):
                continue  # "few studies have looked at this" is why they did it, not a limit
            plain = drop_brackets(s.text)
            m = pattern.search(plain)
            if not m:
                continue
            clause = plain[max(0, m.start() - 40) : m.end()]
            if name == "more_research" and _NEGATED.search(plain[: m.end()]):
                continue  # "no further trials are needed" says the opposite
            if name == "no_control" and re.search(r"\bwith(?: a)? control group", plain, re.I):
                continue
            if name == "small_studies" and not review:
                continue
            if name == "certainty" and re.search(r"\b(?:not|no)\b", clause, re.I):
                continue
            if name == "certainty":
                sentence = _certainty(m, review)
            else:
                sentence = _IN_REVIEWS.get(name, text) if review else text
            found.append(StatedLimit(name, sentence, s.index))
            break
    return found
