"""Which `response_format` a server takes, how a rejection of it looks, and remembering the answer.

Servers differ: OpenAI and vLLM take strict `json_schema`; older Ollama and some llama.cpp builds
take only `json_object`; llama-cpp-python's server answers a `json_schema` it cannot use with
HTTP 500 and a validation message. A rejection that names the format (400, 422, or a 5xx whose
body mentions response_format / json_schema / schema) steps down to the next mode at once, with
no retry spent on it. The mode that worked is remembered per endpoint and model in
`$XDG_CACHE_HOME/plainsum/response_formats.json`, so the next run starts there.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Literal

from ..files import write_atomic
from ..runlog import clean_url

__all__ = ["MODES", "FormatMemory", "names_the_format", "next_mode"]

Mode = Literal["json_schema", "json_object", "text"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "text")
CHOICES = ("auto", *MODES)
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "structured output", "schema")
_CACHE_NAME = "response_formats.json"
MAX_CACHE_BYTES = 1_000_000

logger = logging.getLogger(__name__)


def names_the_format(status: int, body: str) -> bool:
    """A rejection that is about the response format: 400/422, or a 5xx that says so."""
    if status not in (400, 422) and status < 500:
        return False
    text = body.lower()
    return any(word in text for word in _FORMAT_WORDS)


def next_mode(mode: str) -> Mode | None:
    """The mode to try after `mode` was rejected, or None after plain text."""
    at = MODES.index(mode)  # type: ignore[arg-type]
    return MODES[at + 1] if at + 1 < len(MODES) else None


def default_cache_path(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plainsum" / _CACHE_NAME


class FormatMemory:
    """Remembers, per endpoint and model, the response_format mode that last worked."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_cache_path()

    @staticmethod
    def key(base_url: str | None, model: str | None) -> str:
        return f"{clean_url(base_url) or 'https://api.openai.com/v1'}|{model or ''}"

    def _read(self) -> dict[str, str]:
        try:
            if self.path.stat().st_size > MAX_CACHE_BYTES:
                return {}
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return {}
        return {k: v for k, v in data.items() if v in MODES} if isinstance(data, dict) else {}

    def get(self, base_url: str | None, model: str | None) -> Mode | None:
        mode = self._read().get(self.key(base_url, model))
        return mode if mode in MODES else None  # type: ignore[return-value]

    def put(self, base_url: str | None, model: str | None, mode: Mode) -> None:
        """Remember `mode`; a cache that cannot be written is only a lost hint, never an error."""
        data = self._read()
        key = self.key(base_url, model)
        if data.get(key) == mode:
            return
        data[key] = mode
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(self.path, json.dumps(data, indent=1, sort_keys=True) + "\n")
        except Exception as exc:  # a hint, not a result: never fail a draft over it
            logger.debug("cannot remember the response format in %s: %s", self.path, exc)
