"""A reader's own choice to buy is no sales call (issue 8: "Ask a pharmacist before you buy
them." failed a clean summary of a development set as promotion); "Buy them now" still is.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.foreign import find_intrusions


@pytest.mark.parametrize(
    "text",
    [
        "Zinc lozenges are sold widely. Ask a pharmacist before you buy them.",
        "If you buy it, check the dose on the label with your pharmacist.",
    ],
)
def test_a_readers_own_choice_to_buy_passes(text: str) -> None:
    assert [i.rule.name for i in find_intrusions(text)] == []


@pytest.mark.parametrize("text", ["Buy them now while stocks last.", "Go and buy it today."])
def test_a_call_to_buy_is_promotion(text: str) -> None:
    assert "promotion" in [i.rule.name for i in find_intrusions(text)]
