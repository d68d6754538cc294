"""Absences said wider than the paper says them (plainsum.checks.absence_scope): "none of the
studies measured X" where the paper reports X, and "none of the children" for what the paper
says of one group. Abstracts and sentences written for the tests."""

from __future__ import annotations

import pytest

from plainsum.checks.absence_scope import absence_findings
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink

REVIEW = parse(
    "Background: Gum disease is common in older adults.\n\n"
    "Main results: We included 12 trials with 1500 people. Comparison 1: coaching versus no "
    "coaching. Three trials reported tooth loss at one year, and coaching may lower it. Gum "
    "bleeding was similar in both groups. Comparison 2: group coaching versus coaching alone. "
    "None of the studies measured tooth loss. There were no differences in sore gums or bad "
    "breath. Only four trials measured quality of life and no study looked at costs.\n\n"
    "Authors' conclusions: Coaching may help people keep their teeth. Future trials should "
    "measure dental pain."
)
COHORT = parse(
    "Background: Kidney stones come back in many people.\n\n"
    "Results: We followed 300 adults for five years. Stones came back in 90 of them. None of "
    "the 40 adults on the low-salt diet needed surgery. Blood pressure rose with age.\n\n"
    "Conclusions: A low-salt diet may keep stones away."
)
WHOLE_COHORT = parse(
    "Background: Kidney stones come back in many people, and some need surgery.\n\n"
    "Results: We followed 300 adults for five years. None of the patients needed surgery.\n\n"
    "Conclusions: Stones seldom need surgery in adults who are followed closely."
)


def _findings(source, text: str):
    return absence_findings(source, EvidenceLink(section="what_the_study_did", index=0, text=text))


@pytest.mark.parametrize(
    "text",
    [
        # the paper says it of one comparison, and reports tooth loss in another
        "None of the studies measured tooth loss.",
        # the paper reports no difference: it was measured
        "No trial looked at sore gums.",
        "None of the included trials reported bad breath or gum bleeding.",
        # four trials measured it, in the clause before the absence of costs
        "None of the trials looked at quality of life or costs.",
    ],
)
def test_an_absence_the_paper_reports_on_is_an_error(text):
    found = _findings(REVIEW, text)
    assert [f.check for f in found] == ["support"]
    assert "says no study measured it" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "No study looked at costs.",  # the paper's own absence
        "None of the trials measured dental pain.",  # only asked for, never reported
        # the sentence keeps the paper's limit
        "None of the studies comparing group coaching with coaching alone measured tooth loss.",
        "None of the studies of group coaching measured tooth loss.",
        "No study looked at tooth loss in children.",
        "No study measured the effects of group coaching on tooth loss.",
        # another statement after the absence is not read as what was not measured
        "No study looked at costs, but coaching may help people keep their teeth.",
        "Coaching may lower tooth loss.",  # no absence at all
    ],
)
def test_an_absence_the_paper_bears_out_or_limits_is_not_read(text):
    assert _findings(REVIEW, text) == []


def test_nobody_in_the_study_for_what_the_paper_says_of_one_group_is_an_error():
    found = _findings(COHORT, "None of the adults in the study needed surgery.")
    assert found and "one group only" in found[0].message
    assert _findings(COHORT, "Nobody in the study needed surgery.")


@pytest.mark.parametrize(
    "source, text",
    [
        (COHORT, "None of the adults on the low-salt diet needed surgery."),  # the group kept
        (WHOLE_COHORT, "None of the adults in the study needed surgery."),  # said of everyone
        (COHORT, "None of the adults in the study went blind."),  # not said by the paper at all
    ],
)
def test_nobody_the_paper_says_of_everyone_or_a_named_group_is_not_read(source, text):
    assert _findings(source, text) == []
