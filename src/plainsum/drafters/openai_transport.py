"""The wire to an OpenAI-compatible chat endpoint, and what its failures are in words:
`ChatTransport` posts chat completions over the SDK client's connections, `is_transient` says
which failures are worth another try, and `describe` / `model_error` turn an SDK exception into
the run log's words and the one-line error a user sees (with the key scrubbed out).

Used by `drafters.openai.OpenAIDrafter`; like it, the only modules that import `openai`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2
import openai
from openai import AsyncOpenAI
from openai._httpx2 import request_exceptions, timeout_exceptions
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from ..errors import ModelError
from .endpoint import refused, status_error, status_words
from .openai_http import PlainHTTP
from .openai_net import use_asyncio_sockets
from .retry import in_words, parse_retry_after

__all__ = [
    "ChatTransport",
    "RequestDeadline",
    "describe",
    "is_transient",
    "model_error",
    "retry_after",
    "retry_reason",
]

TRANSIENT_STATUS = {408, 409, 429}


class RequestDeadline(Exception):
    """One request (connect, headers and body) took longer than `timeout` in all: a server
    trickling a byte at a time is cut off here, where a per-read timeout never fires."""


def is_transient(exc: BaseException) -> bool:
    """429/408/409/5xx, timeouts and dropped connections are worth another try."""
    if isinstance(exc, RequestDeadline):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in TRANSIENT_STATUS or exc.status_code >= 500
    return isinstance(exc, openai.APIConnectionError)  # includes APITimeoutError


def retry_reason(exc: BaseException, where: str, timeout: float) -> str:
    """What failed, in words, for a retry line ("the endpoint answered 429 (rate limited)")."""
    if isinstance(exc, openai.APIStatusError):
        code = exc.status_code
        return f"the endpoint answered {code} ({status_words(code)})"
    if isinstance(exc, openai.APITimeoutError | RequestDeadline):
        return f"the endpoint did not answer within {in_words(timeout)}"
    if refused(exc):
        return f"the connection to {where} was refused"
    return f"the connection to {where} failed"


def retry_after(exc: BaseException) -> float | None:
    if isinstance(exc, openai.APIStatusError):
        return parse_retry_after(exc.response.headers)
    return None


class ChatTransport:
    """POST /chat/completions through the SDK client's own HTTP connection pool, without the
    SDK's request pipeline: `chat.completions.create` costs ~2.5 ms of the event loop's CPU per
    request (parameter transforms, option copies, auth hooks), this ~0.7 ms, which decides how
    many papers a batch drafts a second on a small machine. The URL, headers and timeout are the
    SDK client's; failures are the SDK's own exceptions, made by its own mapping (a status error
    by `_make_status_error_from_response`, timeouts and connection failures as it wraps them),
    and answers are parsed as it parses them, so retries, Retry-After and error words are
    unchanged."""

    def __init__(self, client: AsyncOpenAI) -> None:
        self.sdk = client
        # parsed once: a URL given as text is parsed again by every Request (~5% of this path)
        self.url = httpx2.URL(str(client._prepare_url("/chat/completions")))
        sdk_headers = {**client.default_headers, **client.auth_headers}
        # Merged with the HTTP client's own headers once, not per request as build_request
        # would (httpx re-encodes every header each time: a fifth of this path's CPU).
        self.headers = httpx2.Headers(client._client.headers)
        self.headers.update({k: v for k, v in sdk_headers.items() if isinstance(v, str)})
        self.extensions = {"timeout": client._client.timeout.as_dict()}
        use_asyncio_sockets(client._client, self.url)  # ~0.3 ms less of the loop's CPU a request
        # a plain http:// endpoint: our own HTTP/1.1 exchange, below httpx2 (openai_http)
        self.plain = PlainHTTP.for_client(client._client, self.url)

    async def create(self, **body: Any) -> Any:
        """A chat completion for `body` (messages and parameters, as `create` takes them): a
        ChatCompletion, or the text of an answer that is not JSON (as the SDK gives it)."""
        http = self.sdk._client
        request = httpx2.Request(
            "POST",
            self.url,
            content=json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(),
            headers=self.headers,
            extensions=self.extensions,
        )
        try:
            response = None
            if self.plain is not None and self.plain.usable():
                response = await self.plain.send(request)  # None: a redirect, sent again below
            if response is None:
                response = await http.send(request)  # the body read too, as the SDK does
        except timeout_exceptions() as err:
            raise openai.APITimeoutError(request=request) from err
        except openai.OpenAIError:
            raise
        except request_exceptions() as err:
            raise openai.APIConnectionError(request=request) from err
        if response.is_error:
            raise self.sdk._make_status_error_from_response(response) from None
        return self._parse(response)

    def _parse(self, response: httpx2.Response) -> Any:
        content_type = response.headers.get("content-type", "*").split(";")[0]
        if not content_type.endswith("json"):
            try:
                data = response.json()
            except Exception:
                return response.text
        else:
            data = response.json()
        if isinstance(data, dict):
            # Validated in pydantic's core (~0.05 ms); the SDK builds its models leniently in
            # Python (~1.5 ms a request), which is kept for answers that do not validate (a
            # server's own finish_reason, a missing field) so that they read as they always did.
            try:
                return ChatCompletion.model_validate(data)
            except ValidationError:
                pass
        return self.sdk._process_response_data(data=data, cast_to=ChatCompletion, response=response)


def describe(exc: BaseException, timeout: float, scrub: Callable[[str], str]) -> str:
    """A failure in the run log's words ("HTTP 429: ...", "timed out after 30s")."""
    if isinstance(exc, openai.APIStatusError):
        detail = " ".join(str(exc.message).split())[:200]
        return scrub(f"HTTP {exc.status_code}: {detail}")
    if isinstance(exc, openai.APITimeoutError | RequestDeadline):
        return f"timed out after {timeout:g}s"
    return scrub(f"{type(exc).__name__}: {exc}")


def model_error(
    exc: BaseException,
    *,
    where: str,
    timeout: float,
    model: str | None,
    scrub: Callable[[str], str],
) -> ModelError:
    """The one-line error (with its hint) for a failure no retry mended."""
    if isinstance(exc, openai.APIStatusError):
        error = status_error(
            exc.status_code,
            describe(exc, timeout, scrub),
            transient=is_transient(exc),
            model=model,
            where=where,
        )
        return ModelError(scrub(str(error)), hint=error.hint, status=error.status)
    if isinstance(exc, openai.APITimeoutError):
        return ModelError(
            f"the endpoint at {where} did not answer within {timeout:g}s",
            hint="try again, or raise timeout in plainsum.toml",
        )
    return ModelError(
        f"cannot reach the endpoint at {where}",
        hint="is the server running? check --base-url / OPENAI_BASE_URL",
    )
