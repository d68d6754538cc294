"""The quality gate: pure functions that look at a summary (and its source) and return findings."""

from __future__ import annotations

from ..design import DesignInfo
from ..ingest import Source
from ..schemas import Finding, PlainSummary, Severity
from .caveats import check_caveats
from .claims import check_claims
from .faithfulness import check_faithfulness
from .fluency import check_fluency
from .foreign import check_foreign
from .jargon import check_jargon
from .readability import check_readability
from .safety import check_safety
from .shape import check_shape

__all__ = ["run_checks", "has_errors"]

DEFAULT_GRADE = 8.0


def run_checks(
    source: Source,
    summary: PlainSummary,
    design: DesignInfo,
    *,
    grade: float = DEFAULT_GRADE,
) -> list[Finding]:
    """Every check of the gate, in a stable order."""
    return [
        *check_readability(summary, grade_target=grade),
        *check_caveats(summary, design),
        *check_claims(summary, source),
        *check_safety(summary),
        *check_foreign(summary, source),
        *check_faithfulness(source, summary),
        *check_shape(summary),
        *check_fluency(summary, source.text),
        *check_jargon(summary),
    ]


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == Severity.ERROR for f in findings)
