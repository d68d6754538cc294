"""A result of part of the evidence ("In the two trials restricted to people over 80, the
benefits were similar") never heads a review whose authors conclude on the whole, even when
their conclusion is too long for any short form: the conclusion heads whole (a review of blood
pressure treatment in older people was headed by its three-trial subgroup). And deaths listed
among the outcomes a treatment reduced are what it did, not a safety aside. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.dangling import dangles
from plainsum.plain.headline.rank import side_result
from plainsum.plain.simplify import PlainSentence, measured
from plainsum.schemas import StudyDesign

LONG_CONCLUSION = (
    "Giving older adults with raised blood pressure a daily tablet of the study drug for three "
    "years lowered the number of strokes, heart attacks, hospital stays for heart failure and "
    "falls that needed a doctor's care."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In the two trials restricted to people over 80, the benefits were similar.",
        "In the subgroup of women, walking speed improved more.",
        "When the analysis was limited to patients with relapsing disease, the effect was larger.",
        "One trial found that the cream eased itching.",
    ],
)
def test_a_result_of_part_of_the_evidence_is_a_side_result(sentence: str) -> None:
    assert side_result(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The cream eased itching in people with dry skin.",
        "Treatment reduced relapses among people with MS.",
        "The trials were of limited size.",
    ],
)
def test_a_result_on_the_whole_is_no_side_result(sentence: str) -> None:
    assert not side_result(sentence)


def test_the_long_conclusion_heads_over_a_restricted_result() -> None:
    conclusions = [measured(LONG_CONCLUSION)]
    results = [
        measured("In the two trials restricted to people over 80, the benefits were similar.")
    ]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.origin == LONG_CONCLUSION
    assert head.text.startswith("Giving older adults with raised blood pressure")


def test_a_result_on_the_whole_still_heads_over_the_long_conclusion() -> None:
    conclusions = [measured(LONG_CONCLUSION)]
    results = [measured("The study drug lowered the number of strokes by a quarter.")]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.text == "The study drug lowered the number of strokes by a quarter"


@pytest.mark.parametrize(
    "sentence",
    [
        "Treating older adults with the tablets reduced all-cause deaths, heart deaths and "
        "illness, and stroke deaths and illness.",
        "The drug lowered stroke deaths, heart attack deaths and hospital stays.",
    ],
)
def test_deaths_listed_among_what_a_treatment_reduced_are_its_finding(sentence: str) -> None:
    assert not is_procedural(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The drug reduced relapses, and caused two deaths.",
        "The drug reduced pain, but deaths were more common.",
        "Two deaths occurred in the treated group.",
    ],
)
def test_deaths_said_of_their_own_stay_a_side_point(sentence: str) -> None:
    assert is_procedural(sentence)


def test_a_purpose_of_reducing_deaths_stays_a_side_point() -> None:
    # "aimed at reducing deaths" says what it was for, not what it did
    assert is_procedural("The programme was aimed at reducing falls, strokes and kidney deaths.")


def test_such_treatment_points_back_and_never_heads() -> None:
    conclusions: list[PlainSentence] = []
    results = [
        measured("There was no evidence that such treatment reduced deaths or heart attacks."),
        measured("Three trials of the tablets showed a drop in later heart attacks."),
    ]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert "such" not in head.text
    assert dangles("There was no evidence that such treatment reduced deaths")
    assert not dangles("Treatments such as cooling vests eased tiredness")
