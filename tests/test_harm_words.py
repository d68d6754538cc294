"""The drafter's plain words for adverse events and effects ("unwanted events", "harmful
effects", plain/senses.py) are read as harms wherever "side effects" is: a safety aside is no
headline, a harm result is a result about harm. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import SIDE_POINT
from plainsum.plain.harms import HARM


@pytest.mark.parametrize(
    "text",
    [
        "Unwanted events were similar with the cream and the dummy cream.",
        "Two trials reported no serious unwanted events.",
        "Shift work had harmful effects on sleep in nurses.",
        "Side effects were mild in both groups.",
    ],
)
def test_the_plain_words_for_adverse_events_name_a_harm(text: str) -> None:
    assert HARM.search(text)
    assert SIDE_POINT.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walking speed improved more with the drug than with placebo.",
        "Fatigue scores fell after eight weeks of cooling.",
    ],
)
def test_a_result_without_harm_words_names_none(text: str) -> None:
    assert not HARM.search(text)
    assert not SIDE_POINT.search(text)
