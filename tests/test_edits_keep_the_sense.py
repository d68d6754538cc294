"""Word edits that keep a sentence's sense and shape (issue 9, from the readings of stop 51): a
rating verb ("assessed ... at high risk of bias") keeps its word, a ratio's slash is said in words
("LDL to HDL ratio") so its result can be shown, "in in vitro" keeps both words. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words
from plainsum.plain.simplify import plain_sentences
from plainsum.plain.slashes import slash_words
from plainsum.plain.tidy import tidy


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "We assessed blinding of the outcome assessors at high risk of bias for all trials.",
            "assessed blinding",
        ),
        ("We assessed the trials as at low risk of bias.", "assessed the trials"),
        ("We assessed pain with a diary.", "checked pain"),
    ],
)
def test_a_rating_verb_keeps_its_sense(text: str, want: str) -> None:
    assert want in plain_words(text)


def test_in_in_vitro_keeps_both_words() -> None:
    assert tidy("Growth hormone in in vitro fertilisation helped.") == (
        "Growth hormone in in vitro fertilisation helped."
    )
    assert tidy("The effect of of the cream was small.") == "The effect of the cream was small."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Smokers had a higher LDL/HDL ratio than others.", "a higher LDL to HDL ratio"),
        ("The n-6/n-3 ratios fell.", "n-6 to n-3 ratios fell"),
        ("They took 5 mg/kg a day.", "5 mg/kg a day"),
    ],
)
def test_a_ratio_of_two_measures_is_said_in_words(text: str, want: str) -> None:
    assert want in slash_words(text)


def test_a_result_with_a_ratio_is_shown() -> None:
    text = "At the start, smokers had a higher LDL/HDL ratio than non-smokers."
    assert [p.text for p in plain_sentences(text)] == [
        "At the start, smokers had a higher LDL to HDL ratio than non-smokers."
    ]
