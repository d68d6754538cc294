"""A rate of hospitalisation counts people going into hospital, not stays: "reduces hospital stay
rates" reads as shorter stays (a reader's firm false, plaba 34507112). The rate and the plural
are hospital admissions; one stay is still "hospital stay". Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import plain_sentences


def _plain(text: str) -> str:
    return " ".join(p.text for p in plain_sentences(text, False, (0,), None))


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The new tablets reduced hospitalization rates in older adults.",
            "rates of hospital admission",
        ),
        ("The hospitalisation rate was lower with the new tablets.", "rate of hospital admission"),
        ("Fewer hospitalizations happened with the new tablets.", "hospital admissions"),
    ],
)
def test_a_rate_of_hospitalisation_counts_admissions(sentence: str, said: str) -> None:
    assert said in _plain(sentence)
    assert "hospital stay rate" not in _plain(sentence)
