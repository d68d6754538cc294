"""Model review answers on disk, so the same review is never paid for twice.

A review's key is a hash of what decides its answer: the model and the endpoint serving it (a
local server answers to any model name), the review prompt's version, and the messages sent (the
prompt's text, the paper's numbered sentences and the summary's). One
JSON file per key under `$XDG_CACHE_HOME/plainsum/reviews/` (`~/.cache/...`, beside the
remembered response formats), written atomically; a file that no longer reads is a miss. A cache
that cannot be read or written is a lost saving, never an error.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from .files import write_atomic
from .runlog import clean_url

__all__ = ["ReviewCache", "default_review_folder", "review_key"]

MAX_ENTRY_BYTES = 1_000_000  # a review is a few kB
logger = logging.getLogger(__name__)


def default_review_folder(env: dict[str, str] | None = None) -> Path:
    """`$XDG_CACHE_HOME/plainsum/reviews` (or `~/.cache/plainsum/reviews`)."""
    env = dict(os.environ) if env is None else env
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plainsum" / "reviews"


def review_key(
    model: str | None,
    prompt_version: str,
    messages: list[dict[str, str]],
    endpoint: str | None = None,
) -> str:
    """A hash of (model, endpoint, prompt version, messages): the messages hold the prompt's
    text, the source's sentences and the summary's, so a change to any of them is a new review.
    The endpoint is kept without user, password or query (`runlog.clean_url`)."""
    material = json.dumps(
        {
            "model": model or "",
            "endpoint": clean_url(endpoint) or "",
            "prompt": prompt_version,
            "messages": messages,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class ReviewCache:
    """Review answers by key, one JSON file each: `{"model": ..., "answer": {...}}`."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_review_folder()

    def _path(self, key: str) -> Path:
        return self.folder / f"{key[:40]}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored entry, or None (no entry, or one that cannot be read)."""
        path = self._path(key)
        try:
            if path.stat().st_size > MAX_ENTRY_BYTES:
                return None
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        return data

    def put(self, key: str, answer: dict[str, Any], model: str | None) -> None:
        """Store one answer (atomically); a folder that cannot be written is only logged."""
        entry = {"key": key, "model": model, "answer": answer}
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(self._path(key), json.dumps(entry, ensure_ascii=False) + "\n")
        except Exception as exc:  # a saving, not a result: never fail a review over it
            logger.debug("cannot cache the model review in %s: %s", self.folder, exc)
