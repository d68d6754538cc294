"""Reading bytes with a limit: every file, stdin, dataset and config plainsum reads goes through
`read_bytes` (or `BoundedInput` when the format decides the limit after a first look).

The size a file reports is never trusted (/dev/zero and FIFOs report 0): reading stops one byte
past the limit. Only regular files are read by path; special files get a one-line reason, and
stdin ("-") takes whatever the shell connects to it, within the same limit.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..files import NOT_REGULAR, special_kind

MAX_TEXT_BYTES = 2_000_000  # one paper as text: a long full-text paper is ~150 kB
MAX_FILE_BYTES = 100_000_000  # a collection (PubMed export, JSONL, MEDLINE) or a PDF
MAX_FEED_BYTES = 20_000_000  # a journal's feed is well under 1 MB
HEAD_BYTES = 65_536  # what format sniffing looks at
_CHUNK = 1 << 20


def describe_special(mode: int) -> str | None:
    """Why a file of this mode is not read by path, and what to give instead (None for a
    regular file)."""
    kind = special_kind(mode)
    if kind is None:
        return None
    reason = f"is {kind}"
    if kind != NOT_REGULAR and not stat.S_ISDIR(mode):
        reason += f", {NOT_REGULAR}"
    if stat.S_ISFIFO(mode):
        reason += "; pipe it to stdin with - instead"
    elif stat.S_ISDIR(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        reason += "; give a file (or - for stdin)"
    return reason


def stat_path(path: Path) -> os.stat_result:
    """`os.stat` with one-line messages for a missing path, a symlink loop and no permission."""
    try:
        return path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{path}: symbolic link loop (too many levels of links)") from None
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            if path.is_symlink():
                raise InputError(f"{path}: broken symbolic link (its target is missing)") from None
            raise InputError(f"{path}: no such file") from None
        if exc.errno == errno.ENAMETOOLONG:
            raise InputError(f"{str(path)[:80]}...: file name too long") from None
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def too_large(name: str, limit: int, what: str) -> InputError:
    return InputError(
        f"{name} is more than {limit:,} bytes; plainsum reads {what} up to {limit:,} bytes"
    )


class BoundedInput:
    """An open input (a regular file or stdin) that is never read past a limit."""

    def __init__(self, path: str | Path) -> None:
        self.is_stdin = str(path) == "-"
        self.name = "stdin" if self.is_stdin else str(path)
        self.path = None if self.is_stdin else Path(path)
        self._stream: BinaryIO
        self._owned = False
        if self.path is None:
            self._stream = sys.stdin.buffer
            self.size_hint: int | None = None
            return
        reason = describe_special(stat_path(self.path).st_mode)
        if reason:
            raise InputError(f"{self.path} {reason}")
        try:
            # O_NONBLOCK: if a FIFO was swapped in after the stat, opening it does not hang.
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        except OSError as exc:
            raise InputError(f"{self.path}: cannot read ({exc.strerror})") from None
        st = os.fstat(fd)
        reason = describe_special(st.st_mode)
        if reason:
            os.close(fd)
            raise InputError(f"{self.path} {reason}")
        os.set_blocking(fd, True)
        self._stream = os.fdopen(fd, "rb")
        self._owned = True
        self.size_hint = st.st_size

    def __enter__(self) -> BoundedInput:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self._stream.close()
            self._owned = False

    def _read(self, n: int) -> bytes:
        try:
            return self._stream.read(n)
        except OSError as exc:
            raise InputError(f"{self.name}: cannot read ({exc.strerror or exc})") from None

    def read_head(self, n: int = HEAD_BYTES) -> bytes:
        """Up to `n` first bytes (fewer only at the end of the input)."""
        chunks: list[bytes] = []
        got = 0
        while got < n:
            chunk = self._read(n - got)
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def read_rest(self, head: bytes, limit: int, what: str = "files") -> bytes:
        """`head` plus the rest of the input, or a one-line error once it passes `limit`."""
        if len(head) > limit or (self.size_hint or 0) > limit:
            raise too_large(self.name, limit, what)
        chunks = [head]
        total = len(head)
        while True:
            chunk = self._read(min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise too_large(self.name, limit, what)
        return b"".join(chunks)


def read_bytes(path: str | Path, limit: int = MAX_TEXT_BYTES, what: str = "files") -> bytes:
    """Every byte of a regular file (or of stdin for "-"), refusing more than `limit` bytes.

    Raises `InputError` with one line for a missing path, a symlink loop, a folder, a FIFO, a
    device, a socket, no permission, or an input longer than `limit`.
    """
    with BoundedInput(path) as source:
        return source.read_rest(b"", limit, what)


def read_text(path: str | Path, limit: int = MAX_TEXT_BYTES, what: str = "files") -> str:
    """`read_bytes` decoded as UTF-8 (a BOM of UTF-8/16/32 is honoured); one line if it is not."""
    data = read_bytes(path, limit, what)
    name = "stdin" if str(path) == "-" else str(path)
    text = decode_bom(data, name)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not UTF-8 text (byte {exc.start:,})") from None
    return text


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when `data` starts with a Unicode byte order mark."""
    for bom, encoding in _BOMS:  # UTF-32 LE first: its BOM starts with UTF-16 LE's
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def decode_bom(data: bytes, name: str = "input") -> str | None:
    """The text of `data` when it starts with a BOM (None without one); one line if it is bad."""
    found = bom_encoding(data)
    if found is None:
        return None
    encoding, skip = found
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{name} starts with a {encoding.upper()} mark but is not") from None
