"""Run an eval: draft every case with every system (cached, concurrent), score, aggregate, log."""

from __future__ import annotations

import asyncio
import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__, lexicon
from ..api import adraft
from ..batch import work
from ..batch.engine import Engine, SlotDrafter
from ..design import DesignInfo
from ..drafters import Drafter, make_drafter
from ..drafters.offline import OfflineDrafter
from ..ingest import Source
from ..progress import ProgressBar
from ..schemas import Draft
from ..settings import Settings
from .cache import DraftCache, rechecked, system_key
from .config import (
    Case,
    EvalConfig,
    SystemConfig,
    endpoint_configured,
    load_cases,
    system_settings,
    uses_model,
)
from .judge import JudgeCache, judge_cases, judge_jobs, judge_settings
from .runlog import CaseInfo, CaseResult, RunLog, SystemInfo, SystemResult, aggregate
from .scorers import SCORERS, ScoreInput, load_rouge, run_scorers

if TYPE_CHECKING:
    from ..drafters.judge_client import JudgeClient

DEFAULT_RUNS_DIR = Path("runs")
DrafterFactory = Callable[[SystemConfig, Settings], Drafter]
JudgeFactory = Callable[[Settings], "JudgeClient"]


def default_drafter_factory(system: SystemConfig, settings: Settings) -> Drafter:
    return make_drafter(settings)


def default_judge_factory(settings: Settings) -> JudgeClient:
    from ..drafters.judge_client import OpenAIJudgeClient

    return OpenAIJudgeClient(settings)


@dataclass
class RunOptions:
    """How to run an eval (the config says what to run)."""

    limit: int | None = None
    concurrency: int = 4
    cache_dir: Path | None = None  # None: the config's cache_dir, else runs/cache
    use_cache: bool = True
    progress: bool = True
    env: dict[str, str] | None = None
    workers: int | None = None  # processes for parsing, checks and scoring; 0: inline
    drafter_factory: DrafterFactory = field(default=default_drafter_factory)
    judge_factory: JudgeFactory = field(default=default_judge_factory)


def make_run_id(config: EvalConfig, limit: int | None, now: datetime | None = None) -> str:
    """Sortable and recognisable: UTC time, then a short hash of the config and limit."""
    now = now or datetime.now(UTC)
    digest = config.digest() if limit is None else f"{config.digest()}-n{limit}"
    return f"{now:%Y%m%dT%H%M%SZ}-{digest}"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def versions() -> dict[str, str]:
    """Versions of what shaped the results."""
    out = {"plainsum": __version__, "python": platform.python_version()}
    for package in ("pydantic", "rouge-score", "openai", "wordfreq"):
        out[package] = _version(package)
    # Syllables and frequencies come from the shipped word table: name what it was built from.
    out["word table"] = ", ".join(f"{k} {v}" for k, v in lexicon.sources().items())
    return out


MAX_ERROR_CHARS = 300
MAX_RAW_CHARS = 20_000  # of a failed case's last answer kept in the log and the report


def _error_line(exc: BaseException) -> str:
    """One line naming the error, whatever shape its message has (pydantic's are multi-line)."""
    text = " ".join(str(exc).split())
    if len(text) > MAX_ERROR_CHARS:
        text = text[: MAX_ERROR_CHARS - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def plan_systems(config: EvalConfig, env: dict[str, str]) -> list[SystemInfo]:
    """Each system with its cache key; model systems without an endpoint are skipped, with why."""
    infos = []
    for system in config.systems:
        skipped = None
        if uses_model(system, env) and not endpoint_configured(system, env):
            skipped = "no model endpoint configured (set OPENAI_API_KEY or a base_url)"
        infos.append(
            SystemInfo(
                name=system.name,
                backend="openai" if uses_model(system, env) else "offline",
                params=system.params(),
                key=system_key(system),
                skipped=skipped,
            )
        )
    return infos


def make_drafters(
    infos: list[SystemInfo], config: EvalConfig, options: RunOptions, env: dict[str, str]
) -> dict[str, tuple[Settings, Drafter] | str]:
    """Each system's settings and drafter, or the one line saying why it could not start."""
    systems = {s.name: s for s in config.systems}
    drafters: dict[str, tuple[Settings, Drafter] | str] = {}
    for info in infos:
        if info.skipped:
            continue
        try:
            settings = system_settings(systems[info.name], env)
            drafters[info.name] = (settings, options.drafter_factory(systems[info.name], settings))
        except Exception as exc:  # a system that cannot start fails its cases, not the run
            drafters[info.name] = _error_line(exc)
    return drafters


def _bar(total: int, enabled: bool) -> ProgressBar:
    return ProgressBar("eval", enabled=enabled and total > 0, total=total)


async def arun_eval(config: EvalConfig, options: RunOptions | None = None) -> RunLog:
    """Draft every case with every system `repeats` times, score each draft, and aggregate.

    A case that fails (bad input, model error) is recorded with its error and the run goes on.
    Drafts come from the cache when the same system has drafted the same input before.
    """
    options = options or RunOptions()
    env = dict(os.environ) if options.env is None else options.env
    started = time.perf_counter()
    cases: list[Case] = []
    for dataset in config.datasets:
        cases.extend(load_cases(dataset, options.limit))
    infos = plan_systems(config, env)
    scorers = config.scorers or list(SCORERS)
    cache_dir = options.cache_dir or config.cache_dir or DEFAULT_RUNS_DIR / "cache"
    cache = DraftCache(cache_dir) if options.use_cache else None

    results: dict[str, CaseResult] = {
        c.key: CaseResult(
            case=CaseInfo(
                id=c.id,
                dataset=c.dataset,
                text=c.text,
                reference=c.reference,
                input_sha256=c.input_sha256,
            )
        )
        for c in cases
    }
    jobs = [
        (case, info, repeat)
        for case in cases
        for info in infos
        if not info.skipped
        for repeat in range(config.repeats)
    ]
    # Model calls share `concurrency` slots; papers being parsed, checked or scored (in the
    # worker processes) do not hold one, so twice as many jobs are in flight.
    slots = asyncio.Semaphore(max(1, options.concurrency))
    done: list[SystemResult | None] = [None] * len(jobs)
    if "rouge" in scorers and any(not i.skipped for i in infos):
        load_rouge()  # before the workers fork: they share the import
    # The workers load the gate's word lists and tables before their first case (`work.warm`,
    # then frozen out of the collector's walks), as a batch's do, while this process builds the
    # drafters (importing the model client, which the workers never use).
    async with Engine(options.workers, warm=work.warm) as engine:
        drafters = make_drafters(infos, config, options, env)
        parsed: dict[str, asyncio.Future[tuple[Source, DesignInfo] | str]] = {}

        async def source_of(case: Case) -> tuple[Source, DesignInfo] | str:
            if case.key not in parsed:  # read once, however many systems draft it
                # in the worker that will check and score the case (Engine.cpu_for)
                parsed[case.key] = asyncio.ensure_future(
                    engine.cpu_for(case.key, work.read_case, case.text, case.key)
                )
            return await parsed[case.key]

        async def draft_case(
            key: str, source: Source, design: DesignInfo, settings: Settings, instance: Drafter
        ) -> Draft:
            if isinstance(instance, OfflineDrafter):  # all CPU: the whole draft in a worker
                return Draft.model_validate_json(
                    await work.draft_offline_on(engine, source, settings, design)
                )

            async def check(source, summary, design, grade):  # type: ignore[no-untyped-def]
                # every check of a case, and its scoring, in one worker: it keeps what it
                # worked out about the paper (Engine.cpu_for)
                return await engine.cpu_for(key, work.check, source, summary, design, grade)

            slotted = SlotDrafter(instance, slots)
            return await adraft(
                source, settings, drafter=slotted, design=design, checker=check, screened=True
            )

        async def one(job: tuple[int, Case, SystemInfo, int], progress: ProgressBar) -> None:
            index, case, info, repeat = job
            t0 = time.perf_counter()
            result = SystemResult(system=info.name, repeat=repeat)
            drafter = drafters[info.name]
            try:
                read = await source_of(case)
                if isinstance(read, str):
                    raise _Recorded(read)
                source, design = read
                if isinstance(drafter, str):
                    raise _Recorded(drafter)
                settings, instance = drafter
                draft = cache.get(info.key, case.input_sha256, repeat) if cache else None
                result.cached = draft is not None
                if draft is not None:
                    draft = rechecked(draft, source)
                if draft is None:
                    draft = await draft_case(case.key, source, design, settings, instance)
                    if cache:
                        await engine.cpu(cache.put, info.key, case.input_sha256, repeat, draft)
                result.draft = draft
                result.scores = await engine.cpu_for(
                    case.key, run_scorers, ScoreInput(case, source, draft), scorers
                )
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # recorded; the run goes on
                result.error = str(exc) if isinstance(exc, _Recorded) else _error_line(exc)
                raw = getattr(exc, "last_raw", None)
                result.raw_answer = raw[:MAX_RAW_CHARS] if isinstance(raw, str) else None
            result.seconds = round(time.perf_counter() - t0, 4)
            progress.advance(f"{info.name}: {case.id}")
            done[index] = result

        with _bar(len(jobs), options.progress) as progress:
            await engine.map(
                [(i, c, info, r) for i, (c, info, r) in enumerate(jobs)],
                lambda job: one(job, progress),
                concurrency=max(1, options.concurrency) * 2,
            )
    for (case, _, _), result in zip(jobs, done, strict=True):
        assert result is not None
        results[case.key].results.append(result)

    log = RunLog(
        run_id=make_run_id(config, options.limit),
        config_path=str(config.path) if config.path else None,
        config=config.model_dump(mode="json"),
        versions=versions(),
        systems=infos,
        scorers=scorers,
        cases=list(results.values()),
        failures=sum(1 for r in done if r is not None and r.error),
    )
    await _judge(log, config, options, env, cache_dir)
    log.aggregates = aggregate(log)
    log.wall_seconds = round(time.perf_counter() - started, 3)
    return log


def judge_plan(
    config: EvalConfig, active: list[str], env: dict[str, str]
) -> tuple[str | None, str | None]:
    """(baseline system, None) when the judge can run, else (None, why it is skipped)."""
    judge = config.judge
    if judge is None:
        return None, None
    if not (
        judge.base_url
        or env.get("OPENAI_API_KEY")
        or env.get("PLAINSUM_API_KEY")
        or env.get("OPENAI_BASE_URL")
        or env.get("PLAINSUM_BASE_URL")
    ):
        return None, "judge skipped: no model endpoint configured (OPENAI_API_KEY or base_url)"
    baseline = judge.baseline or (active[0] if active else None)
    if baseline not in active:
        return None, f"judge skipped: baseline system {baseline!r} did not run"
    if len(active) < 2:
        return None, "judge skipped: it needs at least two systems that ran"
    return baseline, None


async def _judge(
    log: RunLog, config: EvalConfig, options: RunOptions, env: dict[str, str], cache_dir: Path
) -> None:
    baseline, skipped = judge_plan(config, log.active_systems(), env)
    if skipped:
        log.notes.append(skipped)
    if baseline is None or config.judge is None:
        return
    try:
        client = options.judge_factory(judge_settings(config.judge, env))
    except Exception as exc:
        log.notes.append(f"judge skipped: {_error_line(exc)}")
        return
    cache = JudgeCache(cache_dir, config.judge.digest()) if options.use_cache else None
    total = len(judge_jobs(log.cases, baseline))
    with _bar(total, options.progress) as progress:
        outcome = await judge_cases(
            log.cases, config.judge, client, baseline, cache, options.concurrency, progress.advance
        )
    u = outcome.usage
    log.notes.append(
        f"judge {config.judge.model}: {total} comparisons with {baseline} "
        f"({outcome.asked} asked, {total - outcome.asked} cached), {outcome.failed} failed, "
        f"tokens in {u.input_tokens} / out {u.output_tokens}"
    )


class _Recorded(Exception):
    """An error already turned into its one line (bad input, a system that could not start)."""


def run_eval(config: EvalConfig, options: RunOptions | None = None) -> RunLog:
    """Synchronous `arun_eval`."""
    done: list[RunLog] = []

    async def run() -> None:
        done.append(await arun_eval(config, options))

    # The main task returns None, not the log: on its way out asyncio.run restores the SIGINT
    # handler, and Python 3.11's signal module formats that handler (a partial holding the main
    # task) into an error message it then discards, repr()-ing the task's result on the way:
    # the whole log, 2 s of the main process for 1,000 cases.
    asyncio.run(run())
    return done[0]
