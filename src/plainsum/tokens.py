"""Token counting and the input budget.

tiktoken downloads its encoding files on first use, and plainsum must work with no network. So
tiktoken is used only when the encoding is already in its cache (checked by file, never by trying
a download); otherwise tokens are estimated at about four characters each, with a note saying so.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ingest import Source

__all__ = ["TokenCounter", "fit_paper", "token_counter", "FittedPaper"]

log = logging.getLogger(__name__)

CHARS_PER_TOKEN = 4.0
DEFAULT_ENCODING = "o200k_base"
_BLOB = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
# sha256 of each encoding file, as tiktoken_ext.openai_public expects them: a cached file with
# another hash would make tiktoken download it again, so it counts as absent.
ENCODING_SHA256 = {
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
}
ESTIMATE_NOTE = (
    "token counts are estimates (~4 characters per token): tiktoken's {name} encoding is not "
    "cached on this machine (set TIKTOKEN_CACHE_DIR to a folder holding it for exact counts)"
)

# Section names in the order they are kept when a paper must be cut.
KEEP_ORDER = (
    "abstract",
    "conclusions",
    "limitations",
    "results",
    "objective",
    "methods",
    "background",
)
_PRIORITY_WORDS = re.compile(r"\b(abstract|conclu\w*|limitation\w*|in summary)\b", re.IGNORECASE)


def encoding_cache_path(name: str, env: dict[str, str] | None = None) -> Path | None:
    """Where tiktoken keeps encoding `name` (None when caching is turned off)."""
    env = dict(os.environ) if env is None else env
    if "TIKTOKEN_CACHE_DIR" in env:
        folder = env["TIKTOKEN_CACHE_DIR"]
    elif "DATA_GYM_CACHE_DIR" in env:
        folder = env["DATA_GYM_CACHE_DIR"]
    else:
        folder = os.path.join(tempfile.gettempdir(), "data-gym-cache")
    if not folder:
        return None
    key = hashlib.sha1(_BLOB.format(name=name).encode()).hexdigest()
    return Path(folder) / key


def encoding_is_cached(name: str, env: dict[str, str] | None = None) -> bool:
    """True when tiktoken can load `name` without touching the network."""
    path = encoding_cache_path(name, env)
    if path is None or name not in ENCODING_SHA256 or not path.is_file():
        return False
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return False
    return digest == ENCODING_SHA256[name]


def encoding_name(model: str | None) -> str:
    """The tiktoken encoding for `model`; newer and unknown models get o200k_base."""
    if not model:
        return DEFAULT_ENCODING
    try:
        from tiktoken.model import encoding_name_for_model

        name = encoding_name_for_model(model)
    except (KeyError, ImportError):
        return DEFAULT_ENCODING
    return name if name in ENCODING_SHA256 else DEFAULT_ENCODING


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens exactly (tiktoken) or estimates them; `note` says which."""

    encoding: str
    exact: bool
    _encoder: Any = None

    @property
    def note(self) -> str | None:
        return None if self.exact else ESTIMATE_NOTE.format(name=self.encoding)

    def count(self, text: str) -> int:
        if self._encoder is not None:
            return len(self._encoder.encode(text, disallowed_special=()))
        return int(len(text) / CHARS_PER_TOKEN + 0.999)


_warned: set[str] = set()


def token_counter(model: str | None = None, env: dict[str, str] | None = None) -> TokenCounter:
    """A counter for `model`'s encoding: exact when cached, else an estimate (warned once)."""
    name = encoding_name(model)
    cached = encoding_is_cached(name, env)
    counter = _load(name, _cache_dir_key(env)) if cached else TokenCounter(name, exact=False)
    if not counter.exact and name not in _warned:
        # Said once per process in the log; every draft also carries it as a note.
        _warned.add(name)
        log.info("%s", counter.note)
    return counter


def _cache_dir_key(env: dict[str, str] | None) -> str:
    path = encoding_cache_path(DEFAULT_ENCODING, env)
    return str(path.parent) if path else ""


@lru_cache(maxsize=4)
def _load(name: str, cache_dir: str) -> TokenCounter:
    try:
        import tiktoken

        old = os.environ.get("TIKTOKEN_CACHE_DIR")
        os.environ["TIKTOKEN_CACHE_DIR"] = cache_dir  # the folder we checked, not another one
        try:
            encoder = tiktoken.get_encoding(name)
        finally:
            if old is None:
                os.environ.pop("TIKTOKEN_CACHE_DIR", None)
            else:
                os.environ["TIKTOKEN_CACHE_DIR"] = old
    except (OSError, ValueError, KeyError, ImportError) as exc:
        # A broken cache must not stop a draft: estimate instead. Anything else is a bug and
        # must surface (a broad except here once hid a download attempt from the tests).
        log.warning("tiktoken could not load %s (%s); estimating tokens", name, exc)
        return TokenCounter(name, exact=False)
    return TokenCounter(name, exact=True, _encoder=encoder)


@dataclass(frozen=True)
class FittedPaper:
    """The paper text sent to the model, and what was cut to make it fit."""

    text: str
    tokens: int
    original_tokens: int
    notes: tuple[str, ...] = ()

    @property
    def cut(self) -> bool:
        return self.tokens < self.original_tokens


def _pieces(source: Source) -> list[tuple[str, str, int]]:
    """(label, text, priority) in reading order; lower priority numbers are kept first."""
    named = [s for s in source.sections if s.name != "body"]
    if named:
        pieces = []
        for s in source.sections:
            rank = KEEP_ORDER.index(s.name) if s.name in KEEP_ORDER else len(KEEP_ORDER)
            label = s.heading or s.name
            pieces.append((label, f"{s.heading}: {s.text}" if s.heading else s.text, rank))
        return pieces
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", source.text) if p.strip()]
    pieces = []
    for i, para in enumerate(paragraphs):
        if i < 2:  # a full text usually opens with its abstract
            rank = 0
        elif _PRIORITY_WORDS.search(para[:200]):
            rank = 1
        else:
            rank = 5
        pieces.append((f"paragraph {i + 1}", para, rank))
    return pieces


def fit_paper(source: Source, budget: int, counter: TokenCounter) -> FittedPaper:
    """The paper's text within `budget` tokens: abstract, conclusions and limitations first.

    Lower-priority sections (background, methods ...) are dropped whole, in reverse priority
    order, keeping the reading order of what remains; a notes line says what was cut.
    """
    full = source.full_text
    total = counter.count(full)
    if total <= budget:
        return FittedPaper(full, total, total)
    pieces = _pieces(source)
    title = f"{source.title}\n\n" if source.title else ""
    kept = [True] * len(pieces)
    costs = [counter.count(text) + 1 for _, text, _ in pieces]
    used = counter.count(title) + sum(costs)
    order = sorted(range(len(pieces)), key=lambda i: (pieces[i][2], i), reverse=True)
    dropped: list[str] = []
    for i in order:
        if used <= budget:
            break
        kept[i] = False
        used -= costs[i]
        dropped.append(pieces[i][0])
    text = title + "\n\n".join(p[1] for p, keep in zip(pieces, kept, strict=True) if keep)
    notes = []
    if dropped:
        names = ", ".join(reversed(dropped[:8])) + (" ..." if len(dropped) > 8 else "")
        notes.append(f"the paper was cut to fit {budget} input tokens: left out {names}")
    if counter.count(text) > budget:
        # What remains is still too long: keep its start, which holds the highest-priority text.
        limit = max(1, int(budget * CHARS_PER_TOKEN * 0.9))
        while text and counter.count(text) > budget:
            text = text[:limit].rsplit(" ", 1)[0]
            limit = int(limit * 0.9)
        notes.append(f"the paper was cut to its first {counter.count(text)} tokens")
    return FittedPaper(text, counter.count(text), total, tuple(notes))
