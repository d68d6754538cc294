"""The quality gate: pure functions that look at a summary (and its source) and return findings.

`run_gate` runs every check once and says what it did: the findings, the evidence links (which
source sentences support each summary sentence), the reading grade reached, the checks run and
the verdict (`Status`). `run_checks` is the same gate returning the findings only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..design import DesignInfo
from ..evidence import link_summary
from ..ingest import Source
from ..schemas import EvidenceLink, Finding, PlainSummary, Severity, Status, StudyDesign
from .abbreviations import check_abbreviations
from .attribution import check_attribution
from .caveats import check_caveats
from .claims import check_claims
from .contradiction_hedged import check_hedged_contradictions
from .contradiction_unshown import check_unshown_differences
from .design_said import check_design_said
from .faithfulness import check_faithfulness
from .finding import check_finding
from .fluency import check_fluency
from .foreign import check_foreign
from .funding_said import check_funding_said
from .headline import check_headline
from .jargon import check_jargon
from .markup import check_markup
from .readability import check_readability, flesch_kincaid_grade
from .safety import check_safety
from .shape import check_shape
from .substance import check_substance
from .support import CHECKS as SUPPORT_CHECKS
from .support import check_support

__all__ = ["CHECKS", "GateResult", "has_errors", "run_checks", "run_gate", "status_of"]

DEFAULT_GRADE = 8.0

# Every check the gate runs, by the name its findings carry (a test holds this to the modules).
CHECKS = (
    "readability",
    "caveats",
    "claims",
    "safety",
    "foreign_text",
    "faithfulness",
    "shape",
    "fluency",
    "jargon",
    "abbreviations",
    *SUPPORT_CHECKS,
    "attribution",
    "headline",
    "finding",
    "substance",
    "markup",
)


@dataclass(frozen=True)
class GateResult:
    """What the gate found and what it did."""

    findings: list[Finding]
    evidence: list[EvidenceLink] = field(default_factory=list)
    grade: float | None = None
    checks_run: list[str] = field(default_factory=list)

    @property
    def status(self) -> Status:
        return status_of(self.findings)

    @property
    def passed(self) -> bool:
        return not has_errors(self.findings)


def run_gate(
    source: Source,
    summary: PlainSummary,
    design: DesignInfo,
    *,
    grade: float = DEFAULT_GRADE,
) -> GateResult:
    """Every check of the gate, in a stable order, with the evidence links they share."""
    links = link_summary(source, summary, design)
    findings = [
        *check_readability(summary, grade_target=grade),
        *check_caveats(summary, design),
        *check_funding_said(source, summary),
        *check_claims(summary, source, design),
        *check_safety(summary, source),
        *check_foreign(summary, source),
        *check_faithfulness(source, summary),
        *check_shape(summary, source.full_text),
        *check_fluency(summary, source.text),
        *check_jargon(summary, source.full_text),
        *check_abbreviations(source.full_text, summary),
        *(supported := check_support(source, design, links)),
        *check_hedged_contradictions(
            source,
            links,
            contradicted := {f.span for f in supported if f.check == "contradiction" and f.span},
        ),
        *check_unshown_differences(source, links, contradicted),
        *check_design_said(source, design, links),
        *check_attribution(source, links),
        *check_headline(source, summary, links),
        *check_finding(source, links, planned=design.design == StudyDesign.PROTOCOL),
        *check_substance(source, design, links),
        *check_markup(summary, source.text),
    ]
    return GateResult(
        findings=findings,
        evidence=links,
        grade=flesch_kincaid_grade(summary.body()),
        checks_run=list(CHECKS),
    )


def run_checks(
    source: Source,
    summary: PlainSummary,
    design: DesignInfo,
    *,
    grade: float = DEFAULT_GRADE,
) -> list[Finding]:
    """Every check of the gate, in a stable order: the findings only."""
    return run_gate(source, summary, design, grade=grade).findings


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == Severity.ERROR for f in findings)


def status_of(findings: list[Finding]) -> Status:
    """failed with any error, needs_review with warnings only, passed otherwise."""
    if has_errors(findings):
        return Status.FAILED
    if any(f.severity == Severity.WARNING for f in findings):
        return Status.NEEDS_REVIEW
    return Status.PASSED
