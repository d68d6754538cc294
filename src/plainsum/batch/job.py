"""One batch run: read every paper, skip what the folder has already drafted, draft the rest on
the engine (model calls on the loop, CPU in the worker processes), and record each result in
the state store before writing its pages and its line of results.jsonl."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..api import adraft
from ..drafters import Drafter
from ..errors import InputError, ModelError, PlainsumError
from ..schemas import Draft, Severity, Usage
from ..settings import Settings
from . import work
from .engine import Engine, SlotDrafter
from .inputs import InputItem, read_inputs
from .keys import draft_spec, paper_key, spec_digest
from .limiter import RateLimiter
from .outputs import Appender, Line, line_for, line_texts, read_approvals, rewrite
from .pages import page_paths, pages_base, pages_exist, write_pages
from .results import BatchResult, BatchStatus, SourceMeta
from .state import StateStore

SWITCH_INTERVAL = 0.001  # seconds a thread may hold the GIL when another wants it
BATCH_MAX_ATTEMPTS = 10  # transport tries per request in a batch, unless configured
FATAL_STATUS = {401, 403, 404}  # every other paper would fail the same way: stop the batch
# Papers' and results' rows are committed together at most this long after the first (one
# commit each: 0.097 against 0.043 ms of CPU a paper); model answers still commit at once.
GROUP_SECONDS = 0.5


@dataclass
class BatchOptions:
    out: Path
    concurrency: int = 8
    rpm: float | None = None
    tpm: float | None = None
    workers: int | None = None  # None: one per core; 0: inline (one process)
    input_format: str | None = None


@dataclass
class BatchTotals:
    """What a run did, for the progress bar and the closing summary."""

    total: int | None = None  # papers in the input (None while still reading)
    done: int = 0
    new: int = 0  # drafted in this run
    reused: int = 0  # found in the folder's state
    duplicates: int = 0  # the same paper again in the input
    counts: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in BatchStatus})
    usage: Usage = field(default_factory=Usage)
    requests: int = 0
    rate_limited: int = 0
    seconds: float = 0.0
    fatal: str | None = None

    def exit_code(self) -> int:
        """0 every paper drafted and passed (or needs review), 1 any failed the gate, 3 any
        could not be drafted."""
        if self.counts[BatchStatus.ERROR] or self.fatal:
            return 3
        return 1 if self.counts[BatchStatus.FAILED] else 0


def status_of(draft: Draft) -> BatchStatus:
    if draft.status is not None:
        return BatchStatus(draft.status.value)
    if not draft.passed:
        return BatchStatus.FAILED
    warned = any(f.severity == Severity.WARNING for f in draft.findings)
    return BatchStatus.NEEDS_REVIEW if warned else BatchStatus.PASSED


def result_of(draft: Draft, key: str) -> BatchResult:
    return BatchResult(
        id="",
        key=key,
        status=status_of(draft),
        summary=draft.summary,
        findings=draft.findings,
        evidence=draft.evidence,
        usage=draft.usage,
        cost_usd=draft.usage.cost_usd,
    )


def error_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:300]
    return text if isinstance(exc, PlainsumError) else f"{type(exc).__name__}: {text}"


class BatchJob:
    """Runs one batch into `options.out`; `on_progress` is called on the loop after each paper."""

    def __init__(
        self,
        paths: list[Path],
        settings: Settings,
        options: BatchOptions,
        on_progress: Callable[[BatchTotals], None] | None = None,
        items: Callable[[], Iterable[InputItem]] | None = None,
    ) -> None:
        """`items`, when given, yields the papers instead of reading `paths` (the Batch API
        collector drafts the papers it recorded when it submitted them)."""
        for path in paths:
            if str(path) != "-" and not path.exists():
                raise InputError(f"{path}: no such file or folder")
        if options.out.exists() and not options.out.is_dir():
            raise InputError(f"--out {options.out} is a file; give a folder")
        if "max_attempts" not in settings.model_fields_set:
            settings = settings.model_copy(update={"max_attempts": BATCH_MAX_ATTEMPTS})
        self.paths, self.settings, self.options = paths, settings, options
        self.source = items or (lambda: read_inputs(self.paths, self.options.input_format))
        self.on_progress = on_progress or (lambda totals: None)
        self.totals = BatchTotals()
        self.limiter = RateLimiter(options.rpm, options.tpm)
        self.spec_hash = spec_digest(draft_spec(settings))
        self._ids: dict[str, str] = {}  # id -> key, this run
        self._keys: dict[str, asyncio.Future[BatchResult]] = {}  # key -> its draft, this run
        self._owners: set[str] = set()  # keys whose usage a line of this run already carries
        self._written: set[str] = set()  # ids with a line in results.jsonl
        self._drafts: dict[str, Draft] = {}  # key -> draft made this run, until paged
        self._made: dict[str, Line] = {}  # id -> its line made this run, for the closing rewrite

    async def run(self) -> BatchTotals:
        # The loop shares the GIL with the reader and the pool's feeder threads: hand it over
        # quickly, so a model answer is not left waiting 5 ms behind a paper being parsed.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        try:
            return await self._run()
        finally:
            sys.setswitchinterval(interval)

    async def _run(self) -> BatchTotals:
        started = time.perf_counter()
        out = self.options.out
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create --out {out}: {exc.strerror}") from exc
        self._pages_base = pages_base(out)  # resolved once a run, not twice a page
        async with Engine(self.options.workers, warm=work.warm) as engine:
            self.engine = engine
            with StateStore(out, group_seconds=GROUP_SECONDS) as store:
                self.store = store
                for paper_id, key in read_approvals(out):
                    store.approve(paper_id, key)
                lines = line_texts(store)
                rewrite(out, lines)
                self._written = {paper_id for paper_id, _ in lines}
                self.approved = store.approved()
                self.drafter = self._make_drafter()
                appender = Appender(out)
                try:
                    await engine.map(
                        self._items(),
                        self._handle,
                        concurrency=self._papers_in_flight(),
                        on_result=lambda item, line: self._record(line, appender),
                    )
                finally:
                    appender.close()
                    closer = getattr(getattr(self.drafter, "inner", None), "aclose", None)
                    if closer is not None:
                        await closer()
                    rewrite(out, line_texts(store, self._made))
        self.totals.seconds = time.perf_counter() - started
        self.totals.requests = self.limiter.stats.requests
        self.totals.rate_limited = self.limiter.stats.rate_limited
        return self.totals

    # -- set-up ---------------------------------------------------------------------------

    def _make_drafter(self) -> Drafter | None:
        if self.settings.resolved_backend() == "offline":
            return None  # offline drafts run whole in the workers
        from ..drafters.openai import OpenAIDrafter

        inner = OpenAIDrafter(self.settings, gate=self.limiter, journal=self.store)
        return SlotDrafter(inner, asyncio.Semaphore(self.options.concurrency))

    def _papers_in_flight(self) -> int:
        if self.drafter is None:  # offline: keep every worker busy, and one more paper queued
            return max(1, self.engine.workers) * 2
        # More papers than model slots, so papers being read or checked do not idle a slot.
        return self.options.concurrency * 2

    async def _items(self) -> AsyncIterator[InputItem]:
        """Inputs read on a thread, so drafting starts with the first paper read."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[InputItem | BaseException | None] = asyncio.Queue()
        stop = threading.Event()

        def post(fn: Callable[..., object], *args: object) -> None:
            if stop.is_set():
                return
            with contextlib.suppress(RuntimeError):  # the loop is gone: the batch has ended
                loop.call_soon_threadsafe(fn, *args)

        def read() -> None:
            count = 0
            try:
                for item in self.source():
                    if stop.is_set():
                        return
                    count += 1
                    post(queue.put_nowait, item)
                    time.sleep(0)  # hand the GIL back to the loop between papers
                post(self._set_total, count)
                post(queue.put_nowait, None)
            except BaseException as exc:  # noqa: BLE001 - handed to the loop, raised there
                post(queue.put_nowait, exc)

        reader = threading.Thread(target=read, name="plainsum-batch-reader", daemon=True)
        reader.start()
        try:
            while (item := await queue.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                if self.totals.fatal:
                    break
                yield item
        finally:
            stop.set()

    def _set_total(self, count: int) -> None:
        self.totals.total = count
        self.on_progress(self.totals)

    # -- one paper ------------------------------------------------------------------------

    async def _handle(self, item: InputItem) -> BatchResult | None:
        if item.source is None:
            key = paper_key(f"unreadable:{item.id}:{item.error}", self.spec_hash)
        else:
            key = paper_key(item.source.sha256, self.spec_hash)
        paper_id = item.id
        if self._ids.get(paper_id) == key:
            self.totals.duplicates += 1
            return None  # the same id and paper twice: one line
        n = 1
        while paper_id in self._ids:  # the same id for another paper: keep both
            n += 1
            paper_id = f"{item.id}-{n}"
        self._ids[paper_id] = key
        self.store.put_paper(paper_id, key, item.meta)
        if key in self._keys:
            self.totals.duplicates += 1
            result = await self._keys[key]
        else:
            future: asyncio.Future[BatchResult] = asyncio.get_running_loop().create_future()
            self._keys[key] = future
            try:
                result = await self._result(item, key)
            except BaseException as exc:
                future.cancel()
                raise exc
            future.set_result(result)
        if result.status != BatchStatus.ERROR:
            self._pages(key, paper_id)
        first = key not in self._owners
        self._owners.add(key)
        line = line_for(result, paper_id, item.meta, self.approved, first=first)
        self._made[paper_id] = Line(key, first, line.approved, line)
        return line

    def _pages(self, key: str, paper_id: str) -> None:
        """Write the paper's pages: always for a draft made in this run, which replaces the
        pages of an earlier draft of a changed paper; for a stored draft only when a page is
        missing. On the loop itself (~0.5 ms a paper, most of it the kernel's): the worker
        processes are kept for the gate, which is what a batch waits on (rendering and writing
        there made batches slower), and a thread saved no CPU, since rendering holds the GIL,
        but cost the loop a hand-over and GIL switches for every paper."""
        out = self.options.out
        paths = page_paths(out, paper_id, self._pages_base)  # worked out once a paper
        draft: Draft | str | None = self._drafts.pop(key, None)
        if draft is None:
            if pages_exist(out, paper_id, paths):
                return
            draft = self.store.draft_json(key)
            if not draft:
                return
        write_pages(out, paper_id, draft, paths)

    async def _result(self, item: InputItem, key: str) -> BatchResult:
        """The stored result for `key`, or a new draft recorded in the store."""
        done = self.store.done(key)
        if done is not None:
            self.totals.reused += 1
            return done
        self.totals.new += 1
        draft_json: str | None = None
        try:
            if item.source is None:
                raise InputError(item.error or "unreadable input")
            draft, draft_json = await self._draft(item, key)
            self._drafts[key] = draft  # for its pages, without reading it back
            result = result_of(draft, key)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # recorded with its reason; the batch goes on
            usage = getattr(exc, "usage", None)
            usage = usage if isinstance(usage, Usage) else Usage()
            result = BatchResult(
                id="",
                key=key,
                status=BatchStatus.ERROR,
                error=error_line(exc),
                usage=usage,
                cost_usd=usage.cost_usd,
            )
            if isinstance(exc, ModelError) and exc.status in FATAL_STATUS:
                self.totals.fatal = error_line(exc)
        self.store.put_result(result, draft_json)
        self.totals.usage = self.totals.usage + result.usage
        return result

    async def _draft(self, item: InputItem, key: str) -> tuple[Draft, str]:
        """The draft, and its JSON for the store. Every check of one paper (a draft and its
        repairs) runs in the same worker process, which keeps what it worked out about the
        paper (`Engine.cpu_for`)."""
        assert item.source is not None
        if self.drafter is None:  # all CPU: the whole draft in a worker, back as JSON
            json_text = await work.draft_offline_on(self.engine, item.source, self.settings)
            return Draft.model_validate_json(json_text), json_text
        design = await self.engine.cpu_for(key, work.prepare, item.source)

        async def check(source, summary, design, grade):  # type: ignore[no-untyped-def]
            return await self.engine.cpu_for(key, work.check, source, summary, design, grade)

        draft = await adraft(
            item.source,
            self.settings,
            drafter=self.drafter,
            design=design,
            checker=check,
            screened=True,
        )
        return draft, draft.model_dump_json()

    def _record(self, line: BatchResult | None, appender: Appender) -> None:
        self.totals.done += 1
        if line is not None:
            if line.id not in self._written:
                appender.append(self._made[line.id].text())
                self._written.add(line.id)
            self.totals.counts[line.status.value] += 1
        self.totals.requests = self.limiter.stats.requests
        self.totals.rate_limited = self.limiter.stats.rate_limited
        self.on_progress(self.totals)


def run_batch(
    paths: list[Path],
    settings: Settings,
    options: BatchOptions,
    on_progress: Callable[[BatchTotals], None] | None = None,
) -> BatchTotals:
    """Run a batch to the end (synchronous)."""
    return asyncio.run(BatchJob(paths, settings, options, on_progress).run())


__all__ = ["BatchJob", "BatchOptions", "BatchTotals", "SourceMeta", "run_batch"]
