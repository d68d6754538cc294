"""Test helper: the offline drafter, the request for a text and its first draft, for tests
of the offline repair (what a finding makes the next draft drop or keep)."""

from __future__ import annotations

import asyncio

from plainsum.design import detect_design
from plainsum.drafters import DrafterResult, DraftRequest
from plainsum.drafters.offline import OfflineDrafter
from plainsum.ingest import parse
from plainsum.schemas import Finding, Severity
from plainsum.settings import Settings


def first_draft(text: str) -> tuple[OfflineDrafter, DraftRequest, DrafterResult]:
    """The offline drafter, the request for `text` and its first draft."""
    source = parse(text)
    settings = Settings()
    request = DraftRequest(source=source, design=detect_design(source), settings=settings)
    drafter = OfflineDrafter(settings)
    return drafter, request, asyncio.run(drafter.draft(request))


def repaired_for_word(text: str, span: str) -> tuple[DrafterResult, DrafterResult]:
    """The first draft of `text` and its repair for a jargon error on `span` in what the study
    did."""
    drafter, request, first = first_draft(text)
    jargon = Finding(
        check="jargon",
        severity=Severity.ERROR,
        section="what_the_study_did",
        span=span,
        message=f"'{span}' is a technical term.",
    )
    return first, asyncio.run(drafter.repair(request, first, [jargon]))
