"""A main result said with an irregular past ("lost") or a percentage below one is a whole,
readable sentence (issue 9): both made the drafter leave out a cohort's only result."""

from __future__ import annotations

import pytest

from plainsum.plain.numbers import has_statistics
from plainsum.plain.simplify import plain_sentences
from plainsum.plain.wholeness import broken

RESULT = (
    "Adults in the most active quarter lost 0.18% less brain volume a year than those in the "
    "least active quarter (95% CI 0.05-0.31)."
)


def test_the_result_is_drafted_whole_without_its_interval() -> None:
    [piece] = plain_sentences(RESULT)
    assert piece.text == (
        "Adults in the most active quarter lost 0.18% less brain volume a year than those in "
        "the least active quarter."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "People who kept smoking lost more brain volume than those who stopped.",
        "Two mice bled from the injection site.",
        "Most children rode a bike to school.",
    ],
)
def test_an_irregular_past_is_a_main_verb(sentence: str) -> None:
    assert broken(sentence) is None


@pytest.mark.parametrize(
    ("text", "statistic"),
    [
        ("Relapses were 0.4% rarer with the drug.", False),
        ("Each person gained 0.3 quality-adjusted life years.", False),
        ("The scheme cost less and gained 0.2 QALYs per person.", False),
        ("The correlation was 0.45 between the two scores.", True),
        ("The odds were 0.62 times as high.", True),
    ],
)
def test_a_percentage_below_one_is_an_amount_a_decimal_a_statistic(
    text: str, statistic: bool
) -> None:
    assert has_statistics(text) is statistic
