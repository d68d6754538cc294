"""The library surface: ingest -> draft -> validate -> check -> repair, returning a `Draft`."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from . import __version__
from .attempt_rank import rank_attempt
from .checks import CHECKS, GateResult, has_errors, run_checks, run_gate, status_of
from .checks.readability import flesch_kincaid_grade, over_grade
from .design import DesignInfo, detect_design
from .drafters import Drafter, DrafterResult, DraftRequest, make_drafter
from .errors import DraftFailedError, DraftTimeoutError
from .evidence import link_summary, split_source
from .ingest import Source, parse, read_source
from .plain.sentences import Role
from .review import CHECK as REVIEW_CHECK
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

    from .review import ModelReviewer, ReviewOutcome

# Runs the gate on one attempt; a batch passes one that runs it in a worker process.
Checker = Callable[[Source, PlainSummary, DesignInfo, float], Awaitable[GateResult]]

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


def _rewords(drafter: Drafter) -> bool:
    """Whether a repair may put a sentence in plainer words (a model), so that a grade over the
    target is worth a repair though it is no error. A drafter that can only leave sentences out
    (`rewords = False`: the offline drafter) is asked for a repair by errors alone: cutting
    results to reach a grade trades a whole draft for a plainer one."""
    return bool(getattr(drafter, "rewords", True))


def _rank(gate: GateResult, roles: list[Role], drafter: Drafter) -> tuple[int, int, int, int]:
    """Lower is better (`attempt_rank`). For a drafter that only leaves sentences out: errors
    of truth, wholeness and the main finding first, then errors of plain words, then the more
    results stated; for one that rewords, all errors alike. Then the other findings: a note (a
    length or a grade a little past its aim) counts as a warning does, so of attempts alike in
    all else the one that leaves an editor less to look at is the better."""
    return rank_attempt(gate.findings, gate.evidence, roles, by_worth=not _rewords(drafter))


async def _within(
    work: Awaitable[DrafterResult], deadline: float, settings: Settings, repair: int | None
) -> DrafterResult:
    """`work`, cut off at the draft's deadline (`draft_timeout`: every retry and repair)."""
    try:
        async with asyncio.timeout(max(0.0, deadline - time.perf_counter())):
            return await work
    except TimeoutError:
        limit = f"{settings.draft_timeout:g}"
        if repair is None:
            raise DraftTimeoutError(
                f"no draft within the draft deadline of {limit} s",
                hint="raise draft_timeout (--draft-timeout), or try a faster endpoint",
            ) from None
        raise DraftFailedError(f"stopped at the draft deadline of {limit} s") from None


async def _review_within(
    reviewer: ModelReviewer,
    source: Source,
    summary: PlainSummary,
    design: DesignInfo,
    deadline: float,
) -> ReviewOutcome:
    """The model review of one attempt, cut off at the draft's deadline (then a warning)."""
    from .review import unavailable

    try:
        async with asyncio.timeout(max(0.0, deadline - time.perf_counter())):
            return await reviewer.review(source, summary, design)
    except TimeoutError:
        limit = f"{reviewer.settings.draft_timeout:g}"
        return unavailable(f"stopped at the draft deadline of {limit} s", reviewer.model)


async def adraft(
    source: Source | str,
    settings: Settings | None = None,
    *,
    drafter: Drafter | None = None,
    design: DesignInfo | None = None,
    checker: Checker | None = None,
    screened: bool = False,
    reviewer: ModelReviewer | None = None,
) -> Draft:
    """Draft, check and repair a summary of `source`; the best attempt is returned.

    The draft is returned even when it fails the gate (`Draft.passed` is False): callers decide
    what to do with it. Errors that leave no summary at all raise `PlainsumError`. A batch may
    pass the study `design` it already detected (`screened=True` when it also ran
    `screen.require_research`) and a `checker` that runs the gate elsewhere. With a `reviewer`
    (`review.make_reviewer`), the model review checks every attempt too: its findings join the
    gate's, go back to the drafter in repairs, and its cost counts in `Draft.usage`. A drafter
    made here (no `drafter` given) is closed before this returns.
    """
    settings = settings or Settings()
    if drafter is None:  # made here, so closed here: its HTTP client and run log connection
        made = make_drafter(settings)
        try:
            return await adraft(
                source,
                settings,
                drafter=made,
                design=design,
                checker=checker,
                screened=screened,
                reviewer=reviewer,
            )
        finally:
            close = getattr(made, "aclose", None)
            if close is not None:
                await close()
    if isinstance(source, str):
        source = parse(source)
    if not screened:  # a batch screens in its worker processes and says so
        require_research(source)  # an advert or a recipe is refused before any drafting
    started = time.perf_counter()
    design = design or detect_design(source)
    request = DraftRequest(source=source, design=design, settings=settings)

    attempts: list[Attempt] = []
    usage = Usage()
    draft_seconds = check_seconds = 0.0
    best: tuple[DrafterResult, list[Finding], GateResult] | None = None
    best_rank = (0, 0, 0, 0)
    roles = [s.role for s in split_source(source)]  # (what `_rank` reads results by)
    result: DrafterResult | None = None
    findings: list[Finding] = []
    notes: list[str] = []
    deadline = started + settings.draft_timeout
    last_summary: PlainSummary | None = None
    last_gate: GateResult | None = None
    for number in range(settings.max_repairs + 1):
        t0 = time.perf_counter()
        if result is None:
            result = await _within(drafter.draft(request), deadline, settings, None)
        else:
            try:
                result = await _within(
                    drafter.repair(request, result, findings), deadline, settings, number
                )
            except DraftFailedError as exc:  # keep the drafts already made; say what happened
                notes.append(f"repair {number} gave no usable summary: {exc}")
                if isinstance(exc.usage, Usage):
                    usage = usage + exc.usage
                break
        t1 = time.perf_counter()
        if last_gate is not None and result.summary == last_summary:
            gate = last_gate  # a repair that changed nothing: the same findings, not re-checked
        elif checker is None:
            gate = run_gate(source, result.summary, design, grade=settings.grade)
        else:
            gate = await checker(source, result.summary, design, settings.grade)
        if reviewer is not None and gate is not last_gate:
            review = await _review_within(reviewer, source, result.summary, design, deadline)
            gate = with_review(gate, review.findings, ran=review.available)
            usage = usage + review.usage
            note = f"model review by {review.model or reviewer.model} ({reviewer.prompt.version})"
            if review.cached:
                note += ": answer from the cache"
            if note not in notes and review.available:
                notes.append(note)
        findings = gate.findings
        last_summary, last_gate = result.summary, gate
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
        rank = _rank(gate, roles, drafter)
        if best is None or rank < best_rank:
            best, best_rank = (result, findings, gate), rank
        if not has_errors(findings) and not (over_grade(findings) and _rewords(drafter)):
            break
    assert best is not None
    chosen, chosen_findings, chosen_gate = best
    return Draft(
        summary=chosen.summary,
        source=source.info(),
        design=design.design,
        about_ms=design.about_ms,
        provenance=Provenance(
            drafter=drafter.name,
            backend=settings.backend,
            model=chosen.model or drafter.model,
            prompt_version=drafter.prompt_version,
            plainsum_version=__version__,
            attempts=attempts,
            notes=notes,
        ),
        findings=chosen_findings,
        passed=not has_errors(chosen_findings),
        **_gate_fields(source, chosen_gate, settings.grade),
        timings=Timings(
            draft_seconds=round(draft_seconds, 4),
            check_seconds=round(check_seconds, 4),
            total_seconds=round(time.perf_counter() - started, 4),
        ),
        usage=usage,
    )


def with_review(gate: GateResult, findings: list[Finding], *, ran: bool = True) -> GateResult:
    """The gate's result with the model review's findings added, and the review named as run
    when it gave verdicts (an unavailable review is a warning, not a check that ran)."""
    return GateResult(
        findings=[*gate.findings, *findings],
        evidence=gate.evidence,
        grade=gate.grade,
        checks_run=[*gate.checks_run, REVIEW_CHECK] if ran else list(gate.checks_run),
    )


def draft(
    source: Source | str | Path,
    settings: Settings | None = None,
    *,
    drafter: Drafter | None = None,
) -> Draft:
    """Synchronous `adraft`. A `Path` is read from disk; a `str` is the paper's text. With
    `settings.review == "model"` the model review joins the gate (`review.make_reviewer`)."""
    from pathlib import Path

    from .review import make_reviewer, require_review_endpoint

    settings = settings or Settings()
    require_review_endpoint(settings)
    if isinstance(source, Path):
        source = read_source(source)
    text: Source | str = source

    # The draft is handed back through `done`, not as the task's result: on the main thread,
    # `asyncio.run` ends by asking for its Ctrl-C handler, whose check formats the finished task
    # with its result, and a draft's repr costs ~0.25 ms each time (~0.6% of an offline draft).
    done: list[Draft] = []

    async def run() -> None:
        chosen = drafter
        reviewer = None
        if settings.review == "model":
            chosen = chosen or make_drafter(settings)
            reviewer = make_reviewer(settings, chosen)
        try:
            done.append(await adraft(text, settings, drafter=chosen, reviewer=reviewer))
        finally:
            if reviewer is not None:
                await reviewer.aclose()

    asyncio.run(run())
    return done[0]


def _gate_fields(source: Source, gate: GateResult, grade: float) -> dict[str, Any]:
    """`_what_was_checked` from the gate's own result, so nothing is measured twice."""
    return {
        "status": status_of(gate.findings),
        "grade_target": grade,
        "grade": gate.grade,
        "evidence": gate.evidence,
        "checks_run": gate.checks_run,
        "source_text": source.text,
    }


def _what_was_checked(
    source: Source,
    summary: PlainSummary,
    design: DesignInfo,
    findings: list[Finding],
    grade: float,
    reviewed: bool = False,
) -> dict[str, Any]:
    """The report fields that say what the gate did: status, grade reached and target, the
    gate's evidence links (measured, so a drafter's own provenance is not taken on trust), the
    checks run and the text the links' spans index."""
    return {
        "status": status_of(findings),
        "grade_target": grade,
        "grade": flesch_kincaid_grade(summary.body()),
        "evidence": link_summary(source, summary, design),
        "checks_run": [*CHECKS, REVIEW_CHECK] if reviewed else list(CHECKS),
        "source_text": source.text,
    }


def check_report(
    source: Source,
    summary: PlainSummary,
    *,
    grade: float = 8.0,
    design: DesignInfo | None = None,
    settings: Settings | None = None,
) -> CheckReport:
    """`check`, as the report `plainsum check` prints: findings, status, grade, evidence. With
    `settings.review == "model"` the model review runs too and its findings join the gate's."""
    design = design or detect_design(source)
    findings = check(source, summary, grade=grade, design=design)
    reviewed = False
    if settings is not None and settings.review == "model":
        from .review import review_once

        outcome = review_once(source, summary, design, settings)
        findings += outcome.findings
        reviewed = outcome.available
    return CheckReport(
        summary=summary,
        source=source.info(),
        design=design.design,
        about_ms=design.about_ms,
        findings=findings,
        passed=not has_errors(findings),
        **_what_was_checked(source, summary, design, findings, grade, reviewed),
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
