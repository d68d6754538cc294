"""A result the paper found only in some people, or in one trial, stated of everyone (issue 8,
dropped qualifiers). Papers and sentences written for these tests."""

import pytest
from summary_with import support_messages

from plainsum.checks.scope_kept import narrowing
from plainsum.ingest import parse

REVIEW = parse(
    """Background: Balance training is offered to people with multiple sclerosis who fall.

Methods: We searched for randomised trials of balance training compared with usual care.

Results: We included seven trials with 410 participants. Balance training reduced the number \
of falls (RR 0.68; 95% CI 0.52 to 0.89). Walking speed improved with balance training, but \
only in participants who could walk without an aid (MD 0.12 m/s; 95% CI 0.04 to 0.20). \
Confidence in standing balance was higher after training in one small trial of 30 \
participants (MD 4.1; 95% CI 0.3 to 7.9).

Conclusions: Balance training reduces falls in people with MS."""
)

SECTIONS = {
    "headline": "Balance training cut falls in people with MS",
    "what_the_study_did": "The reviewers found seven trials with 410 people.",
    "why_it_matters": "Falls are common in MS. Ask your physiotherapist about balance work.",
    "limitations": "Most trials were small.",
}


def _messages(sentence: str, section: str = "what_the_study_did") -> list[str]:
    return support_messages(REVIEW, SECTIONS, sentence, "found only", section)


@pytest.mark.parametrize(
    "sentence",
    [
        "Walking speed improved with balance training.",
        "Confidence in standing balance was higher after the training.",
    ],
)
def test_a_result_said_of_everyone_where_the_paper_narrows_it_is_an_error(sentence):
    assert _messages(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Walking speed improved with balance training, but only in people who walked unaided.",
        "Walking speed improved for people who could walk without a stick or frame.",
        "In one small trial, confidence in standing balance was higher after the training.",
        "In one randomised trial, confidence in standing balance was higher after training.",
        # a result the paper states of everyone
        "Balance training reduced the number of falls.",
    ],
)
def test_a_kept_scope_or_a_result_of_everyone_passes(sentence):
    assert not _messages(sentence)


def test_a_clause_that_does_not_narrow_the_result_is_no_scope():
    paper = "Pain fell with the drug, but nausea was more common (RR 2.0)."
    assert narrowing(paper, "Pain fell with the drug.") is None
