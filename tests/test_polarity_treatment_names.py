"""'other pain relief treatments', 'weight loss drugs': a direction noun that names a kind of
treatment by what it is for makes no claim, so a sentence that finds no difference between
two treatments is not read as saying one brought relief; the result verbs around it still
count."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in


@pytest.mark.parametrize(
    "sentence, said",
    [
        (
            "Side effects did not differ between morphine and other pain relief medicines.",
            ["did not differ"],
        ),
        ("Weight loss drugs lowered blood sugar.", ["lowered"]),
        ("A relapse reduction programme shortened hospital stays.", ["shortened"]),
    ],
)
def test_a_treatment_named_by_its_aim_is_no_claim(sentence, said):
    assert [c.said for c in claims_in(sentence)] == said


def test_no_difference_between_treatments_agrees_with_no_difference():
    source = "No differences in kidney harm were found between morphine and non-opioid medicines."
    summary = (
        "We found no clear difference in kidney harm between morphine and other pain relief "
        "medicines."
    )
    assert contradiction(summary, [source]) is None
