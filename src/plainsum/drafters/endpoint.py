"""Words for what went wrong at an endpoint, and the run log's record of each call.

Pure, no network and no `openai`: `drafters.openai` classifies the SDK's exceptions and passes
their status codes and descriptions here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..errors import ModelError
from ..runlog import LogEntry
from ..schemas import Usage
from .base import DraftRequest
from .chat import Answer, Message

__all__ = [
    "Call",
    "REFUSED_LOCAL_ATTEMPTS",
    "attempts_for",
    "host_of",
    "log_entry",
    "refused",
    "status_error",
    "status_words",
]

_STATUS_WORDS = {408: "request timeout", 409: "conflict", 429: "rate limited",
                 500: "server error", 502: "bad gateway", 503: "unavailable",
                 504: "gateway timeout"}  # fmt: skip
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}
REFUSED_LOCAL_ATTEMPTS = 2  # one retry: a local server that is not running will not start soon


def status_words(code: int) -> str:
    """'rate limited' for 429 and so on."""
    return _STATUS_WORDS.get(code, "server error" if code >= 500 else "error")


def refused(exc: BaseException) -> bool:
    """A connection the other side refused (nothing listens on that port)."""
    seen: BaseException | None = exc
    for _ in range(8):  # openai's error <- httpx's <- the socket's
        if seen is None:
            return False
        if isinstance(seen, ConnectionRefusedError) or "connection refused" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def host_of(base_url: str | None) -> str:
    """The endpoint's host (and port) for messages: never a path, query or password."""
    parts = urlsplit(base_url or "https://api.openai.com/v1")
    return f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)


def attempts_for(exc: BaseException, base_url: str | None) -> int | None:
    """Fewer tries for a refused connection to this machine: nothing listens there."""
    if refused(exc) and urlsplit(base_url or "").hostname in _LOCAL_HOSTS:
        return REFUSED_LOCAL_ATTEMPTS
    return None


def status_error(
    status: int, described: str, *, transient: bool, model: str | None, where: str
) -> ModelError:
    """The error for an HTTP status that retries did not (or cannot) fix."""
    fixes = {
        401: (
            "the endpoint rejected the API key (401)",
            "check OPENAI_API_KEY (or the key your server expects)",
        ),
        403: (
            f"the API key may not use model {model!r} (403)",
            "check the key's project and model access",
        ),
        404: (
            f"model {model!r} or the endpoint was not found at {where} (404)",
            "check --model and --base-url (it usually ends in /v1)",
        ),
    }
    if status in fixes:
        message, hint = fixes[status]
    elif transient:
        message = f"the endpoint kept failing ({described})"
        hint = "try again later, or raise max_attempts / max_retry_seconds"
    else:
        message = f"the endpoint rejected the request ({described})"
        hint = "check --model, --base-url and the settings in plainsum.toml"
    return ModelError(message, hint=hint, status=status)


@dataclass(frozen=True)
class Call:
    """One request as the run log records it."""

    request: DraftRequest
    kind: str
    draft_id: str
    params: dict[str, Any]
    messages: list[Message]
    started: float
    prompt_version: str | None = None  # when not the summary prompt's (a model review)


def log_entry(
    call: Call,
    *,
    status: str,
    model: str | None,
    base_url: str | None,
    prompt_version: str | None,
    answer: Answer | None = None,
    error: str | None = None,
    http_status: int | None = None,
) -> LogEntry:
    """The run log's row for `call`: parameters without the schema, messages, answer, usage."""
    logged = {k: v for k, v in call.params.items() if k != "response_format"}
    logged["response_format"] = call.params.get("response_format", {}).get("type", "text")
    usage = answer.usage if answer else Usage()
    return LogEntry(
        status=status,
        kind=call.kind,
        draft_id=call.draft_id,
        model=(answer.model if answer and answer.model else model),
        base_url=base_url,
        prompt_version=prompt_version,
        params=logged,
        messages=list(call.messages),
        response=answer.raw if answer else None,
        finish_reason=answer.finish_reason if answer else None,
        error=error,
        http_status=http_status,
        input_tokens=usage.input_tokens,
        cached_tokens=usage.cached_tokens,
        output_tokens=usage.output_tokens,
        cost_usd=usage.cost_usd,
        seconds=round(time.perf_counter() - call.started, 4),
        source_sha256=call.request.source.sha256,
    )
