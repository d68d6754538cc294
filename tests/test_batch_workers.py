"""The batch engine's worker processes (plainsum.batch.workers): calls and results over pipes,
errors raised where the call was made, a dead worker reported, not waited on forever; what is
alive when the work starts is kept out of the garbage collector's walks (gc.freeze)."""

from __future__ import annotations

import asyncio
import gc
import os
import threading

import pytest

from plainsum.batch.engine import Engine, frozen_for_fork
from plainsum.batch.workers import GC_THRESHOLDS
from plainsum.errors import PlainsumError


class Refused(ValueError):
    pass


def refuse(reason: str) -> None:
    raise Refused(reason)


def die() -> None:
    os._exit(3)


def unpicklable() -> object:
    return threading.Lock()


def echo_length(text: str) -> tuple[int, int]:
    return len(text), os.getpid()


def test_an_exception_in_a_worker_is_raised_to_the_caller():
    async def run() -> None:
        async with Engine(workers=1) as engine:
            with pytest.raises(Refused, match="not research"):
                await engine.cpu(refuse, "not research")
            assert (await engine.cpu(echo_length, "abc"))[0] == 3  # the worker goes on

    asyncio.run(run())


def test_a_worker_that_dies_fails_its_call_and_every_later_one():
    async def run() -> None:
        async with Engine(workers=1) as engine:
            with pytest.raises(PlainsumError, match="worker process died"):
                await asyncio.wait_for(engine.cpu(die), timeout=30)
            with pytest.raises(PlainsumError, match="worker process died"):
                await asyncio.wait_for(engine.cpu(echo_length, "x"), timeout=30)

    asyncio.run(run())


def test_an_answer_that_does_not_pickle_is_an_error_not_a_hang():
    async def run() -> None:
        async with Engine(workers=1) as engine:
            with pytest.raises(PlainsumError, match="could not be sent back"):
                await asyncio.wait_for(engine.cpu(unpicklable), timeout=30)

    asyncio.run(run())


def test_calls_larger_than_a_pipe_holds_go_through_while_others_wait():
    big = "x" * 3_000_000  # far more than a pipe's buffer: written as the worker reads

    async def run() -> list[tuple[int, int]]:
        async with Engine(workers=2) as engine:
            return await asyncio.gather(
                *(engine.cpu(echo_length, big[: n * 1000]) for n in (3000, 1, 2000, 5))
            )

    answers = asyncio.run(run())
    assert [n for n, _ in answers] == [3_000_000, 1000, 2_000_000, 5000]
    assert os.getpid() not in {pid for _, pid in answers}


def test_closing_the_engine_stops_its_worker_processes():
    async def run() -> list[int]:
        engine = Engine(workers=2)
        async with engine:
            pids = [await engine.cpu_for(k, os.getpid) for k in "ab"]
        return pids

    for pid in asyncio.run(run()):
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # already reaped: the process has ended


def warm_up() -> None:
    """A warm-up that leaves a long-lived object behind, as loading word lists does."""
    global LOADED
    LOADED = [{"word": i} for i in range(100)]


LOADED: list[dict[str, int]] = []


@pytest.mark.parametrize("warm", [warm_up, None], ids=["warmed", "no warm-up"])
def test_a_worker_freezes_what_it_holds_before_its_first_call(warm):
    async def run() -> int:
        async with Engine(workers=1, warm=warm) as engine:
            return await engine.cpu(gc.get_freeze_count)

    assert asyncio.run(run()) > 0


def test_a_worker_collects_garbage_at_the_batch_thresholds():
    async def run() -> tuple[int, int, int]:
        async with Engine(workers=1, warm=warm_up) as engine:
            return await engine.cpu(gc.get_threshold)

    assert asyncio.run(run()) == GC_THRESHOLDS
    assert GC_THRESHOLDS[0] > gc.get_threshold()[0]  # fewer collections than Python's default


def test_the_parent_gets_its_heap_back_after_forking_the_workers():
    before = gc.get_freeze_count()
    frozen: list[int] = []

    async def run() -> None:
        async with Engine(workers=1) as engine:
            frozen.append(gc.get_freeze_count())
            await engine.cpu(os.getpid)

    asyncio.run(run())
    assert before == 0 and frozen == [0] and gc.get_freeze_count() == 0


def test_forking_leaves_a_heap_frozen_by_someone_else_as_it_was():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with frozen_for_fork():
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    with frozen_for_fork():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("workers", [0, 1])
def test_map_freezes_the_objects_alive_at_its_start_and_hands_them_back(workers):
    before = gc.get_freeze_count()
    thresholds = gc.get_threshold()
    seen: list[int] = []
    during: list[tuple[int, int, int]] = []

    async def handle(item: int) -> int:
        seen.append(gc.get_freeze_count())
        during.append(gc.get_threshold())
        await asyncio.sleep(0)
        return item * 2

    async def run() -> tuple[int, list[int]]:
        results: list[int] = []
        async with Engine(workers=workers) as engine:
            count = await engine.map(
                range(5), handle, concurrency=2, on_result=lambda i, r: results.append(r)
            )
        return count, sorted(results)

    assert asyncio.run(run()) == (5, [0, 2, 4, 6, 8])
    assert seen and min(seen) > before
    assert gc.get_freeze_count() == before
    assert set(during) == {GC_THRESHOLDS}
    assert gc.get_threshold() == thresholds


def test_map_hands_the_frozen_objects_back_when_a_paper_fails():
    before = gc.get_freeze_count()

    async def handle(item: int) -> int:
        raise Refused(f"paper {item}")

    async def run() -> None:
        async with Engine(workers=0) as engine:
            await engine.map(range(3), handle, concurrency=2)

    thresholds = gc.get_threshold()
    with pytest.raises(Refused):
        asyncio.run(run())
    assert gc.get_freeze_count() == before
    assert gc.get_threshold() == thresholds
