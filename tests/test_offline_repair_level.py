"""The offline repair keeps fewer, easier sentences only for what that mends (the grade, a
section's length, a caveat); a finding it cannot mend that way never costs the body whom and
how many were studied. Abstracts written for these tests."""

from __future__ import annotations

import asyncio

from offline_repairs import first_draft

from plainsum.drafters.fit_grade import body_grade, fit_grade
from plainsum.plain.compose import Line
from plainsum.schemas import Finding, Severity

COHORT = (
    "Background: Heavy drinking has been linked to faster worsening in MS.\n"
    "Objective: To test whether cutting down on alcohol after diagnosis slows worsening.\n"
    "Methods: We followed 1,940 heavy drinkers with MS from a national registry for a median "
    "of seven years and compared those who cut down with those who did not.\n"
    "Results: Each year after cutting down was linked to a 3% lower risk of needing a walking "
    "aid. People who cut down needed a walking aid a median of two years later. Relapses were "
    "as common in those who cut down as in those who kept drinking.\n"
    "Conclusion: Cutting down on alcohol after an MS diagnosis is associated with slower "
    "worsening."
)
SIZE = "1,940 heavy drinkers"


def _finding(check: str, section: str, message: str) -> Finding:
    return Finding(check=check, severity=Severity.ERROR, section=section, message=message)


def test_a_finding_fewer_sentences_cannot_mend_keeps_the_body_whole():
    drafter, request, first = first_draft(COHORT)
    assert SIZE in first.summary.what_the_study_did
    hollow = _finding("substance", "why_it_matters", "Why it matters says nothing.")
    again = asyncio.run(drafter.repair(request, first, [hollow]))
    again = asyncio.run(drafter.repair(request, again, [hollow]))
    assert again.level == first.level
    assert SIZE in again.summary.what_the_study_did


def test_a_grade_error_still_asks_for_fewer_easier_sentences():
    drafter, request, first = first_draft(COHORT)
    grade = _finding("readability", "what_the_study_did", "The body reads at grade 14.")
    again = asyncio.run(drafter.repair(request, first, [grade]))
    assert again.level == first.level + 1


def test_a_false_sentence_dropped_by_name_asks_for_no_fewer_sentences_besides():
    drafter, request, first = first_draft(COHORT)
    body = first.summary.what_the_study_did
    result = "Relapses were as common in those who cut down as in those who kept drinking."
    assert result in body
    numbers = Finding(
        check="numbers",
        severity=Severity.ERROR,
        section="what_the_study_did",
        message="The share is in the source, but not of everyone.",
        span=result,
    )
    again = asyncio.run(drafter.repair(request, first, [numbers]))
    assert result not in again.summary.what_the_study_did
    assert again.level == first.level
    # a finding that names no sentence of the draft still asks for fewer, easier ones
    vague = Finding(
        check="numbers",
        severity=Severity.ERROR,
        section="what_the_study_did",
        message="A number is off.",
        span="a number no sentence holds",
    )
    assert asyncio.run(drafter.repair(request, first, [vague])).level == first.level + 1


def _line(text: str, **kw) -> Line:
    return Line(text, (1,), **kw)


SIZE_SENTENCE = (
    "The investigators prospectively accompanied 1,940 adults who drank heavily, with "
    "multiple sclerosis, from a comprehensive national registry throughout seven years."
)


def _sections(*did: Line) -> dict[str, list[Line]]:
    return {
        "what_the_study_did": [
            _line("The researchers wanted to see whether drinking less slows MS.", keep=True),
            *did,
            _line("Cutting down was linked to a lower risk of needing a walking aid.", main=True),
            _line("People who cut down needed a walking aid two years later.", main=True),
        ],
        "why_it_matters": [_line("Drinking less may help.")],
        "limitations": [_line("This kind of study cannot show cause and effect.")],
    }


def test_the_grade_never_drops_the_one_sentence_saying_how_many_were_studied():
    sections = _sections(_line(SIZE_SENTENCE))
    assert body_grade(sections) > 8
    fit_grade(sections, 8.0)
    assert SIZE_SENTENCE in [line.text for line in sections["what_the_study_did"]]


def test_a_fact_that_says_the_size_lets_the_longer_sentence_go():
    sections = _sections(_line("The study included 1,940 people."), _line(SIZE_SENTENCE))
    assert body_grade(sections) > 6
    fit_grade(sections, 6.0)
    assert SIZE_SENTENCE not in [line.text for line in sections["what_the_study_did"]]
