"""One line of a batch's `results.jsonl`: a paper, its draft's verdict and what it cost.

This is the contract between `plainsum batch` and whatever reads its output (the static site,
the provider Batch API collector, an editor's tools). Field names are stable; add, never rename.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from ..schemas import EvidenceLink, Finding, PlainSummary, Usage

RESULTS_FILE = "results.jsonl"


class BatchStatus(StrEnum):
    """What happened to one paper: the gate's verdict, or `error` when no draft came back."""

    PASSED = "passed"
    NEEDS_REVIEW = "needs_review"
    FAILED = "failed"
    ERROR = "error"


class SourceMeta(BaseModel):
    """What is known about the paper itself; any field may be missing."""

    title: str | None = None
    journal: str | None = None
    date: str | None = Field(default=None, description="publication date, ISO 8601 when known")
    authors: list[str] = Field(default_factory=list)
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None
    path: str | None = Field(default=None, description="the input file the paper came from")


class BatchResult(BaseModel):
    """One paper's outcome in a batch: one line of results.jsonl."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(description="the paper's id: from the input, else derived from its file")
    key: str = Field(description="hash of (paper text, prompt version, model, draft settings)")
    source: SourceMeta = Field(default_factory=SourceMeta)
    status: BatchStatus
    summary: PlainSummary | None = None
    findings: list[Finding] = Field(default_factory=list)
    evidence: list[EvidenceLink] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float | None = None
    error: str | None = Field(default=None, description="why no draft came back (status error)")
    approved: bool = Field(default=False, description="an editor approved it for publishing")
    drafted_at: datetime = Field(default_factory=lambda: datetime.now(UTC))

    def to_line(self) -> str:
        """The JSON line written to results.jsonl (no trailing newline)."""
        return self.model_dump_json()

    @classmethod
    def from_line(cls, line: str) -> BatchResult:
        """Parse one line of results.jsonl."""
        return cls.model_validate_json(line)


def read_results(text: str) -> list[BatchResult]:
    """Every result in the text of a results.jsonl file; blank lines are skipped."""
    return [BatchResult.from_line(line) for line in text.splitlines() if line.strip()]
