"""The batch engine `plainsum batch` and `plainsum eval` share: one event loop for model calls,
with bounded concurrency, and a process pool for CPU work (parsing, the gate, the offline
drafter, scoring), so that CPU never stalls the loop while hundreds of requests wait on it.

    async with Engine(workers=2) as engine:
        findings = await engine.cpu(run_checks, source, summary, design)
        results = await engine.map(items, handle, concurrency=16)

`workers=0` runs CPU work inline on the loop (one process), for tests and comparisons.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import functools
import multiprocessing
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from ..drafters import Drafter, DrafterResult, DraftRequest
from ..errors import PlainsumError
from ..schemas import Finding

T = TypeVar("T")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1


WORKERS_ENV = "PLAINSUM_WORKERS"


def default_workers() -> int:
    """PLAINSUM_WORKERS if set (0: inline), else one worker per core the process may use."""
    if os.environ.get(WORKERS_ENV, "").strip().isdigit():
        return int(os.environ[WORKERS_ENV])
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _init_worker() -> None:
    """A worker ignores Ctrl-C (the parent decides) and dies with its parent, even on SIGKILL."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)


def _warm(prepare: Callable[[], object] | None) -> int:
    if prepare is not None:
        prepare()
    return os.getpid()


class Engine:
    """A process pool for CPU work plus helpers to run many async jobs at bounded concurrency."""

    def __init__(
        self, workers: int | None = None, *, warm: Callable[[], object] | None = None
    ) -> None:
        self.workers = default_workers() if workers is None else max(0, workers)
        self._warm = warm
        self._pool: ProcessPoolExecutor | None = None
        self._warming: list[asyncio.Future[Any]] = []

    async def __aenter__(self) -> Engine:
        self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def start(self) -> None:
        """Start the workers now (forked, so they share what the parent has imported) and let
        them load their data while the parent reads its inputs."""
        if self.workers == 0 or self._pool is not None:
            return
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(method),
            initializer=_init_worker,
        )
        loop = asyncio.get_running_loop()
        self._warming = [
            loop.run_in_executor(self._pool, _warm, self._warm) for _ in range(self.workers)
        ]

    async def aclose(self) -> None:
        if self._warming:
            await asyncio.gather(*self._warming, return_exceptions=True)
            self._warming = []
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    async def cpu(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> R:
        """Run `fn(*args, **kwargs)` in a worker process (inline when there are none).

        Arguments and results cross a process boundary: they must pickle."""
        if self._pool is None:
            return fn(*args, **kwargs)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._pool, functools.partial(fn, *args, **kwargs))
        except BrokenProcessPool as exc:
            raise PlainsumError(
                "a worker process died (out of memory?); rerun to continue where it stopped"
            ) from exc

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

        tasks = [asyncio.create_task(worker()) for _ in range(max(1, concurrency))]
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
        return count


class SlotDrafter:
    """A drafter whose calls each hold one of a shared semaphore's slots: the bounded
    concurrency of model calls, whatever else (reading, checking) the papers are waiting on."""

    def __init__(self, inner: Drafter, slots: asyncio.Semaphore) -> None:
        self.inner = inner
        self.name, self.model, self.prompt_version = inner.name, inner.model, inner.prompt_version
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
