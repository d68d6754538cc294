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
    stop_after_attempt,
    stop_before_delay,
    wait_random_exponential,
)

__all__ = [
    "RetryAfterTooLong",
    "RetryPolicy",
    "call_with_retries",
    "in_words",
    "parse_retry_after",
    "retry_line",
]

T = TypeVar("T")


class RetryAfterTooLong(Exception):
    """The server asked to wait longer than the retry budget has left: stop now, not early.

    Retrying sooner than a server asks only earns another refusal, so plainsum stops at once
    and says how long the server wanted (the transient error is the `__cause__`).
    """

    def __init__(self, asked: float, remaining: float) -> None:
        self.asked = asked
        self.remaining = max(0.0, remaining)
        super().__init__(
            f"the server asked to wait {asked:.0f} s before trying again, more than the "
            f"{self.remaining:.0f} s left of the retry budget"
        )


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


def in_words(seconds: float) -> str:
    """A wait as a person says it: "4 seconds", "1 second", "0.5 seconds", "2 minutes"."""
    if seconds >= 120:
        minutes = round(seconds / 60)
        return f"{minutes} minutes"
    value = round(seconds) if seconds >= 10 else round(seconds, 1)
    if value == int(value):
        value = int(value)
    return f"{value} second" + ("" if value == 1 else "s")


def retry_line(what: str, wait: float, attempt: int, attempts: int) -> str:
    """One line for a retry: what failed, how long until the next try, which try that is
    ("the endpoint answered 429 (rate limited); trying again in 4 seconds (attempt 2 of 5)")."""
    return f"{what}; trying again in {in_words(wait)} (attempt {attempt} of {attempts})"


class _Wait:
    """Exponential backoff with jitter, but at least what the server asked for."""

    def __init__(
        self, policy: RetryPolicy, retry_after: Callable[[BaseException], float | None]
    ) -> None:
        self._backoff = wait_random_exponential(multiplier=policy.initial_wait, max=policy.max_wait)
        self._retry_after = retry_after

    def __call__(self, state: RetryCallState) -> float:
        backoff = float(self._backoff(state))
        exc = state.outcome.exception() if state.outcome else None
        asked = self._retry_after(exc) if exc is not None else None
        # call_with_retries has already stopped when the ask does not fit the budget.
        return asked if asked is not None else backoff


async def call_with_retries(
    call: Callable[[], Awaitable[T]],
    policy: RetryPolicy,
    *,
    is_transient: Callable[[BaseException], bool],
    retry_after: Callable[[BaseException], float | None] = lambda exc: None,
    on_retry: Callable[[BaseException, float, int, int], None] | None = None,
    attempts_for: Callable[[BaseException], int | None] = lambda exc: None,
) -> T:
    """Run `call`, retrying transient failures; the last failure is re-raised as it was.

    A transient failure whose Retry-After does not fit in what is left of `policy.max_seconds`
    raises `RetryAfterTooLong` at once (from the failure) instead of retrying early.
    `attempts_for(exc)` may lower the number of attempts for one kind of failure (a refused
    local connection: a server that is not running will not start in the next seconds).
    `on_retry(exc, wait, next_attempt, attempts)` is told before each wait.
    """
    started = time.monotonic()

    async def attempt() -> T:
        try:
            return await call()
        except Exception as exc:
            if is_transient(exc):
                asked = retry_after(exc)
                remaining = policy.max_seconds - (time.monotonic() - started)
                if asked is not None and asked > remaining:
                    raise RetryAfterTooLong(asked, remaining) from exc
            raise

    def attempts(exc: BaseException) -> int:
        limit = attempts_for(exc)
        return policy.max_attempts if limit is None else min(limit, policy.max_attempts)

    def worth_another(state: RetryCallState) -> bool:
        exc = state.outcome.exception() if state.outcome else None
        if exc is None or not is_transient(exc):
            return False
        return state.attempt_number < attempts(exc)

    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        if on_retry is not None and exc is not None:
            on_retry(exc, state.upcoming_sleep, state.attempt_number + 1, attempts(exc))

    # The first try runs on its own: it almost always succeeds, and tenacity's machinery costs
    # more CPU than a request to a local server. A first failure is handed to tenacity as its
    # first attempt's outcome (the same exception, numbered 1), with the time budget less the
    # time that try took, so every later decision (retry or not, waits, attempts, budget) is
    # the one tenacity would have made had it run the first try itself.
    first: list[BaseException] = []
    try:
        return await attempt()
    except Exception as exc:
        first.append(exc)
    spent = time.monotonic() - started

    async def attempts_after_the_first() -> T:
        if first:
            raise first.pop()
        return await attempt()

    retrying = AsyncRetrying(
        retry=worth_another,
        stop=stop_after_attempt(policy.max_attempts)
        | stop_before_delay(policy.max_seconds - spent),
        wait=_Wait(policy, retry_after),
        sleep=policy.sleep,
        before_sleep=before_sleep,
        reraise=True,
    )
    return await retrying(attempts_after_the_first)
