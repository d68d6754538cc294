"""Paired bootstrap: is system B's mean different from system A's on the same cases?"""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_RESAMPLES = 2000
DEFAULT_SEED = 20240611
DEFAULT_CONFIDENCE = 0.95


@dataclass(frozen=True)
class PairedInterval:
    """Mean of A, mean of B, the mean difference B - A and its bootstrap confidence interval."""

    n: int
    mean_a: float
    mean_b: float
    delta: float
    low: float
    high: float
    confidence: float

    @property
    def covers_zero(self) -> bool:
        return self.low <= 0.0 <= self.high


def _percentile(sorted_values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in [0, 1]) of already sorted values."""
    if len(sorted_values) == 1:
        return sorted_values[0]
    position = q * (len(sorted_values) - 1)
    lower = int(position)
    upper = min(lower + 1, len(sorted_values) - 1)
    weight = position - lower
    return sorted_values[lower] * (1 - weight) + sorted_values[upper] * weight


def paired_bootstrap(
    a: Sequence[float],
    b: Sequence[float],
    *,
    resamples: int = DEFAULT_RESAMPLES,
    confidence: float = DEFAULT_CONFIDENCE,
    seed: int = DEFAULT_SEED,
) -> PairedInterval:
    """Percentile interval for mean(b - a), resampling cases (pairs) with replacement.

    Seeded, so the same inputs always give the same interval.
    """
    if len(a) != len(b):
        raise ValueError(f"paired samples differ in length: {len(a)} and {len(b)}")
    if not a:
        raise ValueError("paired bootstrap needs at least one pair")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be between 0 and 1")
    diffs = [y - x for x, y in zip(a, b, strict=True)]
    n = len(diffs)
    rng = random.Random(seed)
    means = sorted(statistics.fmean(rng.choices(diffs, k=n)) for _ in range(max(1, resamples)))
    tail = (1 - confidence) / 2
    return PairedInterval(
        n=n,
        mean_a=statistics.fmean(a),
        mean_b=statistics.fmean(b),
        delta=statistics.fmean(diffs),
        low=_percentile(means, tail),
        high=_percentile(means, 1 - tail),
        confidence=confidence,
    )
