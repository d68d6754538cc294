"""The library surface: ingest -> draft -> validate -> check -> repair, returning a `Draft`."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from . import __version__
from .checks import CHECKS, has_errors, run_checks, status_of
from .checks.readability import flesch_kincaid_grade
from .design import DesignInfo, detect_design
from .drafters import Drafter, DrafterResult, DraftRequest, make_drafter
from .errors import DraftFailedError
from .evidence import link_summary
from .ingest import Source, parse, read_source
from .schemas import (
    Attempt,
    CheckReport,
    Draft,
    Finding,
    PlainSummary,
    Provenance,
    Severity,
    Timings,
    Usage,
)
from .screen import require_research, screen
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from pathlib import Path

# Runs the gate on one attempt; a batch passes one that runs it in a worker process.
Checker = Callable[[Source, PlainSummary, DesignInfo, float], Awaitable[list[Finding]]]

__all__ = [
    "Draft",
    "PlainSummary",
    "Settings",
    "Source",
    "adraft",
    "check",
    "check_report",
    "draft",
    "load_settings",
    "parse",
    "read_source",
]


def _rank(findings: list[Finding]) -> tuple[int, int]:
    """Lower is better: errors first, then warnings."""
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
    return errors, warnings


async def adraft(
    source: Source | str,
    settings: Settings | None = None,
    *,
    drafter: Drafter | None = None,
    design: DesignInfo | None = None,
    checker: Checker | None = None,
    screened: bool = False,
) -> Draft:
    """Draft, check and repair a summary of `source`; the best attempt is returned.

    The draft is returned even when it fails the gate (`Draft.passed` is False): callers decide
    what to do with it. Errors that leave no summary at all raise `PlainsumError`. A batch may
    pass the study `design` it already detected (`screened=True` when it also ran
    `screen.require_research`) and a `checker` that runs the gate elsewhere.
    """
    settings = settings or Settings()
    if isinstance(source, str):
        source = parse(source)
    if not screened:  # a batch screens in its worker processes and says so
        require_research(source)  # an advert or a recipe is refused before any drafting
    started = time.perf_counter()
    design = design or detect_design(source)
    drafter = drafter or make_drafter(settings)
    request = DraftRequest(source=source, design=design, settings=settings)

    attempts: list[Attempt] = []
    usage = Usage()
    draft_seconds = check_seconds = 0.0
    best: tuple[DrafterResult, list[Finding]] | None = None
    result: DrafterResult | None = None
    findings: list[Finding] = []
    notes: list[str] = []
    for number in range(settings.max_repairs + 1):
        t0 = time.perf_counter()
        if result is None:
            result = await drafter.draft(request)
        else:
            try:
                result = await drafter.repair(request, result, findings)
            except DraftFailedError as exc:  # keep the drafts already made; say what happened
                notes.append(f"repair {number} gave no usable summary: {exc}")
                if isinstance(exc.usage, Usage):
                    usage = usage + exc.usage
                break
        t1 = time.perf_counter()
        if checker is None:
            findings = run_checks(source, result.summary, design, grade=settings.grade)
        else:
            findings = await checker(source, result.summary, design, settings.grade)
        t2 = time.perf_counter()
        draft_seconds += t1 - t0
        check_seconds += t2 - t1
        usage = usage + result.usage
        notes.extend(n for n in result.notes if n not in notes)
        attempts.append(
            Attempt(
                number=number + 1,
                kind="draft" if number == 0 else "repair",
                findings=findings,
                usage=result.usage,
                seconds=round(t1 - t0, 4),
                raw=result.raw,
                passed=not has_errors(findings),
            )
        )
        if best is None or _rank(findings) < _rank(best[1]):
            best = (result, findings)
        if not has_errors(findings):
            break
    assert best is not None
    chosen, chosen_findings = best
    return Draft(
        summary=chosen.summary,
        source=source.info(),
        design=design.design,
        about_ms=design.about_ms,
        provenance=Provenance(
            drafter=drafter.name,
            model=chosen.model or drafter.model,
            prompt_version=drafter.prompt_version,
            plainsum_version=__version__,
            attempts=attempts,
            notes=notes,
        ),
        findings=chosen_findings,
        passed=not has_errors(chosen_findings),
        **_what_was_checked(source, chosen.summary, design, chosen_findings, settings.grade),
        timings=Timings(
            draft_seconds=round(draft_seconds, 4),
            check_seconds=round(check_seconds, 4),
            total_seconds=round(time.perf_counter() - started, 4),
        ),
        usage=usage,
    )


def draft(
    source: Source | str | Path,
    settings: Settings | None = None,
    *,
    drafter: Drafter | None = None,
) -> Draft:
    """Synchronous `adraft`. A `Path` is read from disk; a `str` is the paper's text."""
    from pathlib import Path

    if isinstance(source, Path):
        source = read_source(source)
    return asyncio.run(adraft(source, settings, drafter=drafter))


def _what_was_checked(
    source: Source,
    summary: PlainSummary,
    design: DesignInfo,
    findings: list[Finding],
    grade: float,
) -> dict[str, object]:
    """The report fields that say what the gate did: status, grade reached and target, the
    gate's evidence links (measured, so a drafter's own provenance is not taken on trust), the
    checks run and the text the links' spans index."""
    return {
        "status": status_of(findings),
        "grade_target": grade,
        "grade": flesch_kincaid_grade(summary.body()),
        "evidence": link_summary(source, summary, design),
        "checks_run": list(CHECKS),
        "source_text": source.text,
    }


def check_report(
    source: Source,
    summary: PlainSummary,
    *,
    grade: float = 8.0,
    design: DesignInfo | None = None,
) -> CheckReport:
    """`check`, as the report `plainsum check` prints: findings, status, grade, evidence."""
    design = design or detect_design(source)
    findings = check(source, summary, grade=grade, design=design)
    return CheckReport(
        summary=summary,
        source=source.info(),
        design=design.design,
        about_ms=design.about_ms,
        findings=findings,
        passed=not has_errors(findings),
        **_what_was_checked(source, summary, design, findings, grade),
    )


def check(
    source: Source,
    summary: PlainSummary,
    *,
    grade: float = 8.0,
    design: DesignInfo | None = None,
) -> list[Finding]:
    """Run the gate on a summary someone wrote or edited. A source that does not read as research
    is flagged (an error finding), not refused: the editor still sees every other finding."""
    design = design or detect_design(source)
    findings = run_checks(source, summary, design, grade=grade)
    verdict = screen(source)
    if not verdict.is_research:
        findings.insert(
            0,
            Finding(
                check="source",
                severity=Severity.ERROR,
                message=f"The source is not a research paper: {verdict.reason}.",
                hint="A plain-language summary of research needs a research abstract or paper.",
            ),
        )
    return findings
