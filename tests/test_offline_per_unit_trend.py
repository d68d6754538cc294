"""A trend per unit ("Each 10 nmol/L increase in X was associated with a 12% lower risk of Y")
is said by its direction, true and whole, instead of being dropped as a statistic (issue 9).
Sentences written for the tests."""

from __future__ import annotations

import pytest

from plainsum.plain.numbers import strip_statistics
from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Each one standard deviation increase in predicted adult height was associated with "
            "a 1.3-fold higher odds of migraine (95% CI 1.1 to 1.5).",
            "Higher predicted adult height was associated with higher odds of migraine.",
        ),
        (
            "Every 5 ng/mL increase in blood folate levels was associated with a 9% lower risk "
            "of stroke (HR 0.91, 95% CI 0.85 to 0.98).",
            "Higher blood folate levels were associated with a lower risk of stroke.",
        ),
        (
            "Each 1-point increase in the pain score was linked with poorer sleep.",
            None,  # "poorer" is no direction word of the trend: left as it is
        ),
        (
            "A 1-SD increase in waist size was associated with a 2-point greater fatigue score.",
            "Higher waist size was associated with a greater fatigue score.",
        ),
        (
            "Per 10-unit increase in the walking score, the risk of falls was lower.",
            None,  # another shape: left as it is
        ),
    ],
)
def test_a_trend_per_unit_is_said_by_its_direction(text: str, said: str | None) -> None:
    out = strip_statistics(text)
    if said is None:
        assert not out.startswith(("Higher", "A higher"))
    else:
        assert out == said


def test_a_change_over_time_is_no_trend_per_unit() -> None:
    # "An increase in X" with no unit is a change, not a level: never "Higher X"
    text = "An increase in daily steps was associated with higher mood scores."
    assert strip_statistics(text) == text


def test_the_main_result_of_a_trend_per_unit_is_drafted_not_dropped() -> None:
    text = (
        "Each one standard deviation increase in predicted adult height was associated with a "
        "1.3-fold higher odds of migraine (95% CI 1.1 to 1.5)."
    )
    assert [p.text for p in plain_sentences(text)] == [
        "Higher predicted adult height was linked with higher chances of migraine."
    ]
