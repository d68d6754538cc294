"""The one seam between the pipeline and whatever writes a summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..schemas import EvidenceLink, Finding, PlainSummary, Usage

if TYPE_CHECKING:
    from ..design import DesignInfo
    from ..ingest import Source
    from ..settings import Settings


@dataclass(frozen=True)
class DraftRequest:
    """Everything a drafter may use to write a summary."""

    source: Source
    design: DesignInfo
    settings: Settings


@dataclass
class DrafterResult:
    """One summary a drafter wrote (a first draft or a repair)."""

    summary: PlainSummary
    raw: str | None = None
    usage: Usage = field(default_factory=Usage)
    notes: list[str] = field(default_factory=list)
    model: str | None = None
    # One link per sentence (headline included) to the source sentences behind it; frames are
    # kind="frame". The offline drafter fills it; a model drafter may leave it empty.
    links: list[EvidenceLink] = field(default_factory=list)


@runtime_checkable
class Drafter(Protocol):
    """Writes a `PlainSummary` for a paper, and revises one given the gate's findings.

    Implementations: `drafters.offline.OfflineDrafter` (embedded default) and
    `drafters.openai.OpenAIDrafter` (any OpenAI-compatible endpoint). Both are async so that one
    code path serves a single draft and many concurrent ones.
    """

    name: str
    model: str | None
    prompt_version: str | None

    async def draft(self, request: DraftRequest) -> DrafterResult: ...

    async def repair(
        self, request: DraftRequest, previous: DrafterResult, findings: list[Finding]
    ) -> DrafterResult: ...
