"""A search of a database of reports or records is no review (issue 9: "a paper of unknown design
gets no design sentence rather than a wrong one"), from the lead's held-out reading of stop 57: a
disproportionality analysis of spontaneous reports ("We searched the ... reporting database for
reports of ...") was drafted as "a review of earlier studies", with "A review can only be as good
as the studies it includes." as its limitation. Abstracts written for these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import StudyDesign

_REPORTS = (
    "Objective: To examine whether rash is reported more often than expected with drug Q.\n\n"
    "Methods: We searched the national spontaneous reporting database from 2015 to 2023 for "
    "reports of rash with all asthma inhalers. The reporting odds ratio compared the share of "
    "rash reports for drug Q with that for other inhalers.\n\n"
    "Results: Of 9,120 reports for drug Q, 140 described rash (1.5%), against 0.6% for other "
    "inhalers (ROR 2.5, 95% CI 2.0 to 3.1).\n\n"
    "Conclusions: Rash is reported more often with drug Q than with other inhalers."
)
_CLAIMS = (
    "We searched the regional health claims records of 2.1 million adults for new users of "
    "drug Q and followed them for a median of three years. New users had more hip fractures "
    "than users of drug R (hazard ratio 1.3, 95% CI 1.1 to 1.5)."
)
_REVIEW = (
    "We searched MEDLINE, Embase and CENTRAL to March 2023 for randomised trials of drug Q in "
    "asthma. We included 14 trials with 3,200 participants. Drug Q reduced attacks (RR 0.7)."
)


def test_a_search_of_spontaneous_reports_is_a_study_of_what_was_reported() -> None:
    assert detect_design(parse(_REPORTS)).design == StudyDesign.OBSERVATIONAL


def test_a_search_of_claims_records_is_no_review() -> None:
    assert detect_design(parse(_CLAIMS)).design != StudyDesign.REVIEW


def test_a_search_of_the_literature_is_still_a_review() -> None:
    assert detect_design(parse(_REVIEW)).design == StudyDesign.REVIEW
