"""The paired bootstrap: seeded, finds a known difference, covers zero when there is none."""

from __future__ import annotations

import random

import pytest

from plainsum.evals.stats import _percentile, paired_bootstrap


def _noisy(n: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    return [rng.gauss(10.0, 2.0) for _ in range(n)]


def test_known_difference_is_found_and_bracketed():
    a = _noisy(80, 1)
    # B is A plus one, plus noise that averages exactly zero: the true mean difference is 1
    rng = random.Random(2)
    noise = [rng.uniform(0.0, 1.5) for _ in range(40)]
    b = [x + 1.0 + (noise[i // 2] if i % 2 else -noise[i // 2]) for i, x in enumerate(a)]
    result = paired_bootstrap(a, b)
    assert result.n == 80
    assert result.delta == pytest.approx(1.0)
    assert result.low > 0.0  # the interval excludes no change
    assert result.low < 1.0 < result.high
    assert not result.covers_zero
    assert result.delta == pytest.approx(result.mean_b - result.mean_a)


def test_no_difference_interval_covers_zero():
    a = _noisy(60, 3)
    # B equals A plus noise that is exactly symmetric around zero
    b = [x + (0.7 if i % 2 else -0.7) for i, x in enumerate(a)]
    result = paired_bootstrap(a, b)
    assert result.delta == pytest.approx(0.0, abs=1e-9)
    assert result.low < 0.0 < result.high
    assert result.covers_zero


def test_unpaired_noise_between_equal_systems_covers_zero():
    a = _noisy(100, 4)
    b = _noisy(100, 5)  # same distribution, independent draws
    assert paired_bootstrap(a, b).covers_zero


def test_seeded_and_reproducible():
    a, b = _noisy(30, 6), _noisy(30, 7)
    assert paired_bootstrap(a, b, seed=11) == paired_bootstrap(a, b, seed=11)
    assert paired_bootstrap(a, b, seed=11) != paired_bootstrap(a, b, seed=12)


def test_wider_confidence_gives_wider_interval():
    a, b = _noisy(40, 8), _noisy(40, 9)
    narrow = paired_bootstrap(a, b, confidence=0.8)
    wide = paired_bootstrap(a, b, confidence=0.99)
    assert wide.low <= narrow.low and wide.high >= narrow.high


def test_identical_inputs_give_a_zero_width_interval():
    a = [1.0, 2.0, 3.0]
    result = paired_bootstrap(a, list(a))
    assert (result.low, result.delta, result.high) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("a", "b", "kwargs", "message"),
    [
        ([1.0], [1.0, 2.0], {}, "paired samples differ in length: 1 and 2"),
        ([], [], {}, "paired bootstrap needs at least one pair"),
        ([1.0], [2.0], {"confidence": 1.0}, "confidence must be between 0 and 1"),
        ([1.0], [2.0], {"confidence": 0.0}, "confidence must be between 0 and 1"),
    ],
)
def test_bad_inputs_raise(a, b, kwargs, message):
    with pytest.raises(ValueError) as caught:
        paired_bootstrap(a, b, **kwargs)
    assert str(caught.value) == message


def test_fewer_than_one_resample_means_one():
    """resamples=0 still draws one resample (so the interval is that one mean), not none."""
    diffs = [0.1, 1.3, 2.9, 7.4, 11.0, 0.6]  # two resamples would all but surely differ
    result = paired_bootstrap([0.0] * len(diffs), diffs, resamples=0)
    assert result.low == result.high


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([5.0], 0.0, 5.0),
        ([5.0], 0.975, 5.0),
        ([1.0, 3.0], 0.0, 1.0),
        ([1.0, 3.0], 1.0, 3.0),
        ([1.0, 3.0], 0.5, 2.0),
        ([0.0, 10.0, 20.0, 30.0], 0.5, 15.0),
        ([0.0, 10.0, 20.0, 30.0], 0.25, 7.5),
        ([0.0, 10.0, 20.0, 30.0], 0.9, 27.0),
        ([0.0, 10.0, 20.0, 30.0], 1.0, 30.0),
    ],
)
def test_percentile_interpolates_between_neighbours(values, q, expected):
    """The interval's ends: linear interpolation between the two nearest sorted values."""
    assert _percentile(values, q) == pytest.approx(expected)


def test_interval_is_as_wide_as_its_confidence_says():
    """Guards the tails: (1 - conf) instead of (1 - conf) / 2 gives a 90% interval called 95%,
    and (1 - conf) / 3 a 97% one. Many resamples keep the percentile noise near 0.02 se."""
    import statistics

    rng = random.Random(8)
    diffs = [rng.gauss(0.5, 1.0) for _ in range(100)]
    a = [0.0] * len(diffs)
    se = statistics.pstdev(diffs) / len(diffs) ** 0.5  # the bootstrap's own standard error
    for confidence, z in ((0.95, 1.96), (0.90, 1.645)):
        result = paired_bootstrap(a, diffs, resamples=20000, confidence=confidence)
        half = (result.high - result.low) / 2
        assert z - 0.06 < half / se < z + 0.07, confidence  # /3 tails: 2.13 and 1.83
        assert result.confidence == confidence


def test_cases_are_resampled_as_pairs():
    """Guards the pairing: resampling A and B separately makes this interval ~70 times wider."""
    rng = random.Random(9)
    a = [rng.gauss(10.0, 5.0) for _ in range(50)]
    b = [x + 1.0 + rng.gauss(0.0, 0.1) for x in a]
    result = paired_bootstrap(a, b)
    assert result.high - result.low < 0.2
    assert result.low < 1.0 < result.high or abs(result.delta - 1.0) < 0.05
