"""Harms a treatment made less common are what it did, not a safety aside: a list of outcomes a
verb of lowering governs ("may reduce serious heart events, heart deaths, bleeding and wound
problems") and a drop named as a noun ("Drops in all-cause deaths and strokes were found") are
the main finding and may head (a review of cholesterol tablets was headed by a cost remark,
one of two ways into the heart by a result on heart attacks alone). A conclusion on part of the
evidence ("the drop was due mostly to the drop in one age subgroup") is no finding on the
whole: the authors' conclusion on the whole heads. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.rank import side_result
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "sentence",
    [
        "Entering through the wrist may reduce adverse heart events, heart deaths, bleeding and "
        "wound problems.",
        "The new route reduced short-term adverse heart events and heart deaths.",
        "Drops in all-cause deaths, strokes and heart attacks were found with no excess of "
        "unwanted events among adults taking the tablets.",
        "Reductions in heart deaths were seen in the treated group.",
    ],
)
def test_harms_a_treatment_lowered_are_its_finding(sentence: str) -> None:
    assert not is_procedural(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The drug reduced side effects.",  # one harm alone may be the aside
        "The drug increased side effects, nausea and headache.",  # raised harms: the aside
        "No side effects were seen in either group.",
        "There were fewer deaths but more side effects.",
    ],
)
def test_harms_said_of_their_own_stay_a_side_point(sentence: str) -> None:
    assert is_procedural(sentence)


def test_a_lowered_list_of_harms_heads_over_one_outcome_alone() -> None:
    conclusions = [
        measured(
            "Entering through the wrist may reduce adverse heart events, heart deaths, bleeding "
            "and wound problems."
        )
    ]
    results = [measured("Heart attacks in the first month were similar in the two groups.")]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.text.startswith("Entering through the wrist may reduce")


def test_a_subgroup_conclusion_is_part_of_the_evidence() -> None:
    assert side_result(
        "The review adds evidence that the drop in falls was due mostly to the drop in the "
        "60- to 70-year-old patient subgroup."
    )
    assert not side_result("The drop in deaths was larger than the review authors expected.")


def test_a_subgroup_conclusion_never_heads_over_the_whole_one() -> None:
    whole = (
        "Treating otherwise healthy adults over 60 with raised blood pressure with the tablets "
        "for three years reduced all-cause deaths, heart deaths and illness, stroke deaths and "
        "illness, and kidney deaths and illness."
    )
    part = (
        "The review adds evidence that the drop in falls was due mostly to the drop in the "
        "60- to 70-year-old patient subgroup."
    )
    # (the whole one too long for a headline's form: it heads whole or not at all)
    pool = [measured(whole, (8,), 0), measured(part, (9,), 1)]
    head = choose_headline(pool, [], StudyDesign.REVIEW)
    assert head.origin == whole
