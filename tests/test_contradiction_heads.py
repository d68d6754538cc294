"""Reversed findings read against the paper's sentence about the same thing, not excused by a
sentence about something else whose name ends "of X" or "about X" ("fear of falling", "the cost
of treating infections", "worry about relapses"). Sentences written for these tests, modelled
on trials and reviews of many fields."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction

FALLS = [
    "Balance training did not reduce the rate of falls compared with usual care (rate ratio 0.94).",
    "Training did not prevent falls in older adults, although it improved walking speed and "
    "reduced fear of falling.",
]
INFECTIONS = [
    "The silver dressing did not lower the rate of wound infections (RR 0.97).",
    "Nurses reported that the dressing reduced the cost of treating infections.",
]
RELAPSES = [
    "Vitamin D did not change the number of relapses over two years.",
    "People given vitamin D reported less worry about relapses.",
]
SEIZURES = [
    "The diet did not reduce how many seizures children had (MD -0.4 per week).",
    "Parents reported less fear of seizures while their child was on the diet.",
]


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        ("Balance training made falls less common.", FALLS),
        ("Training lowered the risk of falling.", FALLS),
        ("People who trained had fewer falls than those on usual care.", FALLS),
        ("The silver dressing cut the number of wound infections.", INFECTIONS),
        ("The silver dressing lowered the risk of wound infections.", INFECTIONS),
        ("Vitamin D reduced the number of relapses.", RELAPSES),
        ("Vitamin D lowered the rate of relapses over two years.", RELAPSES),
        ("The diet reduced the number of seizures.", SEIZURES),
    ],
)
def test_an_effect_on_how_much_of_a_thing_is_read_against_the_thing(
    sentence: str, paper: list[str]
) -> None:
    assert contradiction(sentence, paper)


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        ("Training reduced fear of falling.", FALLS),
        ("Fear of falling was lower with training.", FALLS),
        ("The number of falls was about the same in both groups.", FALLS),
        ("Training did not change how often people fell.", FALLS),
        ("The dressing lowered the cost of treating infections.", INFECTIONS),
        ("The number of wound infections did not change with the dressing.", INFECTIONS),
        ("People given vitamin D worried less about relapses.", RELAPSES),
        ("Vitamin D did not lower the number of relapses.", RELAPSES),
        ("Parents felt less fear of seizures during the diet.", SEIZURES),
        ("The number of seizures did not fall on the diet.", SEIZURES),
    ],
)
def test_a_result_said_as_the_paper_says_it_passes(sentence: str, paper: list[str]) -> None:
    assert contradiction(sentence, paper) is None
