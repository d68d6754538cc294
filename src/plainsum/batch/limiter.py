"""One limiter shared by every request of a batch: requests and tokens per minute, slowing down
together when the server answers 429.

Each request reserves the next free slot (a leaky bucket with no burst: requests are spaced
60/rpm seconds apart, and each request's tokens push the next slot by tokens*60/tpm), so no
minute ever holds more than the limits. A 429 cuts the pace for everyone (at most once per
`CUT_INTERVAL`, so one overload is one cut) and the pace recovers slowly; a Retry-After pauses
everyone. Retrying the refused request stays with `drafters.retry` (one owner per retry): the
limiter only paces and listens.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

CUT = 0.75  # a 429 multiplies the pace by this
MIN_FACTOR = 0.25  # never slower than a quarter of the configured limits
CUT_INTERVAL = 2.0  # seconds: 429s closer together than this are one overload
RECOVERY_PER_SECOND = 0.05  # the pace climbs back by 5% of the limit per second without a 429


@dataclass
class LimiterStats:
    requests: int = 0
    tokens: int = 0
    rate_limited: int = 0
    waited_seconds: float = 0.0


@dataclass
class RateLimiter:
    """Paces requests to `rpm` requests and `tpm` tokens per minute (None: no limit)."""

    rpm: float | None = None
    tpm: float | None = None
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    stats: LimiterStats = field(default_factory=LimiterStats)

    def __post_init__(self) -> None:
        for name in ("rpm", "tpm"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ValueError(f"{name} must be positive")
        self._next_request = 0.0
        self._next_tokens = 0.0
        self._paused_until = 0.0
        self._cut_at = float("-inf")
        self._factor_at_cut = 1.0

    def factor(self, now: float | None = None) -> float:
        """The share of the configured pace in use now (1.0 after full recovery)."""
        now = self.clock() if now is None else now
        return min(1.0, self._factor_at_cut + RECOVERY_PER_SECOND * (now - self._cut_at))

    async def acquire(self, tokens: int) -> None:
        """Wait for this request's slot. Slots are handed out in call order."""
        now = self.clock()
        factor = self.factor(now)
        start = max(now, self._paused_until, self._next_request, self._next_tokens)
        if self.rpm:
            self._next_request = start + 60.0 / (self.rpm * factor)
        if self.tpm:
            self._next_tokens = start + min(tokens, self.tpm) * 60.0 / (self.tpm * factor)
        self.stats.requests += 1
        self.stats.tokens += tokens
        if start > now:
            self.stats.waited_seconds += start - now
            await self.sleep(start - now)

    def settle(self, estimated: int, used: int) -> None:
        """Give back the tokens a request reserved but did not use (or charge what it overran)."""
        self.stats.tokens += used - estimated
        if self.tpm:
            self._next_tokens -= (estimated - used) * 60.0 / (self.tpm * self.factor())

    def rate_limited(self, retry_after: float | None) -> None:
        """The server refused a request with 429: slow everyone down, and pause if it asked."""
        now = self.clock()
        self.stats.rate_limited += 1
        if retry_after:
            self._paused_until = max(self._paused_until, now + retry_after)
        if now - self._cut_at >= CUT_INTERVAL:
            self._factor_at_cut = max(MIN_FACTOR, self.factor(now) * CUT)
            self._cut_at = now
