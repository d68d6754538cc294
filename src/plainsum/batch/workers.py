"""One worker process of the batch engine, spoken to over two pipes from the event loop.

The loop writes a call (`fn`, its arguments, a call number) down one pipe and reads the result
from the other through asyncio's own pipe transports: no threads in the parent. A
`ProcessPoolExecutor` per worker, as the engine had before, runs two threads per pool (a
manager and a queue feeder) that pass every call and result along and take the GIL from the
loop each time: about 1.3 ms of the parent's CPU a paper in a batch (two calls a paper), where
the pipes cost the loop a few hundredths of a millisecond a call.

Messages are `multiprocessing.connection` frames (a 4-byte big-endian length, then a pickle), so
the worker reads and writes them with a blocking `Connection`. A worker that dies (out of
memory, killed) closes its result pipe: every call waiting on it fails with a `PlainsumError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import multiprocessing
import os
import pickle
import signal
import struct
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from ..errors import PlainsumError

_PR_SET_PDEATHSIG = 1
_HEADER = struct.Struct("!i")  # multiprocessing.connection's frame header for under 2 GiB
_LONG = struct.Struct("!Q")  # after a header of -1: the length of a larger frame
_STOP = b""  # an empty frame: the worker returns
DIED = "a worker process died (out of memory?); rerun to continue where it stopped"
# The collector's thresholds while a batch runs (Python's: 700, 10, 10). A paper's work keeps
# much of what it makes (the caches of its sentences, words and answers), so with the default
# a collection runs every 700 new objects and the older generations, walked again and again,
# cost a worker 0.5 ms of CPU a paper and the loop 0.25 ms. Every young object a collection
# finds alive costs it about half a microsecond, and most of a worker's are cache entries that
# a later paper's entries push out: collected every 200,000 new objects rather than 50,000,
# most of them are gone before a collection walks them (a worker's collections over 500
# papers: 7 taking 0.55 ms a paper -> 1 taking 0.13 ms), for at most a few MB of garbage
# cycles waiting longer (about 50 objects a paper). Only the timing of collections changes.
GC_THRESHOLDS = (200_000, 20, 20)


def _init_worker() -> None:
    """A worker ignores Ctrl-C (the parent decides) and dies with its parent, even on SIGKILL."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)


def _answer(call: int, fn: Callable[..., Any], args: Any, kwargs: Any) -> bytes:
    """The pickled (call, ok, value) of one call: its result, or the exception it raised (or a
    PlainsumError naming one that does not pickle)."""
    try:
        reply: tuple[int, bool, Any] = (call, True, fn(*args, **kwargs))
    except BaseException as exc:  # noqa: BLE001 - raised again in the parent
        reply = (call, False, exc)
    try:
        return pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - an answer that does not pickle
        error = PlainsumError(f"a worker's answer could not be sent back: {exc!r}")
        return pickle.dumps((call, False, error), protocol=pickle.HIGHEST_PROTOCOL)


def serve(calls: Connection, results: Connection, warm: Callable[[], object] | None) -> None:
    """A worker process's life: warm up, then answer calls in order until an empty frame or
    the end of the pipe."""
    _init_worker()
    if warm is not None:
        with contextlib.suppress(Exception):  # a failed warm-up only costs the first call
            warm()
    # What is alive now (the modules, word lists and tables the warm-up loaded) lives as long
    # as the worker: out of the collector's reach, its full collections no longer walk it.
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    while True:
        try:
            frame = calls.recv_bytes()
        except (EOFError, OSError):
            return
        if frame == _STOP:
            return
        call, fn, args, kwargs = pickle.loads(frame)
        results.send_bytes(_answer(call, fn, args, kwargs))


def frame(payload: bytes) -> bytes:
    """`payload` framed as `Connection.recv_bytes` reads it."""
    if len(payload) < 0x7FFFFFFF:
        return _HEADER.pack(len(payload)) + payload
    return _HEADER.pack(-1) + _LONG.pack(len(payload)) + payload


class WorkerProcess:
    """A worker process and the loop's ends of its pipes."""

    def __init__(self, context: Any, warm: Callable[[], object] | None) -> None:
        calls_in, self._calls = context.Pipe(duplex=False)
        self._results, results_out = context.Pipe(duplex=False)
        self.process = context.Process(
            target=serve, args=(calls_in, results_out, warm), daemon=True
        )
        self.process.start()
        calls_in.close()  # the worker holds these ends now: its death ends the result pipe
        results_out.close()
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._next = 0
        self._writer: asyncio.WriteTransport | None = None
        self._reader: asyncio.ReadTransport | None = None
        self._reading: asyncio.Task[None] | None = None
        self.dead = False

    async def connect(self) -> None:
        """Attach the pipes to the running loop."""
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(limit=2**31)
        self._reader, _ = await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader), self._results
        )
        self._writer, _ = await loop.connect_write_pipe(asyncio.Protocol, self._calls)
        self._reading = asyncio.create_task(self._read(reader))

    async def call(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: Any) -> Any:
        """`fn(*args, **kwargs)` in the worker: its result, or the exception it raised."""
        if self.dead or self._writer is None or self._writer.is_closing():
            raise PlainsumError(DIED)
        self._next += 1
        call = self._next
        message = pickle.dumps((call, fn, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[call] = future
        self._writer.write(frame(message))
        try:
            return await future
        finally:
            self._pending.pop(call, None)

    async def _read(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                (size,) = _HEADER.unpack(await reader.readexactly(_HEADER.size))
                if size == -1:
                    (size,) = _LONG.unpack(await reader.readexactly(_LONG.size))
                payload = await reader.readexactly(size)
                try:
                    call, ok, value = pickle.loads(payload)
                except Exception as exc:  # noqa: BLE001 - an exception that does not unpickle
                    self._fail_all(PlainsumError(f"a worker's answer could not be read: {exc!r}"))
                    continue
                future = self._pending.get(call)
                if future is None or future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            self.dead = True
            self._fail_all(PlainsumError(DIED))

    def _fail_all(self, error: BaseException) -> None:
        for future in self._pending.values():
            if not future.done():
                future.set_exception(error)

    async def close(self, timeout: float = 10.0) -> None:
        """Ask the worker to stop after the calls it has, wait for it (then kill it), and
        release the pipes."""
        if self._writer is not None and not self._writer.is_closing():
            with contextlib.suppress(Exception):
                self._writer.write(frame(_STOP))
                self._writer.close()
        loop = asyncio.get_running_loop()
        if self.process.is_alive():
            await loop.run_in_executor(None, self.process.join, timeout)
        if self.process.is_alive():
            self.process.kill()
            await loop.run_in_executor(None, self.process.join, timeout)
        if self._reading is not None:
            self._reading.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reading
        if self._reader is not None:
            self._reader.close()
        for end in (self._calls, self._results):
            with contextlib.suppress(OSError):
                end.close()


def context() -> Any:
    """Forked workers where the platform can fork (they share what the parent has imported)."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)
