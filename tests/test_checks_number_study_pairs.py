"""A count of people joined to a count of studies the paper gives other people: "10 trials with
480 people" where the paper's 10 trials held 1250 people and its 480 came from four of them.
Paper and sentences written for these tests."""

import pytest

from plainsum.checks.number_pairs import unpaired_people
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Exercise for fatigue in multiple sclerosis: a systematic review

Methods: We searched databases for randomised trials of exercise in adults with MS.

Results: We included 10 trials with 1250 participants. Exercise reduced fatigue at 12 weeks
(four trials; 480 participants). Walking speed did not change (three trials, 300
participants).

Conclusions: Exercise may reduce fatigue in people with MS."""
)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The review found 10 trials with 480 people with MS.", [("480", "10", "four")]),
        ("Three trials with 480 people looked at fatigue.", [("480", "Three", "four")]),
        # the paper's own pairs, or people it gives no study count
        ("The review found 10 trials with 1250 people with MS.", []),
        ("Four trials with 480 people looked at fatigue.", []),
        ("In three trials with 300 people, walking speed did not change.", []),
        ("The review found 10 trials; fatigue was rated in 480 people.", []),
    ],
)
def test_people_are_read_with_the_studies_they_came_from(sentence, found):
    assert unpaired_people(sentence, REVIEW) == found


def test_the_gate_reports_the_people_of_some_studies_given_to_all():
    summary = PlainSummary(
        headline="Exercise may ease tiredness in people with MS",
        what_the_study_did="Three trials with 480 people looked at tiredness.",
        why_it_matters="Tiredness is common in MS.",
        limitations="The trials were small.",
    )
    design = detect_design(REVIEW)
    findings = check_support(REVIEW, design, link_summary(REVIEW, summary, design))
    assert any(f.check == "numbers" and "480 people to four" in f.message for f in findings)


KEPT = parse(
    """Exercise for fatigue in multiple sclerosis: a systematic review

Methods: We searched databases for randomised trials of exercise in adults with MS.

Results: Sixteen potential studies were identified of which six, involving 540 participants,
were included. The comparison of exercise versus usual care, which included six trials and a
total of 498 participants, showed less fatigue at 12 weeks.

Conclusions: Exercise may reduce fatigue in people with MS."""
)


def test_people_said_after_the_kept_count_are_the_kept_studies():
    """The 540 are the six kept, never the sixteen found: "six studies with 540 people" is
    true (a count between two others breaks the pair)."""
    assert unpaired_people("The review included six studies with 540 people.", KEPT) == []
