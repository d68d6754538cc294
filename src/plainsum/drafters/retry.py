"""Transport retries with tenacity: one owner for retrying a request (the SDK's own are off).

This module knows nothing about `openai`: the caller says which exceptions are transient and how
long the server asked it to wait. Waits are exponential with full jitter, never shorter than a
server's Retry-After, and bounded both by attempts and by total time. The sleep function is
injectable so tests never wait for real.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_random_exponential,
)

__all__ = ["RetryPolicy", "call_with_retries", "parse_retry_after"]

T = TypeVar("T")
MAX_RETRY_AFTER = 300.0  # a server asking for more than this is not worth waiting for


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: attempts in all, seconds in all, and the backoff curve."""

    max_attempts: int = 5
    max_seconds: float = 120.0
    initial_wait: float = 1.0
    max_wait: float = 30.0
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)


def parse_retry_after(headers: Mapping[str, str] | None, now: float | None = None) -> float | None:
    """Seconds a server asked to wait: `retry-after-ms`, `retry-after` seconds or an HTTP date."""
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class _Wait:
    """Exponential backoff with jitter, but at least what the server asked for."""

    def __init__(
        self, policy: RetryPolicy, retry_after: Callable[[BaseException], float | None]
    ) -> None:
        self._backoff = wait_random_exponential(multiplier=policy.initial_wait, max=policy.max_wait)
        self._retry_after = retry_after
        self._cap = policy.max_seconds

    def __call__(self, state: RetryCallState) -> float:
        backoff = float(self._backoff(state))
        exc = state.outcome.exception() if state.outcome else None
        asked = self._retry_after(exc) if exc is not None else None
        if asked is not None and asked <= MAX_RETRY_AFTER:
            return min(max(asked, 0.0), self._cap)
        return backoff


async def call_with_retries(
    call: Callable[[], Awaitable[T]],
    policy: RetryPolicy,
    *,
    is_transient: Callable[[BaseException], bool],
    retry_after: Callable[[BaseException], float | None] = lambda exc: None,
    on_retry: Callable[[BaseException, float], None] | None = None,
) -> T:
    """Run `call`, retrying transient failures; the last failure is re-raised as it was."""

    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        if on_retry is not None and exc is not None:
            on_retry(exc, state.upcoming_sleep)

    retrying = AsyncRetrying(
        retry=retry_if_exception(is_transient),
        stop=stop_after_attempt(policy.max_attempts) | stop_before_delay(policy.max_seconds),
        wait=_Wait(policy, retry_after),
        sleep=policy.sleep,
        before_sleep=before_sleep,
        reraise=True,
    )
    return await retrying(call)
