"""A claim said as what a study reported ("The trial revealed a small benefit of X", "One study
showed that X") keeps its grade after it: "Weak evidence suggests the trial revealed ..." gives
two reporters for one claim. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.certainty import with_grade


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trial revealed a small benefit of cooling vests on walking speed",
            "The trial revealed a small benefit of cooling vests on walking speed, but the "
            "evidence is weak",
        ),
        (
            "One study showed that cooling vests eased tiredness in hot weather",
            "One study showed that cooling vests eased tiredness in hot weather, but the "
            "evidence is very weak",
        ),
    ],
)
def test_the_grade_follows_a_claim_a_study_reported(text: str, expected: str) -> None:
    grade = "very low" if text.startswith("One") else "low"
    assert with_grade(text, grade, f"{text} (low-certainty evidence).") == expected


def test_a_plain_claim_still_opens_with_its_grade() -> None:
    text = "Cooling vests eased tiredness in hot weather"
    said = f"{text} (low-certainty evidence)."
    assert (
        with_grade(text, "low", said)
        == "Weak evidence suggests cooling vests eased tiredness in hot weather"
    )
