"""A headline judged against the paper's conclusion by what each says happened
(plainsum.checks.headline_against; texts written for these tests)."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

WALKING = """Home walking programme for fatigue in multiple sclerosis: a randomised trial

Objectives: To find out whether a home walking programme reduces fatigue in adults with
multiple sclerosis.

Methods: We randomly assigned 120 adults with multiple sclerosis to 12 weeks of guided home
walking or to usual care. Daily steps were tracked with a wrist sensor. Fatigue, sleep quality
and quality of life were rated at 12 weeks.

Results: Fatigue scores fell more with walking than with usual care. Sleep quality and quality
of life did not differ between the groups. One woman stopped walking because of knee pain.

Conclusions: {conclusion}"""

EFFECT = "A home walking programme reduced fatigue in adults with multiple sclerosis."
CONCEDED = (
    "A home walking programme did not change sleep quality, but it reduced fatigue in adults "
    "with multiple sclerosis."
)
NULL = "A home walking programme did not reduce fatigue in adults with multiple sclerosis."
DOUBT = "It is unclear whether a home walking programme helps adults with multiple sclerosis."
LEAD_THEN_DOUBT = (
    "A home walking programme reduced fatigue in adults with multiple sclerosis. It is uncertain "
    "whether it changed sleep quality."
)
DOUBT_FIRST = (
    "It is uncertain whether a home walking programme changed sleep quality. It may reduce "
    "fatigue in adults with multiple sclerosis."
)
CALL = "Larger trials are needed to find out whether home walking helps in multiple sclerosis."

BODY = {
    "what_the_study_did": "The trial compared home walking with usual care in 120 adults.",
    "why_it_matters": "Fatigue is common in MS. Talk with your doctor or care team.",
    "limitations": "This was a single trial. It lasted only 12 weeks.",
}


def _messages(headline: str, conclusion: str = EFFECT, case: str = "") -> list[str]:
    paper = parse(WALKING.format(conclusion=conclusion) + case)
    return [f.message for f in check_headline(paper, PlainSummary(headline=headline, **BODY))]


@pytest.mark.parametrize(
    "headline,conclusion,what",
    [
        # a secondary measure that did not change, beside a conclusion that states an effect
        ("Sleep quality did not change with a home walking programme in MS", EFFECT, "not happen"),
        ("Quality of life showed no clear difference with walking in MS", EFFECT, "not happen"),
        # the part the authors concede before their 'but'
        ("Home walking did not change sleep quality in adults with MS", CONCEDED, "not happen"),
        # one participant of a trial of 120
        ("One woman stopped home walking because of knee pain", EFFECT, "one participant"),
        # who gained most
        ("Adults with mild MS gained most from a home walking programme", EFFECT, "gained most"),
        # what was measured, with nothing found
        ("A band on the arm logged how far each person with MS walked daily", EFFECT, "measured"),
        # what the authors could not settle, after a conclusion that states an effect
        (
            "It is uncertain whether home walking changed sleep quality in MS",
            LEAD_THEN_DOUBT,
            "only what is uncertain",
        ),
        (
            "We do not know if home walking changed sleep quality in MS",
            LEAD_THEN_DOUBT,
            "only what is uncertain",
        ),
        (
            "A review of two trials found no clear evidence about home walking in MS",
            LEAD_THEN_DOUBT,
            "only what is uncertain",
        ),
    ],
)
def test_side_points_against_the_conclusion_are_errors(headline, conclusion, what):
    messages = _messages(headline, conclusion)
    assert len(messages) == 1 and what in messages[0], messages


@pytest.mark.parametrize(
    "headline,conclusion",
    [
        # the main finding, in other words
        ("A home walking programme eased fatigue in adults with MS", EFFECT),
        # a denial beside an effect of its own
        ("Home walking eased fatigue in MS but did not change sleep quality", EFFECT),
        # a denial the conclusions make too, or doubt
        ("Home walking did not reduce fatigue in adults with MS", NULL),
        ("Home walking did not clearly change sleep or quality of life in MS", DOUBT),
        # a call for more research states no effect to set the denial against
        ("Sleep quality did not change with home walking in adults with MS", CALL),
        # a denial inside a clause that describes someone is no claim
        ("Adults whose fatigue does not ease on rest gained from home walking in MS", EFFECT),
        # 'most' before a noun is no subgroup, nor one in a clause that describes someone
        ("Finding adults who are most likely to respond would help target walking", EFFECT),
        ("Home walking helped most adults with MS feel less tired", EFFECT),
        # a denial that names nothing the conclusions name claims nothing about their finding
        ("Blood pressure did not differ between the two groups of the trial", EFFECT),
        # what was measured, with what it showed
        ("A wrist sensor showed that home walking raised daily steps in MS", EFFECT),
        # what is uncertain, when the conclusions lead with it or state nothing firmer
        ("It is uncertain whether home walking changed sleep quality in MS", DOUBT_FIRST),
        ("It is unclear whether home walking helps adults with MS", DOUBT),
        ("It is uncertain whether home walking changed sleep quality in MS", CALL),
        # no evidence of a benefit is a finding; nothing known about it heads a paper whose
        # conclusions lead with what is uncertain
        ("A trial found no clear evidence of benefit from home walking in MS", DOUBT),
        ("A study found no clear evidence about home walking in MS", DOUBT_FIRST),
    ],
)
def test_the_main_finding_passes(headline, conclusion):
    assert _messages(headline, conclusion) == []


def test_one_participant_may_head_a_case_report():
    case = "\n\nThis case report describes a 52-year-old woman with multiple sclerosis."
    messages = _messages("One woman stopped home walking because of knee pain", EFFECT, case)
    assert not any("one participant" in m for m in messages), messages
