"""A review's verdict on the evidence heads, even where the paper's order read it as a
limitation (issue 9): in an abstract without headings, "There is not enough evidence on the
effect of X for Y" often comes among the limits, and the headline took a side result ("Clonidine
was linked with low blood pressure in three of 16 people") instead of what the review found. A
verdict on one outcome ("... to determine a difference in hospital stays") is no verdict on the
question. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.rank import judges_the_evidence
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _at(order: int, text: str):
    return measured(text, (order,), order)


_SIDE = _at(3, "Zinc was linked with stomach pain in two of 18 children.")
_RESULTS = [
    _at(1, "One trial reported that melatonin shortened the time taken to fall asleep."),
    _SIDE,
]


@pytest.mark.parametrize(
    "verdict",
    [
        "There is not enough evidence on the effect of dietary supplements for night waking in "
        "children.",
        "There is insufficient evidence to support the use of zinc for night waking in children.",
        "There was no convincing evidence to support the routine use of melatonin for night "
        "waking.",
        "There was not enough evidence as to whether any supplement helped children sleep.",
    ],
)
def test_a_verdict_read_as_a_limit_heads_a_review(verdict: str) -> None:
    head = choose_headline([], _RESULTS, StudyDesign.REVIEW, doubts=[_at(5, verdict)])
    assert head.text == verdict.rstrip(".")
    assert head.sources == (5,)


@pytest.mark.parametrize(
    "doubt",
    [
        # one outcome's verdict, not the question's
        "There was not enough evidence to determine a difference in the number of hospital stays.",
        "There was not enough evidence for long-term outcomes.",
        "There was no evidence of differences in most of the comparisons.",
        # a limit, no verdict
        "All trials were small and had a crossover design.",
    ],
)
def test_an_outcome_verdict_or_a_limit_does_not_head(doubt: str) -> None:
    head = choose_headline([], _RESULTS, StudyDesign.REVIEW, doubts=[_at(5, doubt)])
    assert head.sources != (5,)


def test_only_a_review_takes_its_verdict_from_the_limits() -> None:
    verdict = _at(5, "There is not enough evidence on the effect of zinc for night waking.")
    head = choose_headline([], _RESULTS, StudyDesign.TRIAL, doubts=[verdict])
    assert head.sources != (5,)


def test_the_authors_finding_still_heads_over_a_verdict_among_the_limits() -> None:
    found = _at(6, "Melatonin probably helps children with night waking fall asleep sooner.")
    verdict = _at(5, "There is not enough evidence on the effect of zinc for night waking.")
    head = choose_headline([found], _RESULTS, StudyDesign.REVIEW, doubts=[verdict])
    assert head.sources == (6,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is not enough evidence on the effect of zinc for night waking.", True),
        ("There is little evidence about the value of sleep diaries for children.", True),
        ("There is not enough evidence to determine a difference in hospital stays.", False),
        ("The evidence on the effect of zinc is weak because the trials were small.", False),
        ("Zinc had no effect on night waking.", False),
    ],
)
def test_a_verdict_judges_the_evidence_on_the_question(text: str, expected: bool) -> None:
    assert judges_the_evidence(text) is expected
