"""One place that makes text safe to print, log or store: API keys out, terminal controls out.

Every output path (error lines, stderr warnings, the run log, rendered drafts, eval logs and
reports, judge replies) goes through `clean(text)`. It removes:

- every API key plainsum knows of (the environment's `OPENAI_API_KEY` / `PLAINSUM_API_KEY`, and
  any key passed to `register_secret`, such as one resolved into `Settings`), and anything
  derived from one: a prefix or suffix of 6 or more of its characters (where a key would stand:
  "risk-profile" keeps its "sk-pro", glued to "ri"), a middle run of 6 or more
  that mixes cases or digits, or any run of 10 or more (so `-test-` inside a key does not blank the
  word elsewhere), also with spaces, dots or other separators between the characters; a partly
  masked form such as `sk-ab****wxyz`; and its base64 form (basic auth);
- terminal control characters: ANSI escape sequences (colours, cursor moves, window titles) and
  every other C0/C1 control character except tab and newline, so a hostile endpoint or paper
  cannot rewrite the user's terminal or `plainsum log`.
"""

from __future__ import annotations

import base64
import bisect
import os
import re
import threading
from collections.abc import Iterable

__all__ = [
    "REDACTED",
    "Redactor",
    "Scrubber",
    "clean",
    "redact",
    "register_secret",
    "strip_controls",
]

REDACTED = "[REDACTED]"
MIN_FRAGMENT = 6  # shorter runs of a key's characters are too common to mean the key
LONG_FRAGMENT = 10  # a run this long is the key's even when it reads like a word
MIN_SECRET = 8  # a "key" shorter than this (a placeholder like "no-key") is not scrubbed
_SEPARATORS = " \t\n\r.,·•_|:"  # what may sit between a key's characters in a spaced-out echo
_DROP = str.maketrans("", "", _SEPARATORS)
# A masked middle (sk-ab****wxyz, sk-ab...wxyz): possessive and anchored at the start of a run,
# so a long run of dots or stars costs linear time, not quadratic.
_MASK = r"(?<![*•#.…·_\-])[*•#.…·_\-]{3,}+"
ENV_KEYS = ("OPENAI_API_KEY", "PLAINSUM_API_KEY")

_ANSI = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL/ST (window titles, hyperlinks)
    r"|\x1b[P^_][^\x1b]*(?:\x1b\\)?"  # DCS / PM / APC strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, erase
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x1b[@-Z\\-_]?"  # any other escape
)
_MASK_RUN = re.compile(r"[*•#.…·_\-]{3}")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# _CONTROLS in UTF-8: the ASCII ones are single bytes, U+0080-U+009F are \xc2\x80-\xc2\x9f (a
# \xc2 byte only ever starts a character, so it cannot be half of another one)
_ASCII_CONTROLS = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def has_controls(text: str) -> bool:
    """Whether `text` holds a character `strip_controls` removes or that starts what it removes
    (every escape sequence starts with ESC or CSI, both controls). At C speed: a run log row of
    15 KB is checked in ~0.02 ms, where the regular expressions take ~0.2 ms to find nothing."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _ASCII_CONTROLS)) != len(data):
        return True
    return _C1_UTF8.search(data) is not None


def strip_controls(text: str) -> str:
    """`text` without ANSI escape sequences or control characters (tab and newline stay)."""
    if not text or not has_controls(text):  # nothing to remove (CR is a control too)
        return text
    return _CONTROLS.sub("", _ANSI.sub("", text.replace("\r\n", "\n")))


# `_packed`'s separators: ASCII ones deleted by bytes.translate; the others by their UTF-8 bytes.
_ASCII_SEPARATORS = bytes(ord(c) for c in _SEPARATORS if ord(c) < 0x80)
_WIDE_SEPARATORS = tuple(c.encode() for c in _SEPARATORS if ord(c) >= 0x80)


def _packed(text: str) -> bytes:
    """`text` without the separators, as UTF-8 (lone surrogates kept, as 'surrogatepass'
    writes them). One C pass deletes the ASCII separators (a replace per separator, as before,
    copied 30 MB five times for an eval's log), and a search on these bytes runs a byte at a
    time where a text with one character beyond Latin-1 (a dash, a "≥") is searched in 2- or
    4-byte units. A separator's bytes match only whole characters (UTF-8 never begins a
    character inside another), so nothing else is removed, and a key's run is in the bytes
    exactly when it is in the text."""
    data = text.encode("utf-8", "surrogatepass")
    for wide in _WIDE_SEPARATORS:
        if wide in data:
            data = data.replace(wide, b"")
    return data.translate(None, _ASCII_SEPARATORS)


def _kept(text: str) -> int:
    """The length of `text` without the separators, counted without building it."""
    return len(text) - sum(text.count(ch) for ch in _SEPARATORS)


def _looks_random(run: str) -> bool:
    """A run long enough, or mixing letter cases and digits, to be key material rather than a
    word the key happens to contain (`-test-`, `k-proj`)."""
    if len(run) >= LONG_FRAGMENT:
        return True
    kinds = (any(c.islower() for c in run), any(c.isupper() for c in run))
    return sum((*kinds, any(c.isdigit() for c in run))) >= 2


def _stands_apart(text: str, span: tuple[int, int], k_lo: int, k_hi: int, key: str) -> bool:
    """Whether a word-like prefix or suffix of the key (`sk-proj`, not random enough to be key
    material on its own) is written where a key would be: not glued to a letter or digit on the
    side the rest of the key would not be. "risk-profile" holds the prefix "sk-pro" of every
    `sk-proj-` key, after "ri": that is a word, and blanking it garbled every page."""
    lo, hi = span
    if k_lo == 0 and k_hi < len(key):
        return lo == 0 or not text[lo - 1].isalnum()
    if k_hi == len(key) and k_lo > 0:
        return hi == len(text) or not text[hi].isalnum()
    return True


class _IndexMap:
    """Where the k-th non-separator character of `text` is, built a chunk at a time so that a
    hit in a 5 MB answer does not cost a Python loop over all of it. Chunks of 4 KB: a 30 MB
    eval log with a few hundred hits spread through it (a bench key's "sk-ben" in
    "risk-benefit") maps 1 MB of it in Python, not 6 MB as with 64 KB chunks (0.35 s less)."""

    CHUNK = 1 << 12

    def __init__(self, text: str, chunk: int = CHUNK) -> None:
        self.text = text
        self.chunk = chunk
        self.starts = [0]  # squeezed offset at which each chunk begins
        for at in range(0, len(text), chunk):
            self.starts.append(self.starts[-1] + _kept(text[at : at + chunk]))
        self.chunks: dict[int, list[int]] = {}

    def __getitem__(self, k: int) -> int:
        c = bisect.bisect_right(self.starts, k) - 1
        if c not in self.chunks:
            base = c * self.chunk
            part = self.text[base : base + self.chunk]
            self.chunks[c] = [base + i for i, ch in enumerate(part) if ch not in _SEPARATORS]
        return self.chunks[c][k - self.starts[c]]


# A key without its separators, its runs of MIN_FRAGMENT characters (with where each starts),
# and those runs as UTF-8: worked out once per key, not for every text scrubbed (every page
# and log row a batch writes).
_KeyRuns = tuple[str, list[tuple[int, str]], tuple[bytes, ...]]


def _key_runs(key: str) -> _KeyRuns:
    key = key.translate(_DROP)
    n = MIN_FRAGMENT
    grams = [(start, key[start : start + n]) for start in range(len(key) - n + 1)]
    return key, grams, tuple(gram.encode("utf-8", "surrogatepass") for _, gram in grams)


class Redactor:
    """Scrubs a fixed set of secrets, and what is derived from them, out of text."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        keys = {s.strip() for s in secrets if s and len(s.strip()) >= MIN_SECRET}
        self.secrets = sorted(keys, key=len, reverse=True)
        extra = []
        for key in self.secrets:
            raw = key.encode()
            extra += [base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()]
            extra += [base64.b64encode(b":" + raw).decode()]  # basic auth with no user
        self._exact = [s.rstrip("=") for s in extra if len(s) >= MIN_SECRET]
        masked = []
        for key in self.secrets:
            head = "|".join(re.escape(key[:n]) for n in range(min(6, len(key) // 2), 2, -1))
            tail = "|".join(re.escape(key[-n:]) for n in range(min(6, len(key) // 2), 3, -1))
            masked.append(f"(?:{head}){_MASK}(?:{tail})?|{_MASK}(?:{tail})(?![A-Za-z0-9])")
        self._masked = re.compile("|".join(masked)) if masked else None
        self._runs = [_key_runs(key) for key in self.secrets]

    def __bool__(self) -> bool:
        return bool(self.secrets)

    def __call__(self, text: str) -> str:
        if not text or not self.secrets:
            return text
        for value in self._exact:
            text = text.replace(value, REDACTED)
        for runs in self._runs:
            text = self._fragments(text, runs)
        if self._masked is not None and _MASK_RUN.search(text):
            text = self._masked.sub(REDACTED, text)
        return text

    @staticmethod
    def _fragments(text: str, runs: _KeyRuns) -> str:
        """Replace every run of >= MIN_FRAGMENT consecutive key characters, separators allowed
        between them, with REDACTED."""
        key, grams, encoded = runs
        n = MIN_FRAGMENT
        packed = _packed(text)  # C speed; the text's own index map is built only on a hit
        if not any(map(packed.__contains__, encoded)):
            return text
        squeezed = packed.decode("utf-8", "surrogatepass")
        index: _IndexMap | None = None  # built at the first run that is the key's
        spans: list[tuple[int, int]] = []
        for start, gram in grams:
            at = squeezed.find(gram)
            while at != -1:
                lo, hi, k_lo, k_hi = at, at + n, start, start + n
                while lo > 0 and k_lo > 0 and squeezed[lo - 1] == key[k_lo - 1]:
                    lo, k_lo = lo - 1, k_lo - 1
                while hi < len(squeezed) and k_hi < len(key) and squeezed[hi] == key[k_hi]:
                    hi, k_hi = hi + 1, k_hi + 1
                whole_end = k_lo == 0 or k_hi == len(key)  # a prefix or suffix of the key
                if whole_end or _looks_random(squeezed[lo:hi]):
                    index = index or _IndexMap(text)
                    span = (index[lo], index[hi - 1] + 1)
                    if _looks_random(squeezed[lo:hi]) or _stands_apart(text, span, k_lo, k_hi, key):
                        spans.append(span)
                at = squeezed.find(gram, hi)
        if not spans:
            return text
        spans.sort()
        merged = [spans[0]]
        for lo, hi in spans[1:]:
            if lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        out, last = [], 0
        for lo, hi in merged:
            out += [text[last:lo], REDACTED]
            last = hi
        out.append(text[last:])
        return "".join(out)


_registered: set[str] = set()
_lock = threading.Lock()
_cache: tuple[frozenset[str], Redactor] | None = None


def register_secret(secret: str | None) -> None:
    """Add a key that every later `redact`/`clean` call scrubs (for the rest of the process)."""
    if secret and len(secret.strip()) >= MIN_SECRET:
        with _lock:
            _registered.add(secret.strip())


def _current() -> Redactor:
    global _cache
    keys = frozenset({*_registered, *(os.environ.get(v, "").strip() for v in ENV_KEYS)} - {""})
    with _lock:
        if _cache is None or _cache[0] != keys:
            _cache = (keys, Redactor(keys))
        return _cache[1]


def redact(text: str) -> str:
    """`text` with every known key, and every fragment or masked form of one, replaced."""
    return _current()(text)


def clean(text: str) -> str:
    """Safe to print, log or store: no terminal controls and no key material."""
    if not text:
        return text
    return redact(strip_controls(text))


class Scrubber:
    """`clean`, and also every key in `secrets` (a client's own key, which may not be in the
    environment). Its keys are usually registered already (`register_secret`): then the text
    is scanned once, not a second time for the same key (a run log row holds the whole
    paper and prompt, scrubbed on every model call)."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._own = Redactor(secrets)
        self._covered: tuple[Redactor | None, bool] = (None, False)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        current = _current()
        text = current(strip_controls(text))
        if self._own and not self._covers(current):
            text = self._own(text)
        return text

    def _covers(self, current: Redactor) -> bool:
        """Whether `current` scrubs every key of our own (worked out once per key set)."""
        last, covered = self._covered
        if last is not current:
            covered = set(self._own.secrets) <= set(current.secrets)
            self._covered = (current, covered)
        return covered
