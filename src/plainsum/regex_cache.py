"""Compiled regular expressions kept between runs of the `plainsum` command.

Importing the gate and the offline drafter compiles several hundred patterns (the glossary is
one pattern of some 6,000 terms), and Python's `re` parses and compiles each one in pure Python
in every new process: about a third of a cold `plainsum draft`. The command (`cli.console`,
never the library on its own) installs this cache first. A pattern compiled while a module is
being imported, or inside `recording()`, is stored as the program CPython's regex engine runs
(what `re._compiler.compile` hands to `_sre.compile`) in
`$XDG_CACHE_HOME/plainsum/regex-<python>.bin`; the next process builds the same `Pattern` from
it without parsing anything. Patterns made at run time from the input (a paper's own
abbreviations) are compiled as usual and never stored.

Results are identical by construction: an entry is this interpreter's own compiler output for
that exact pattern text and flags, the file is keyed by the interpreter's version and the
regex engine's MAGIC number, and a new entry is stored only when the pattern built from it
equals the one `re` compiles itself (`Pattern.__eq__` compares the compiled code). Anything
unexpected (another Python implementation, an unreadable or damaged file, a folder that cannot
be written) leaves `re` as it was or compiles as usual. `PLAINSUM_REGEX_CACHE=0` turns it off.

The same file keeps what plainsum works out from a pattern's text before searching with it
(`derived`): a case-insensitive pattern's case-sensitive twin (`word_start.caseless_twin`),
its word-start variant (`word_start.variant`) and the strings every match holds
(`prefilter`). Each is a pure function of the pattern's text and flags, parses the pattern
in pure Python, and was a third of a `plainsum draft`'s CPU (0.44 of 1.29 s), done again by
every process; a batch worker did it all in its warm-up. A fact is kept only with the
interpreter's stamp and a digest of the modules that work facts out (`_FACT_CODE`): any change
to their code starts the file afresh.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "ENV",
    "CachedCompiler",
    "cache_path",
    "derived",
    "install",
    "installed",
    "recording",
]

ENV = "PLAINSUM_REGEX_CACHE"
MAX_ENTRIES = 5000  # the gate and drafter need under 1,000; the rest is room for other commands
MAX_FACTS = 5000  # three kinds of fact for each of the ~1,000 patterns the gate and drafter use
_FORMAT = 2
_CODE = "I"  # the engine's code words are 32-bit unsigned (SRE_CODE)
# The modules whose code works out the facts `derived` keeps (next to this one).
_FACT_CODE = (
    "word_start.py",
    "prefilter.py",
    "required_strings.py",
    "caseless.py",
    "regex_cache.py",
)

Key = tuple[str, int]
# (flags, program as 32-bit words, groups, group index, index group): `_sre.compile`'s arguments
Args = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# (kind of fact, pattern text, flags)
FactKey = tuple[str, str, int]
T = TypeVar("T")


def _engine() -> Any:
    """The regex engine's internals this cache relies on, or None on an interpreter without them."""
    if sys.implementation.name != "cpython":
        return None
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    needed = (
        hasattr(_compiler, "_code"),
        hasattr(_parser, "parse"),
        hasattr(_sre, "compile"),
        array(_CODE).itemsize == getattr(_sre, "CODESIZE", 0),
    )
    return (_sre, _compiler, _parser) if all(needed) else None


def _stamp() -> str:
    import _sre  # type: ignore[import-not-found]

    from . import first_chars  # programs with and without first-character sets differ

    return (
        f"{_FORMAT} {sys.version} {sys.hexversion} {_sre.MAGIC} {first_chars.installed()} "
        f"{_code_digest()}"
    )


@functools.cache
def _code_digest() -> str | None:
    """A digest of the code that works out the kept facts, or None when it cannot be read (then
    no fact is kept)."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    try:
        for name in _FACT_CODE:
            digest.update((here / name).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:16]


def _storable(value: object) -> bool:
    """Whether `value` can be kept as a fact: None, a bool, int or str, or a tuple of them."""
    if value is None or isinstance(value, bool | int | str):
        return True
    return isinstance(value, tuple) and all(map(_storable, value))


def cache_path(env: dict[str, str] | None = None) -> Path:
    """Where the cache lives for this interpreter."""
    env = dict(os.environ) if env is None else env
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plainsum" / f"regex-{sys.implementation.cache_tag}.bin"


def _importing() -> bool:
    """Whether the calling code runs while a module is being imported."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


class CachedCompiler:
    """Stands in for `re._compiler.compile`: serves stored programs, records new ones."""

    def __init__(self, path: Path, original: Callable[..., re.Pattern[Any]]) -> None:
        self.path = path
        self.original = original
        self.entries: dict[Key, Args] = {}
        self.used: set[Key] = set()
        self.facts: dict[FactKey, Any] = {}
        self.facts_used: set[FactKey] = set()
        self.added = 0
        self.recording = 0
        self.load()

    def load(self) -> None:
        try:
            stamp, entries, facts = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return  # no cache yet, or one this interpreter cannot read: start empty
        if stamp == _stamp() and isinstance(entries, dict) and isinstance(facts, dict):
            self.entries = entries
            self.facts = facts

    def fact(self, key: FactKey, work: Callable[[], T]) -> T:
        """The kept fact `key`, or `work()` (its patterns' programs stored too), kept."""
        if key in self.facts:
            self.facts_used.add(key)
            return self.facts[key]  # type: ignore[no-any-return]
        self.recording += 1
        try:
            value = work()
        finally:
            self.recording -= 1
        if _code_digest() is not None and _storable(value):
            self.facts[key] = value
            self.facts_used.add(key)
            self.added += 1
        return value

    def __call__(self, p: Any, flags: int = 0) -> re.Pattern[Any]:
        if type(p) is not str or flags & re.DEBUG:
            return self.original(p, flags)
        key = (p, flags)
        args = self.entries.get(key)
        if args is not None:
            try:
                pattern = _build(p, args)
            except (RuntimeError, TypeError, ValueError):  # a damaged entry: compile anew
                del self.entries[key]
            else:
                self.used.add(key)
                return pattern
        compiled = self.original(p, flags)
        if self.recording or _importing():
            self._record(key, compiled)
        return compiled

    def _record(self, key: Key, compiled: re.Pattern[str]) -> None:
        args = _program(*key)
        if _build(key[0], args) != compiled:  # not what this interpreter's `re` makes: skip
            return
        self.entries[key] = args
        self.used.add(key)
        self.added += 1

    def save(self) -> None:
        """Write the cache when this process compiled something new (atomically: a temporary
        file and a rename; another process writing at the same time loses nothing but time)."""
        if not self.added:
            return
        keep = [k for k in self.entries if k in self.used]
        keep += [k for k in self.entries if k not in self.used]
        entries = {k: self.entries[k] for k in keep[:MAX_ENTRIES]}
        known = [k for k in self.facts if k in self.facts_used]
        known += [k for k in self.facts if k not in self.facts_used]
        facts = {k: self.facts[k] for k in known[:MAX_FACTS]}
        tmp = None
        try:
            import tempfile

            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".regex-", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps((_stamp(), entries, facts)))
            os.replace(tmp, self.path)
            tmp = None
            self.added = 0
        except (OSError, ValueError):
            pass  # a cache that cannot be written only costs time
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def _program(pattern: str, flags: int) -> Args:
    """What `re._compiler.compile` passes to `_sre.compile` for `pattern` (the same steps)."""
    _, compiler, parser = _engine()
    parsed = parser.parse(pattern, flags)
    code = array(_CODE, compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    groups = parsed.state.groups - 1
    return (flags | parsed.state.flags, code, groups, groupindex, tuple(indexgroup))


def _build(pattern: str, args: Args) -> re.Pattern[str]:
    sre = _engine()[0]
    flags, code, groups, groupindex, indexgroup = args
    program = array(_CODE, code).tolist()
    return sre.compile(pattern, flags, program, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


_installed: CachedCompiler | None = None


def installed() -> CachedCompiler | None:
    return _installed


def install(path: Path | None = None) -> CachedCompiler | None:
    """Put the cache in front of `re`'s compiler for this process (once); None when it is
    turned off or this interpreter's regex engine is not the one it knows."""
    global _installed
    if _installed is not None:
        return _installed
    if os.environ.get(ENV, "").strip() == "0" or _engine() is None:
        return None
    _, compiler, _ = _engine()
    _installed = CachedCompiler(path or cache_path(), compiler.compile)
    compiler.compile = _installed
    atexit.register(_installed.save)
    return _installed


def uninstall() -> None:
    """Give `re` its own compiler back (tests)."""
    global _installed
    if _installed is not None:
        _engine()[1].compile = _installed.original
        atexit.unregister(_installed.save)
        _installed = None


def derived(kind: str, pattern: re.Pattern[str], work: Callable[[re.Pattern[str]], T]) -> T:
    """`work(pattern)`: a fact about `pattern` that depends on its text and flags alone (a str,
    None, or a tuple of such), kept between runs when the cache is installed. `kind` names
    the function; patterns `work` compiles are stored as the cache's own."""
    cache = _installed
    if cache is None or not isinstance(pattern.pattern, str):
        return work(pattern)
    return cache.fact((kind, pattern.pattern, pattern.flags), lambda: work(pattern))


@contextlib.contextmanager
def recording() -> Iterator[None]:
    """Store the patterns compiled inside this block too (a large pattern built lazily from
    shipped data, not at import)."""
    cache = _installed
    if cache is None:
        yield
        return
    cache.recording += 1
    try:
        yield
    finally:
        cache.recording -= 1
