"""The batch's shared limiter, on a fake clock: requests and tokens per minute, and slowing down
together after a 429."""

from __future__ import annotations

import asyncio

import pytest

from plainsum.batch.limiter import CUT, CUT_INTERVAL, MIN_FACTOR, RECOVERY_PER_SECOND, RateLimiter


class Clock:
    """Time that moves only when someone sleeps; records when each request was let through."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


def limiter(**kwargs) -> tuple[RateLimiter, Clock]:
    clock = Clock()
    return RateLimiter(clock=clock, sleep=clock.sleep, **kwargs), clock


def send_times(lim: RateLimiter, clock: Clock, tokens: list[int]) -> list[float]:
    """Send requests one after another (as one task would); the time each one went out."""

    async def go() -> list[float]:
        times = []
        for n in tokens:
            await lim.acquire(n)
            times.append(round(clock.now, 6))
        return times

    return asyncio.run(go())


@pytest.mark.parametrize(
    ("rpm", "expected"),
    [(60, [0.0, 1.0, 2.0, 3.0]), (120, [0.0, 0.5, 1.0, 1.5]), (600, [0.0, 0.1, 0.2, 0.3])],
)
def test_requests_are_spaced_by_the_rpm(rpm, expected):
    lim, clock = limiter(rpm=rpm)
    assert send_times(lim, clock, [10] * 4) == expected
    assert lim.stats.requests == 4


def test_no_minute_holds_more_requests_than_the_rpm():
    lim, clock = limiter(rpm=30)
    times = send_times(lim, clock, [1] * 100)
    assert max(sum(1 for t in times if s <= t < s + 60) for s in times) == 30


def test_tokens_per_minute_space_big_requests():
    lim, clock = limiter(tpm=6000)
    # 3000 tokens is half a minute of the budget: the next request waits 30 s
    assert send_times(lim, clock, [3000, 3000, 600, 600]) == [0.0, 30.0, 60.0, 66.0]


def test_both_limits_apply_and_the_slower_wins():
    lim, clock = limiter(rpm=600, tpm=60_000)
    assert send_times(lim, clock, [2000, 10, 10]) == [0.0, 2.0, 2.1]


def test_unused_tokens_are_given_back():
    lim, clock = limiter(tpm=6000)
    send_times(lim, clock, [3000])
    lim.settle(3000, 600)  # the answer used a fifth of the estimate
    assert send_times(lim, clock, [600]) == [6.0]


def test_concurrent_requests_share_one_pace():
    lim, clock = limiter(rpm=60)

    async def go() -> list[float]:
        async def one() -> float:
            await lim.acquire(1)
            return clock.now

        return await asyncio.gather(*(one() for _ in range(5)))

    # reservations are made in call order, so five tasks at once still go out 1 s apart
    assert sorted(asyncio.run(go())) == pytest.approx([0.0, 1.0, 2.0, 3.0, 4.0], abs=1e-6)


def test_a_429_slows_everyone_and_the_pace_recovers():
    lim, clock = limiter(rpm=60)
    send_times(lim, clock, [1])
    lim.rate_limited(None)
    assert lim.factor() == pytest.approx(CUT)
    lim.rate_limited(None)  # the same overload: no second cut within CUT_INTERVAL
    assert lim.factor() == pytest.approx(CUT)
    times = send_times(lim, clock, [1, 1])
    assert times[1] - times[0] > 60 / 60  # slower than the configured pace
    clock.now += CUT_INTERVAL
    for _ in range(20):
        lim.rate_limited(None)
        clock.now += CUT_INTERVAL
    assert lim.factor() >= MIN_FACTOR - 1e-9  # never below the floor
    clock.now += (1 - MIN_FACTOR) / RECOVERY_PER_SECOND
    assert lim.factor() == pytest.approx(1.0)
    assert lim.stats.rate_limited == 22


def test_retry_after_pauses_every_request():
    lim, clock = limiter(rpm=6000)
    send_times(lim, clock, [1])
    lim.rate_limited(5.0)
    assert send_times(lim, clock, [1])[0] >= 5.0


def test_no_limits_means_no_waiting():
    lim, clock = limiter()
    assert send_times(lim, clock, [10**6] * 3) == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("bad", [{"rpm": 0}, {"tpm": -5}])
def test_limits_must_be_positive(bad):
    with pytest.raises(ValueError):
        RateLimiter(**bad)
