"""A ratio statistic said in plain words only where its meaning is sure and its number reads as
a word (plain/statistic_words.py, used by plain/simplify.rewrite). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import rewrite
from plainsum.plain.statistic_words import plain_ratios


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a per cent drop is already relative: "relative" goes, the number stays
        ("Bracing led to a 40% drop in the relative risk of falls.", "a 40% drop in the risk"),
        ("Diet gave a 20% reduction in relative risk of gout.", "a 20% reduction in the risk"),
        # a ratio of 0.5, 2 or 3 named with its number reads as a word
        ("Falls were fewer: the relative risk was 0.5.", "the risk was half that of the"),
        ("The pooled risk ratio was 2.0 in women.", "The risk was twice that of the comparison"),
        ("Pain was rarer with a risk ratio of 0.50.", "with half the risk of the comparison"),
        ("The trial showed a rate ratio of 3 for bleeds.", "showed three times the rate of the"),
    ],
)
def test_a_ratio_is_said_in_words_where_it_is_sure(text: str, plain: str) -> None:
    assert plain in plain_ratios(text)


@pytest.mark.parametrize(
    "text",
    [
        # a decimal no word says, a range, a ratio not named with its number: as written
        "Falls were fewer: the relative risk was 0.81.",
        "The relative risk was 0.5 to 0.9.",
        "The risk ratio for falls in the two trials was 0.5.",
        # other ratios, and a ratio that opens its clause
        "The hazard ratio was 0.5.",
        "The odds ratio was 2.0.",
        "A relative risk of 2 was seen.",
        "The pooled estimate had a relative risk of 0.5.",
        # a drop in something else
        "There was a 40% drop in falls and the relative risk was small.",
    ],
)
def test_any_other_ratio_is_left_as_written(text: str) -> None:
    assert plain_ratios(text) == text


def test_rewrite_says_the_drop_in_the_risk() -> None:
    out = rewrite("Bracing led to an 80% drop in the relative risk of falls (RR 0.2).", True)
    assert out == "Bracing led to an 80% drop in the risk of falls."
