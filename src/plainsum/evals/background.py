"""Write one file in a forked child while the parent goes on with other work.

An eval ends by writing two large files, each scrubbed of key material as a whole
(`files.write_atomic`): the 30 MB log of 1,000 cases takes about 1.4 s, the report about as
long to render and write. They do not depend on each other, and the workers have stopped by
then, so the log is written by a forked child (which shares the text without a copy) while the
parent renders the report. A child that fails leaves the file to the parent, which writes it
itself and raises what `write_atomic` raises: the outcome is the same as writing in order.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from ..files import write_atomic

# Seconds the parent waits for the child's word (a 30 MB log takes about 1.4 s to write).
CHILD_TIMEOUT = 120.0


def _child(done: Connection, path: Path, text: str) -> None:
    try:
        write_atomic(path, text)
    except BaseException:  # noqa: BLE001 - the parent writes it again and raises
        done.send(False)
        return
    done.send(True)


def write_in_background(
    path: Path, text: str, timeout: float = CHILD_TIMEOUT
) -> Callable[[], Path]:
    """Start writing `text` to `path` (as `write_atomic` does); returns the function that
    waits for the write to finish (or does it in this process when the child could not, or
    did not answer within `timeout` seconds)."""
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - not POSIX
        write_atomic(path, text)
        return lambda: path
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, path, text), daemon=True)
    child.start()
    send.close()

    def wait() -> Path:
        try:
            # a child that never answers (a lock another thread held at the fork) is stopped
            # and the parent writes the file: the eval never hangs on it
            written = bool(receive.poll(timeout) and receive.recv())
        except EOFError:  # the child died without a word
            written = False
        finally:
            receive.close()
            if child.is_alive() and not written:
                child.kill()
            child.join()
        if not written:
            write_atomic(path, text)
        return path

    return wait


__all__ = ["write_in_background"]
