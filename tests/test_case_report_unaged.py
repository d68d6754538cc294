"""A case report that tells its one patient without an age or a "we report" (issue 9): "This
case is about a young woman who presented with ..." is a case report, and its case is drafted
as what the report found, never as background. And "Although each was based on one trial, A
and B ..." is never cut into a first piece that names nothing. Abstracts and sentences written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.case_story import opens_on_case
from plainsum.plain.splits import split_long
from plainsum.schemas import StudyDesign

_CASE = (
    "Sarcoidosis is an illness that forms small lumps of immune cells in organs. The lungs are "
    "most often involved, but the skin, eyes and heart may be too. This case is about a young "
    "man who presented with blurred vision and a dry cough and was later found to have "
    "sarcoidosis of the eye. He was treated with steroid drops and tablets and his sight came "
    "back within two months. Early eye checks can find this illness before sight is lost."
)


def test_a_case_told_without_an_age_is_a_case_report() -> None:
    assert detect_design(parse(_CASE)).design == StudyDesign.CASE_REPORT


@pytest.mark.parametrize(
    "text",
    [
        "This case is about a young man who presented with blurred vision.",
        "The case describes an older woman who was admitted with a fever.",
    ],
)
def test_the_case_opens_on_its_patient(text: str) -> None:
    assert opens_on_case(text)


@pytest.mark.parametrize(
    "text",
    [
        # a trial or a case-control study that speaks of a case or of a patient
        "In this randomised trial, 120 young women who presented with migraine were given "
        "the drug or a dummy pill for 12 weeks. Fewer migraine days were seen with the drug. "
        "The drug may help young women with migraine.",
        "This case-control study compared 80 people with MS and 160 people without it. People "
        "with MS had lower vitamin D levels. A young woman who presented with optic neuritis "
        "was the first case. Low vitamin D may be linked with MS.",
    ],
)
def test_a_study_of_many_is_no_case_report(text: str) -> None:
    assert detect_design(parse(text)).design != StudyDesign.CASE_REPORT


def test_a_concession_whose_subject_points_ahead_is_not_cut_off() -> None:
    # "Although each was based on a single trial, A and B ...": "each" is A and B; cut off, the
    # first piece ("Each was based on a single trial.") names nothing
    text = (
        "Although each was based on the results of a single trial, posted reminders seemed "
        "to help more than phone calls and a package of letters appeared better than usual care."
    )
    assert not any(piece.startswith("Each was") for piece in split_long(text, 20))
