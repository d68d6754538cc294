"""The transport retry loop on its own: what it waits, when it stops, and what it says.

Each test guards a mistake that once passed the suite (issue 13): Retry-After ignored past a
fixed cap, waits shorter than the server asked, retries that never stop.
"""

from __future__ import annotations

import asyncio

import pytest

from plainsum.drafters.retry import (
    RetryAfterTooLong,
    RetryPolicy,
    call_with_retries,
    parse_retry_after,
)


class Busy(Exception):
    def __init__(self, asked: float | None = None) -> None:
        super().__init__("busy")
        self.asked = asked


def _run(failures: list[Exception], policy_kwargs: dict | None = None):
    """Call something that fails with `failures` in turn, then answers 'ok'."""
    waits: list[float] = []
    calls = 0

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    async def call() -> str:
        nonlocal calls
        calls += 1
        if failures:
            raise failures.pop(0)
        return "ok"

    policy = RetryPolicy(sleep=fake_sleep, **(policy_kwargs or {}))
    result = asyncio.run(
        call_with_retries(
            call,
            policy,
            is_transient=lambda exc: isinstance(exc, Busy),
            retry_after=lambda exc: getattr(exc, "asked", None),
        )
    )
    return result, waits, calls


def test_waits_exactly_what_the_server_asks_when_it_fits():
    result, waits, calls = _run([Busy(7.0), Busy(3.5)])
    assert (result, calls) == ("ok", 3)
    assert waits == [7.0, 3.5]


def test_a_long_retry_after_within_the_budget_is_honoured_not_capped():
    # A server asking for 400 s used to get a 0.5 s backoff: a fixed 300 s cap dropped the ask.
    result, waits, _ = _run([Busy(400.0)], {"max_seconds": 1000.0})
    assert result == "ok" and waits == [400.0]


def test_retry_after_beyond_the_budget_stops_at_once_and_says_how_long():
    with pytest.raises(RetryAfterTooLong) as info:
        _run([Busy(400.0)], {"max_seconds": 120.0})
    assert info.value.asked == 400.0
    assert "400 s" in str(info.value) and "120 s" in str(info.value)
    assert isinstance(info.value.__cause__, Busy)


def test_without_retry_after_backoff_grows_and_attempts_are_bounded():
    with pytest.raises(Busy):
        _run([Busy() for _ in range(10)], {"max_attempts": 4, "initial_wait": 1.0})


def test_backoff_is_bounded_by_max_wait():
    _, waits, calls = _run([Busy() for _ in range(4)], {"max_attempts": 5, "max_wait": 2.0})
    assert calls == 5 and len(waits) == 4
    assert all(0.0 <= w <= 2.0 for w in waits)


def test_the_first_tries_time_counts_against_the_budget():
    """The first try runs outside tenacity (speed): the seconds it took still count, so a
    first try that used up the budget is not followed by another."""
    calls = 0

    async def call() -> str:
        nonlocal calls
        calls += 1
        if calls == 1:
            await asyncio.sleep(0.25)  # a slow failure, longer than the whole budget
            raise Busy()
        return "ok"

    async def no_sleep(seconds: float) -> None:
        pass

    policy = RetryPolicy(max_seconds=0.2, max_wait=0.01, sleep=no_sleep)
    with pytest.raises(Busy):
        asyncio.run(call_with_retries(call, policy, is_transient=lambda e: isinstance(e, Busy)))
    assert calls == 1


def test_a_first_failure_is_retried_as_attempt_two():
    told: list[tuple[int, int]] = []

    async def no_sleep(seconds: float) -> None:
        pass

    failures = [Busy(0.5), Busy(0.5)]

    async def call() -> str:
        if failures:
            raise failures.pop(0)
        return "ok"

    result = asyncio.run(
        call_with_retries(
            call,
            RetryPolicy(max_attempts=4, sleep=no_sleep),
            is_transient=lambda e: isinstance(e, Busy),
            retry_after=lambda e: getattr(e, "asked", None),
            on_retry=lambda exc, wait, attempt, attempts: told.append((attempt, attempts)),
        )
    )
    assert result == "ok" and told == [(2, 4), (3, 4)]


def test_a_non_transient_error_is_not_retried():
    calls = 0

    async def call() -> str:
        nonlocal calls
        calls += 1
        raise ValueError("bad request")

    with pytest.raises(ValueError):
        asyncio.run(call_with_retries(call, RetryPolicy(), is_transient=lambda e: False))
    assert calls == 1


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "12"}, 12.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after": "soon"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_parse_retry_after(headers, expected):
    assert parse_retry_after(headers) == expected


def test_parse_retry_after_http_date():
    headers = {"retry-after": "Wed, 02 Dec 2026 06:00:30 GMT"}
    now = 1_796_191_200.0  # 2026-12-02 06:00:00 UTC
    assert parse_retry_after(headers, now=now) == pytest.approx(30.0)


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(120.0, "2 minutes"), (119.4, "119 seconds"), (210.0, "4 minutes"), (10.4, "10 seconds"),
     (9.96, "10 seconds"), (9.94, "9.9 seconds")],
)  # fmt: skip
def test_waits_in_words_at_the_boundaries(seconds, words):
    """Guards where words switch: minutes from 120 s, whole seconds from 10 s (mutants of the
    boundaries and of the divisor passed the rounder examples)."""
    from plainsum.drafters.retry import in_words

    assert in_words(seconds) == words


def test_parse_retry_after_http_date_in_the_past_is_zero():
    headers = {"retry-after": "Wed, 02 Dec 2026 05:59:00 GMT"}
    assert parse_retry_after(headers, now=1_796_191_200.0) == 0.0  # a minute ago: go now


def test_parse_retry_after_http_date_against_the_clock():
    import email.utils
    import time

    when = email.utils.formatdate(time.time() + 3600, usegmt=True)
    assert parse_retry_after({"retry-after": when}) == pytest.approx(3600.0, abs=5.0)


def test_an_exhausted_budget_is_said_as_zero_seconds_left():
    exc = RetryAfterTooLong(400.0, -3.0)
    assert exc.remaining == 0.0 and "the 0 s left" in str(exc)
