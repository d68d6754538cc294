"""The batch engine `plainsum batch` and `plainsum eval` share: one event loop for model calls,
with bounded concurrency, and worker processes for CPU work (parsing, the gate, the offline
drafter, scoring), so that CPU never stalls the loop while hundreds of requests wait on it.

    async with Engine(workers=2) as engine:
        design = await engine.cpu_for(paper_key, prepare, source)
        gate = await engine.cpu_for(paper_key, check, source, summary, design, grade)
        results = await engine.map(items, handle, concurrency=16)

Each worker process (`workers.WorkerProcess`, spoken to over two pipes from the loop, with no
threads in the parent) takes calls in order, and all the CPU work of one paper (`cpu_for` with
the paper's key: screening, the gate on every attempt, scoring) runs in the same process, where
what the first call worked out about the paper (its sentences, evidence index, numbers: the
lru caches of evidence.py and the checks) is still there for the next: a repair's re-check costs
about half a cold one. A paper's first call goes to the least busy worker.

`workers=0` runs CPU work inline on the loop (one process), for tests and comparisons.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterable, Iterator
from typing import Any, TypeVar

from ..drafters import Drafter, DrafterResult, DraftRequest
from ..schemas import Finding
from .workers import GC_THRESHOLDS, WorkerProcess, context

T = TypeVar("T")
R = TypeVar("R")

AFFINITY_KEYS = 4096  # papers whose worker is remembered (far more than are ever in flight)


WORKERS_ENV = "PLAINSUM_WORKERS"


def default_workers() -> int:
    """PLAINSUM_WORKERS if set (0: inline), else one worker per core the process may use."""
    if os.environ.get(WORKERS_ENV, "").strip().isdigit():
        return int(os.environ[WORKERS_ENV])
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class Engine:
    """Worker processes for CPU work plus helpers to run many async jobs at bounded
    concurrency."""

    def __init__(
        self, workers: int | None = None, *, warm: Callable[[], object] | None = None
    ) -> None:
        self.workers = default_workers() if workers is None else max(0, workers)
        self._warm = warm
        self._procs: list[WorkerProcess] = []
        self._busy: list[int] = []  # calls in flight per worker
        self._home: OrderedDict[Hashable, int] = OrderedDict()  # key -> its worker
        self._next = 0  # where a tie between idle workers goes next (round robin)

    async def __aenter__(self) -> Engine:
        self.start()
        for proc in self._procs:
            await proc.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def start(self) -> None:
        """Start the workers now. Forked workers share what the parent has imported and loaded:
        the parent runs `warm` once (on a thread of its own, so the running loop is not in its
        way) before forking them, instead of each worker running it, and the patterns and facts
        it works out reach the regex cache file, which only the parent writes (a forked worker
        never runs `atexit`). Workers started afresh (no fork) each run `warm` themselves."""
        if self.workers == 0 or self._procs:
            return
        mp_context = context()
        warm = self._warm
        if warm is not None and mp_context.get_start_method() == "fork":
            warm_here(warm)
            warm = None
        with frozen_for_fork():
            self._procs = [WorkerProcess(mp_context, warm) for _ in range(self.workers)]
        self._busy = [0] * self.workers

    async def aclose(self) -> None:
        """Let each worker finish the calls it has, then stop it."""
        procs, self._procs = self._procs, []
        await asyncio.gather(*(proc.close() for proc in procs), return_exceptions=True)

    async def cpu(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> R:
        """Run `fn(*args, **kwargs)` in the least busy worker process (inline when there are
        none).

        Arguments and results cross a process boundary: they must pickle."""
        return await self._run(None, fn, args, kwargs)

    async def cpu_for(self, key: Hashable, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> R:
        """`cpu`, in the worker that ran the earlier calls for `key` (a paper's key), so that
        what they cached about the paper is found again."""
        return await self._run(key, fn, args, kwargs)

    def _worker_for(self, key: Hashable | None) -> int:
        if key is not None and key in self._home:
            self._home.move_to_end(key)
            return self._home[key]
        n = len(self._procs)
        least = min(self._busy)
        index = next(i % n for i in range(self._next, self._next + n) if self._busy[i % n] == least)
        self._next = (index + 1) % n
        if key is not None:
            self._home[key] = index
            if len(self._home) > AFFINITY_KEYS:
                self._home.popitem(last=False)
        return index

    async def _run(
        self, key: Hashable | None, fn: Callable[..., R], args: tuple[Any, ...], kwargs: Any
    ) -> R:
        if not self._procs:
            return fn(*args, **kwargs)
        index = self._worker_for(key)
        self._busy[index] += 1
        try:
            result: R = await self._procs[index].call(fn, args, kwargs)
            return result
        finally:
            self._busy[index] -= 1

    async def map(
        self,
        items: Iterable[T] | AsyncIterator[T],
        handle: Callable[[T], Awaitable[R]],
        *,
        concurrency: int,
        on_result: Callable[[T, R], None] | None = None,
    ) -> int:
        """Run `handle` on every item, at most `concurrency` at once, in a fixed set of tasks
        pulling from the input (which may be a live async iterator). `on_result` is called on
        the loop as each finishes. Returns how many items were handled."""
        source = _aiter(items)
        lock = asyncio.Lock()
        count = 0

        async def next_item() -> tuple[bool, T | None]:
            async with lock:
                try:
                    return True, await anext(source)
                except StopAsyncIteration:
                    return False, None

        async def worker() -> None:
            nonlocal count
            while True:
                more, item = await next_item()
                if not more:
                    return
                result = await handle(item)  # type: ignore[arg-type]
                count += 1
                if on_result is not None:
                    on_result(item, result)  # type: ignore[arg-type]

        with long_lived():
            tasks = [asyncio.create_task(worker()) for _ in range(max(1, concurrency))]
            try:
                await asyncio.gather(*tasks)
            finally:
                for task in tasks:
                    task.cancel()
        return count


_warmed: set[Callable[[], object]] = set()


def warm_here(warm: Callable[[], object]) -> None:
    """`warm()` in this process, once, on a thread (no loop of the caller's is running there);
    a failed warm-up only costs the first call."""
    if warm in _warmed:
        return
    _warmed.add(warm)
    thread = threading.Thread(target=_quietly, args=(warm,), name="plainsum-warm")
    thread.start()
    thread.join()


def _quietly(warm: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):
        warm()


@contextlib.contextmanager
def frozen_for_fork() -> Iterator[None]:
    """The parent's heap frozen while workers are forked, and handed back after: a forked
    worker freezes what it inherited before its first call (`workers.serve`), and finding it
    already frozen it skips a full collection that walked every object (45 ms a worker) and
    copied the memory it shares with the parent. Only when nothing is frozen yet, so that
    `unfreeze` hands back nothing but what this froze."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """The objects alive on entry (modules, the drafter, its client, the state store) are kept
    out of the garbage collector's reach until exit: a batch makes garbage at every paper, and
    each full collection would otherwise walk them all again. They are handed back on exit, and
    so are the collector's thresholds, which are the batch's (`GC_THRESHOLDS`) until then."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


class SlotDrafter:
    """A drafter whose calls each hold one of a shared semaphore's slots: the bounded
    concurrency of model calls, whatever else (reading, checking) the papers are waiting on."""

    def __init__(self, inner: Drafter, slots: asyncio.Semaphore) -> None:
        self.inner = inner
        self.name, self.model, self.prompt_version = inner.name, inner.model, inner.prompt_version
        self.rewords: bool = getattr(inner, "rewords", True)  # api._rewords reads it
        self._slots = slots

    async def draft(self, request: DraftRequest) -> DrafterResult:
        async with self._slots:
            return await self.inner.draft(request)

    async def repair(
        self, request: DraftRequest, previous: DrafterResult, findings: list[Finding]
    ) -> DrafterResult:
        async with self._slots:
            return await self.inner.repair(request, previous, findings)


async def _aiter(items: Iterable[T] | AsyncIterator[T]) -> AsyncIterator[T]:
    if hasattr(items, "__anext__"):
        async for item in items:  # type: ignore[union-attr]
            yield item
    else:
        for item in items:  # type: ignore[union-attr]
            yield item
