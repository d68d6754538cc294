"""A review's verdict that the compared treatments' effects are in doubt is what it found, said
without the grade that is its reason; and leads that only say how the authors came to a claim
go from the headline (issue 9: CD011983 headed with a result that named neither treatment it
compared; CD001333 and CD009944 headed at 26 and 37 words with "The conclusion of this review is
that" and "By analysing the data ..., the review authors found that"). Sentences written for
these tests, in the style of review conclusions."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.forms import headline_forms, without_lead
from plainsum.plain.headline.open_question import still_open
from plainsum.plain.simplify import PlainSentence, measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "The conclusion of this review is that exercise improves walking in people with MS.",
            "Exercise improves walking in people with MS",
        ),
        (
            "By pooling the data from the largest set of trials so far, the review authors found "
            "that cooling vests reduce fatigue in heat-sensitive people with MS.",
            "Cooling vests reduce fatigue in heat-sensitive people with MS",
        ),
    ],
)
def test_a_lead_that_says_how_the_claim_came_goes(sentence: str, claim: str) -> None:
    assert without_lead(sentence) == claim


def test_a_lead_that_bounds_the_claim_stays() -> None:
    sentence = "Based on the short-term results, exercise improves walking in people with MS."
    assert without_lead(sentence).startswith("Based on the short-term results")


@pytest.mark.parametrize(
    "sentence",
    [
        "There is doubt about the effects of home exercise compared with clinic exercise due to "
        "the low quality of the evidence.",
        "There is uncertainty about the effects of oral steroids compared with intravenous "
        "steroids.",
    ],
)
def test_doubt_about_the_compared_treatments_is_the_verdict(sentence: str) -> None:
    assert not still_open(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There remains uncertainty as to the long-term effect of home exercise.",
        "There is doubt about the best dose of vitamin D.",
    ],
)
def test_what_is_still_open_stays_so(sentence: str) -> None:
    assert still_open(sentence)


def _forms(text: str) -> list[str]:
    s = PlainSentence(**{**measured(text, (3,)).__dict__})
    return [f for _, f in headline_forms(s, StudyDesign.REVIEW, "animals")]


def test_the_verdict_heads_without_the_grade_behind_it() -> None:
    forms = _forms(
        "There is doubt about the effects of home exercise compared with clinic exercise due to "
        "the low and very low quality of the evidence for the main outcomes of this review."
    )
    assert "There is doubt about the effects of home exercise compared with clinic exercise" in (
        forms
    )


def test_a_reason_that_is_no_grade_stays() -> None:
    forms = _forms(
        "There is doubt about the effects of home exercise compared with clinic exercise due to "
        "the small number of people in the trials."
    )
    assert "due to the small number" in forms[0]
    bare = "There is doubt about the effects of home exercise compared with clinic exercise"
    assert bare not in forms
