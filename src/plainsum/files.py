"""Writing files so that nothing is ever half-written, nothing but a regular file is replaced,
and no name taken from an input (an id, a title) can lead outside the folder chosen for it.

Rules every output path follows (`write_atomic`, and `check_writable` before any work is paid
for):
- the target is a new path or an existing regular file; a folder, device, FIFO or socket there
  is refused;
- a symlink at the target is refused (never written through, never silently replaced): the
  user names the file it points to if that is what they mean;
- an existing file keeps its permission bits (a 0600 file stays 0600); a new one gets the
  usual umask mode;
- a full disk (ENOSPC) or a read-only folder is one clear line, and the temporary file is gone.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

from .errors import OutputError
from .redact import redact

__all__ = ["check_writable", "path_inside", "safe_filename", "write_atomic"]

MAX_NAME_CHARS = 100  # well under the 255 bytes most file systems allow, room for a suffix
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Names Windows reserves in any folder (a batch output copied to a Windows share must still open).
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}  # fmt: skip


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


NOT_REGULAR = "not a regular file"


def special_kind(mode: int) -> str | None:
    """What a path that is not a regular file is, in words ("a folder", "a named pipe (FIFO)",
    "a device", "a socket", else `NOT_REGULAR`); None for a regular file. Reading
    (`ingest.bounded`) and writing (`check_writable`) refuse such paths and say it the same way."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return NOT_REGULAR


def check_writable(path: str | Path) -> os.stat_result | None:
    """Refuse a target that `write_atomic` would refuse, before any work is done for it.

    Returns the existing file's `lstat` (None for a new path). Raises `OutputError` for a missing
    or read-only folder, a symlink, or anything at the path that is not a regular file.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: folder {folder} does not exist")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise OutputError(
                f"cannot write {path}: it is a symlink; plainsum does not write through links",
                hint=f"write to the file it points to ({os.path.realpath(path)})",
            )
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"cannot write {path}: it is {special_kind(info.st_mode)}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {path}: folder {folder} is not writable")
    return info


def _write_error(path: Path, exc: OSError) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError(f"cannot write {path}: the disk is full", hint="free some space")
    if exc.errno == errno.EDQUOT:
        return OutputError(f"cannot write {path}: disk quota exceeded")
    return OutputError(f"cannot write {path}: {exc.strerror or exc}")


# A temporary file: new (never one that exists), never through a link, private until renamed.
_TMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_TMP_FLAGS |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_TMP_TRIES = 100


def _temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new private file beside the target, named `.<name>.<random>.tmp`, opened for writing."""
    for _ in range(_TMP_TRIES):
        tmp = os.path.join(folder, f".{name[:50]}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(tmp, _TMP_FLAGS, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused name for a temporary file", str(folder))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def write_atomic(path: str | Path, text: str, *, scrub: bool = True, durable: bool = True) -> Path:
    """Write `text` to `path` through a temporary file in the same folder and a rename.

    With `scrub` (the default) every known API key, and anything derived from one, is replaced
    first (`redact.redact`): every file plainsum writes passes through here.

    `durable` (the default) flushes the file to the disk before the rename, so even a power cut
    leaves the old file or the new one. A file that can be made again from what is kept
    elsewhere (a batch's page per paper, from its state store) passes `durable=False`: still
    atomic for a killed process, without an fsync per file (a millisecond or more of system
    time each, on the cores the gate needs).

    The temporary file is written with plain system calls on its descriptor (no text-file
    object, no `tempfile` name sequence): a batch writes two pages a paper.
    """
    path = Path(path)
    if scrub:
        text = redact(text)
    if os.linesep != "\n":  # as a text-mode file writes it
        text = text.replace("\n", os.linesep)
    data = text.encode("utf-8")
    existing = check_writable(path)
    folder = path.parent if str(path.parent) else Path(".")
    mode = stat.S_IMODE(existing.st_mode) if existing else _default_mode()
    tmp: str | None = None
    try:
        fd, tmp = _temporary(folder, path.name)
        try:
            _write_all(fd, data)
            if durable:
                os.fsync(fd)
            os.fchmod(fd, mode)  # private until now; keep an existing file's own mode
            if existing is not None and os.geteuid() == 0:
                try:  # root replacing a user's file must not hand it to root
                    os.fchown(fd, existing.st_uid, existing.st_gid)
                except OSError:
                    pass
        finally:
            os.close(fd)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise _write_error(path, exc) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return path


def safe_filename(name: str, *, max_chars: int = MAX_NAME_CHARS) -> str:
    """One file name made from any text (a case id, a title): only letters, digits, `.`, `_`
    and `-`, no leading dot, never `.`/`..`/empty or a reserved device name, at most `max_chars`.

    A name that had to change gets a short hash of the original, so two different inputs (`a/b`
    and `a_b`) never share a file.
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    clean = _UNSAFE.sub("_", text).strip("._-")
    changed = clean != name
    if not clean:
        clean, changed = "item", True
    if clean.split(".")[0].lower() in _RESERVED:
        clean, changed = f"_{clean}", True
    if changed or len(clean) > max_chars:  # the hash only then (a batch names 2 pages a paper)
        suffix = "-" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        clean = clean[: max(1, max_chars - len(suffix))].rstrip("._-") + suffix
    return clean


def path_inside(
    folder: str | Path, name: str, *, suffix: str = "", base: str | None = None
) -> Path:
    """`folder / safe_filename(name) + suffix`, checked to stay inside `folder`. `base` is
    `os.path.realpath(folder)` when the caller has worked it out already (a batch, once a run)."""
    folder = Path(folder)
    if suffix and _UNSAFE.sub("", suffix) != suffix:
        raise ValueError(f"unsafe suffix {suffix!r}")
    leaf = safe_filename(name) + suffix
    path = folder / leaf
    base = os.path.realpath(folder) if base is None else base
    # os.path.realpath(path), without resolving the folder again: a safe name is one plain
    # component (never "." or ".."), so only a link at the name itself leads elsewhere (and
    # the name joined to `base` is inside it)
    full = os.path.join(base, leaf)
    if os.path.islink(full) and os.path.commonpath([base, os.path.realpath(full)]) != base:
        raise OutputError(f"refusing to write {path}: it would be outside {folder}")
    return path
