"""The data plainsum passes along its pipeline, as pydantic models.

Docstrings and field descriptions of `PlainSummary` are sent to language models inside the JSON
schema: they are prompt text and are written as instructions.
"""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1"

SECTIONS = ("headline", "what_the_study_did", "why_it_matters", "limitations")
SECTION_TITLES = {
    "headline": "Headline",
    "what_the_study_did": "What the study did",
    "why_it_matters": "Why it matters to people with MS",
    "limitations": "Limitations",
}

# Hard caps: past them a text is not a summary section. Everything inside them is checked, and
# the shape check reports lengths outside the preferred ranges (structure is not style).
HEADLINE_WORDS = (1, 60)
SECTION_WORDS = (1, 600)

_WORD = re.compile(r"\S+")


def count_words(text: str) -> int:
    """Number of whitespace-separated words in `text`."""
    return len(_WORD.findall(text))


def _check_words(text: str, limits: tuple[int, int], what: str) -> str:
    text = " ".join(text.split())
    n = count_words(text)
    low, high = limits
    if n < low:
        raise ValueError(f"{what} is empty")
    if n > high:
        raise ValueError(f"{what} has {n} words; a summary's {what} has at most {high}")
    return text


class PlainSummary(BaseModel):
    """A plain-language summary of one research paper for people with multiple sclerosis (MS)
    and their caregivers. Write at a grade 8 reading level or below: short sentences, everyday
    words, every technical term explained the first time. Say only what the paper says: no
    number, drug, gene or claim that is not in the paper, no advice, and no words such as cure,
    breakthrough or proves."""

    model_config = ConfigDict(extra="forbid")

    headline: str = Field(
        description=(
            "One plain sentence of 6 to 16 words that says what the study found, not just its "
            "topic. No hype."
        )
    )
    what_the_study_did: str = Field(
        description=(
            "2 to 5 short sentences: what kind of study this was (for example a lab study in "
            "cells, a study in mice, a trial in people, a review of earlier studies), who or what "
            "was studied and how many, and what was found."
        )
    )
    why_it_matters: str = Field(
        description=(
            "2 to 4 short sentences on why this matters to people with MS and their caregivers. "
            "If the paper is not about MS, say so plainly and give only the link the paper itself "
            "draws. End by suggesting readers talk to their doctor or care team before changing "
            "their care."
        )
    )
    limitations: str = Field(
        description=(
            "2 to 4 short sentences on what this study cannot show. A lab or animal study has not "
            "been shown in people; an observational study shows a link, not a cause; include the "
            "limits the authors themselves name."
        )
    )

    @field_validator("headline")
    @classmethod
    def _headline_length(cls, value: str) -> str:
        return _check_words(value, HEADLINE_WORDS, "headline")

    @field_validator("what_the_study_did", "why_it_matters", "limitations")
    @classmethod
    def _section_length(cls, value: str) -> str:
        return _check_words(value, SECTION_WORDS, "section")

    def sections(self) -> dict[str, str]:
        """The four sections in reading order."""
        return {name: getattr(self, name) for name in SECTIONS}

    def body(self) -> str:
        """The three body sections as one text (the headline is measured on its own)."""
        return "\n\n".join(getattr(self, name) for name in SECTIONS[1:])


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Finding(BaseModel):
    """One problem a check found in a draft."""

    check: str
    severity: Severity
    message: str
    hint: str = ""
    section: str | None = None
    span: str | None = Field(default=None, description="the offending text, when there is one")
    reviewer: str | None = Field(
        default=None,
        description="the model whose review gave this finding (check model_review): its verdict, "
        "not a rule's; None for the rule checks",
    )


class EvidenceLink(BaseModel):
    """One summary sentence and the source sentences that support it (the gate's evidence link).

    `source_sentences` index the source's sentences as `plainsum.evidence` splits them; `spans`
    are the matching (start, end) character offsets in `Source.text`. Frame sentences (design
    caveats, the care-team pointer, the not-about-MS statement) are recognised as `kind="frame"`
    and need no evidence.
    """

    section: str
    index: int = Field(description="the sentence's position within its section, from 0")
    text: str
    kind: str = "content"  # "content" or "frame"
    source_sentences: list[int] = Field(default_factory=list)
    spans: list[tuple[int, int]] = Field(default_factory=list)
    score: float = 0.0


class Status(StrEnum):
    """The gate's verdict in one word: errors fail; warnings only need an editor's review."""

    PASSED = "passed"
    NEEDS_REVIEW = "needs_review"
    FAILED = "failed"


class StudyDesign(StrEnum):
    """What kind of study a paper reports (detected by `plainsum.design`).

    The caveat check requires caveats for lab, animal, observational, trial, review and
    case_report. The later kinds (guideline, narrative_review, diagnostic, economic, protocol)
    have their own frames in the offline drafter and need no design caveat from the gate; unknown
    needs none either (only the care-team pointer, which every summary needs).
    """

    LAB = "lab"
    ANIMAL = "animal"
    OBSERVATIONAL = "observational"
    TRIAL = "trial"
    REVIEW = "review"  # a systematic review or meta-analysis of earlier studies
    CASE_REPORT = "case_report"  # one patient or a small case series
    GUIDELINE = "guideline"  # a practice guideline or consensus statement
    NARRATIVE_REVIEW = "narrative_review"  # an overview of a topic, with no systematic search
    DIAGNOSTIC = "diagnostic"  # how well a test tells who has a condition (accuracy study)
    ECONOMIC = "economic"  # costs or value for money (cost-effectiveness, cost-utility)
    PROTOCOL = "protocol"  # a planned study or review, with no results yet
    QUALITATIVE = "qualitative"  # interviews or focus groups: people's experiences in their words
    UNKNOWN = "unknown"


class SourceInfo(BaseModel):
    title: str | None = None
    sha256: str
    chars: int
    path: str | None = None
    # What the input said about the paper (PubMed, JATS, feeds, JSONL); None when unknown.
    id: str | None = None
    format: str | None = None
    journal: str | None = None
    date: str | None = Field(default=None, description="publication date, ISO 8601")
    authors: list[str] = Field(default_factory=list)
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None


class Usage(BaseModel):
    input_tokens: int = 0
    cached_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = None

    def __add__(self, other: Usage) -> Usage:
        cost = None
        if self.cost_usd is not None or other.cost_usd is not None:
            cost = (self.cost_usd or 0.0) + (other.cost_usd or 0.0)
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            cost_usd=cost,
        )


class Attempt(BaseModel):
    """One try at a summary: the first draft or a repair."""

    number: int
    kind: str = "draft"  # "draft" or "repair"
    findings: list[Finding] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    seconds: float = 0.0
    raw: str | None = None
    passed: bool = False


class Provenance(BaseModel):
    drafter: str  # the drafter that made the summary: "offline" or "openai"
    backend: str | None = None  # the backend asked for; "auto" means plainsum chose `drafter`
    model: str | None = None
    prompt_version: str | None = None
    plainsum_version: str
    attempts: list[Attempt] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Timings(BaseModel):
    draft_seconds: float = 0.0
    check_seconds: float = 0.0
    total_seconds: float = 0.0


class CheckReport(BaseModel):
    """The gate's verdict on a summary: what `plainsum check` reports on an edited draft."""

    schema_version: str = SCHEMA_VERSION
    summary: PlainSummary
    source: SourceInfo
    design: StudyDesign = StudyDesign.UNKNOWN
    about_ms: bool = False
    findings: list[Finding] = Field(default_factory=list)
    passed: bool
    status: Status | None = Field(
        default=None, description="passed, needs_review (warnings only) or failed (errors)"
    )
    grade_target: float = 8.0
    grade: float | None = Field(default=None, description="the body's reading grade reached")
    evidence: list[EvidenceLink] = Field(default_factory=list)
    checks_run: list[str] = Field(default_factory=list)
    source_text: str | None = Field(
        default=None, description="the paper's text as plainsum read it; evidence spans index it"
    )

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == Severity.ERROR]


class Draft(CheckReport):
    """A checked summary with everything needed to trust or reproduce it."""

    provenance: Provenance
    timings: Timings = Field(default_factory=Timings)
    usage: Usage = Field(default_factory=Usage)
