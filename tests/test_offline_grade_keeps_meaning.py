"""Fitting the body to the grade never leaves "why it matters" without what the finding means:
its one line of the paper's stays (left out, the gate's hollow_why error replaces a grade
warning), while a second one may still go. Sentences written for these tests."""

from __future__ import annotations

from plainsum.drafters.fit_grade import fit_grade
from plainsum.plain.frames import DOCTOR
from plainsum.plain.lines import Line

RESULT = (
    "Occupational rehabilitation programmes demonstrated inconsistent improvements in "
    "self-reported functional independence across heterogeneous evaluations."
)
MEANING = (
    "This means it is not yet clear whether occupational rehabilitation improves everyday "
    "independence in multiple sclerosis."
)
SECOND = (
    "Comprehensive multidisciplinary interdisciplinary rehabilitation evaluations necessitate "
    "standardised methodological considerations."
)


def _sections(why: list[Line]) -> dict[str, list[Line]]:
    return {
        "what_the_study_did": [
            Line("This was a review of earlier studies.", (1,), main=True),
            Line(RESULT, (4,), main=True, lead=True),
        ],
        "why_it_matters": [*why, Line(DOCTOR, kind="frame")],
        "limitations": [],
    }


def test_the_one_meaning_line_stays_over_the_grade():
    sections = _sections([Line(MEANING, (9,))])
    fit_grade(sections, 5.0)  # far over
    assert [line.text for line in sections["why_it_matters"]] == [MEANING, DOCTOR]


def test_a_second_line_may_still_go_for_the_grade():
    sections = _sections([Line(MEANING, (9,)), Line(SECOND, (10,))])
    fit_grade(sections, 5.0)
    why = [line.text for line in sections["why_it_matters"]]
    assert why == [MEANING, DOCTOR]  # the harder second line went, the meaning stayed
