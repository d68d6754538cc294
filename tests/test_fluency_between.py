"""'between' with one side only (issue 8): the gate's fluency rule, and the headline shortener
and the sentence splitter, which never make such a sentence by cutting an aside. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import text_problems
from plainsum.checks.fluency_cuts import lone_between
from plainsum.plain.shorten import short_forms
from plainsum.plain.splits import split_long


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "Kidney enzymes provide a link between the environment.",
            "between the environment",
        ),
        ("The protein forms a bridge between the membrane, in mice.", "between the membrane"),
        ("There was a long gap between treatment.", "between treatment"),
        ("Sleep is a link between stress; it was studied in rats.", "between stress"),
        (
            "This marker offers a link between an early immune response.",
            "between an early immune response",
        ),
    ],
)
def test_one_side_of_between_is_flagged(sentence: str, span: str) -> None:
    """Guards lone_between: a singular phrase after 'between' with no 'and' after it."""
    assert lone_between(sentence) == span
    assert "lone_between" in {p.rule for p in text_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "A link between diet and relapse was found.",
        "The link between salt & blood pressure held in both trials.",
        "No difference was seen between groups.",
        "Differences between the two were small.",
        "Sessions took place between each visit.",
        "They rested in between.",
        "The change between visits was small.",
        "Walking speed did not differ between women.",
        "There were no differences between the treatments compared.",
        "The gap between the first dose of the new drug given at home was short.",
        "People chose between-group sessions.",
    ],
)
def test_between_with_both_sides_or_a_plural_passes(sentence: str) -> None:
    """Guards lone_between's false alarms: two sides joined, a plural, 'each', 'in between',
    a participle after the phrase, a long phrase, a compound word."""
    assert lone_between(sentence) is None


def test_lone_between_in_its_own_words() -> None:
    """Guards the finding a reader of the gate's report sees."""
    assert [tuple(p) for p in text_problems("Salt offers a link between the kidney.")] == [
        (
            "lone_between",
            "between the kidney",
            "'between the kidney': 'between' names one side only; the 'and ...' was cut.",
            "Put back the other side ('between the environment and blood pressure').",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        (
            "Kidney enzymes provide a link between the environment, such as a diet high in "
            "salt, and the control of blood pressure.",
            "Kidney enzymes provide a link between the environment",
        ),
        (
            "The new scan shows a clear link between brain shrinkage, including loss of grey "
            "matter, and later disability in the cohort.",
            "The new scan shows a clear link between brain shrinkage",
        ),
    ],
)
def test_a_cut_never_leaves_between_with_one_side(sentence: str, never: str) -> None:
    """Guards the shortener: an aside cut from between 'between X' and its 'and Y' takes the
    pair with it, so no short form ends on 'between X'."""
    assert never not in short_forms(sentence)
    assert all(lone_between(f + ".") is None for f in short_forms(sentence))


def test_a_cut_after_a_plural_between_stays() -> None:
    """Guards that the shortener still cuts a trailing list after a whole 'between' phrase."""
    assert "Exercise reduced the gap between groups" in short_forms(
        "Exercise reduced the gap between groups, including those with fatigue and pain."
    )


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "In short, kidney enzymes in the tubules provide a link between the environment, "
            "such as a diet high in salt, and the control of how the body keeps its fluid "
            "balance.",
            "and the control of how the body keeps its fluid balance",
        ),
        (
            "Taken together, these findings in the new mouse model point to a link between "
            "the gut, for example its bacteria, and the spread of damage to the brain and "
            "spinal cord.",
            "and the spread of damage",
        ),
    ],
)
def test_the_splitter_keeps_the_second_side_of_between(sentence: str, kept: str) -> None:
    """Guards split_long: a list of examples set inside 'between X ... and Y' is not dropped
    as a trailing list, since its end is the second side."""
    pieces = split_long(sentence)
    assert any(kept in piece for piece in pieces)
    assert all(lone_between(piece) is None for piece in pieces)


def test_the_splitter_still_drops_a_trailing_list_of_examples() -> None:
    """Guards that a list of examples after a whole claim still goes."""
    assert split_long(
        "In this large trial, regular exercise over two years improved walking speed in many "
        "people with MS, such as those with a long history of fatigue, stiffness or pain."
    ) == [
        "In this large trial, regular exercise over two years improved walking speed in many "
        "people with MS."
    ]


def test_a_clause_after_but_without_its_subject_is_not_split_off():
    sentence = (
        "Two studies reported that vitamin A clearly reduced the rate of new cases of chest "
        "infection in children with poor nutrition or weight, but increased the rate in healthy "
        "children."
    )
    pieces = split_long(sentence, 12)
    assert not any(p.startswith("But increased") for p in pieces)
    assert " ".join(pieces).endswith("in healthy children.")
