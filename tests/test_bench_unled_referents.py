"""bench/unled_referents.py counts a pointer as unled only where nothing before it names what it
points at: never "these X" after a sentence that lists its items, "these changes" after a
sentence that says what rose or fell, "these cases" after "instances of X", "those given
placebo" (named by the words after it). Every sentence here is written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import unled_referents  # noqa: E402


@pytest.mark.parametrize(
    "body",
    [
        "Three sugars were added to the drink: glucose, fructose and maltose. Emerging evidence "
        "suggests that these carbohydrates affect sleep.",
        "Blood sugar fell and weight rose in the diet group. None of these changes were seen "
        "in the control group.",
        "Instances of skin rash were reported in both trials. Most of these cases cleared "
        "within a week.",
        "Pain was no different between people taking the drug and those given placebo.",
    ],
)
def test_a_pointer_led_by_what_came_before_is_not_counted(body: str) -> None:
    assert unled_referents.unled("A headline about sleep", body, review=False) == []


def test_a_pointer_at_nothing_named_is_counted() -> None:
    body = "The drug lowered blood pressure. Most of these short-term trials were small."
    kinds = [k for k, _ in unled_referents.unled("A headline", body, review=False)]
    assert kinds == ["pointer"]
