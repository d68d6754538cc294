"""A trend per unit said as "Each 25 nmol/L higher X was associated with a 17% lower Y" keeps
its direction and loses its units (issue 9): left as it was, a meta-analysis's only main result
was dropped as a statistic, and its draft never said what the review found."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "Each 10 nmol/L higher serum zinc level was associated with a 6% lower risk of "
            "relapse (hazard ratio 0.94, 95% CI 0.90-0.98).",
            "A higher blood zinc level was linked with a lower risk of relapse.",
        ),
        (
            "Every 2 kg lower grip strengths were linked with 1.4-fold higher odds of falls.",
            "Lower grip strengths were linked with higher chances of falls.",
        ),
    ],
)
def test_a_level_trend_is_said_by_its_direction(sentence: str, plain: str) -> None:
    assert [p.text for p in plain_sentences(sentence)] == [plain]


def test_a_count_per_unit_is_no_trend() -> None:
    # a dose said per unit of weight is no trend: left as the paper says it
    sentence = "Each 10 mg dose was given twice a day for a week."
    assert [p.text for p in plain_sentences(sentence)] == [sentence]
