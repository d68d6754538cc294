"""A review that found no studies to include must say so: its summary is failed when no
sentence says it found none, in any plain words. A review that included studies, found only
nothing new, or found nothing on one question among others is not an empty review. Abstracts
and summaries written for these tests."""

import pytest

from plainsum.checks import run_checks
from plainsum.checks.empty_review import check_empty_review, empty_review
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary


def _abstract(results: str) -> str:
    return (
        "Background: Cooling garments are worn by some people whose symptoms get worse in the "
        "heat.\n\nObjectives: To assess whether cooling garments reduce fatigue in adults with "
        "multiple sclerosis.\n\nSearch methods: We searched four databases up to March 2024.\n\n"
        "Selection criteria: Randomised controlled trials of cooling garments in adults.\n\n"
        f"Main results: {results}\n\nAuthors' conclusions: Well designed trials are needed to "
        "find out whether cooling garments help."
    )


EMPTY = [
    "No trials met the inclusion criteria for this review.",
    "We did not identify any randomised controlled trials that met our criteria.",
    "We identified no randomised controlled trials.",
    "No published or ongoing studies were eligible for inclusion in this review.",
    "Searches found 212 records; none of the 14 full-text studies met the criteria.",
    "Of the 31 relevant studies we found, none met the inclusion criteria because none was "
    "randomised.",
]
NOT_EMPTY = [
    "We included three trials with 140 participants. Cooling reduced fatigue.",
    "No new trials were found for this update; the two earlier trials found less fatigue.",
    "We found no studies in children. Two trials in adults found less fatigue.",
    "We found no evidence of an effect on fatigue (two trials, 90 people).",
    "Sixteen studies were assessed, four of which were included. Fatigue fell slightly.",
    "We did not find any randomised trials. Across 12 observational studies, fatigue fell.",
    "No randomised trials were found. Fatigue was lower with cooling (4 studies, 210 people).",
]


@pytest.mark.parametrize("results", EMPTY)
def test_a_review_that_found_no_studies_is_empty(results: str) -> None:
    assert empty_review(parse(_abstract(results))) is not None


@pytest.mark.parametrize("results", NOT_EMPTY)
def test_a_review_with_studies_or_a_partial_gap_is_not_empty(results: str) -> None:
    assert empty_review(parse(_abstract(results))) is None


def _summary(body: str) -> PlainSummary:
    return PlainSummary(
        headline="Cooling vests for tiredness in MS have not been tested in trials",
        what_the_study_did=(
            f"This review looked for trials of cooling vests in adults with MS. {body}"
        ),
        why_it_matters=(
            "People with MS who feel worse in the heat cannot yet know from trials whether "
            "cooling vests help. Talk with your doctor or care team before changing your care."
        ),
        limitations="A review can only be as good as the studies it finds.",
    )


SAYS_SO = [
    "It found no trials that could be included.",
    "The authors did not find any trials.",
    "No studies were good enough to include.",
    "There is no evidence from trials yet.",
    "None were found that met the review's rules.",
    "No study compared cooling vests with no treatment.",
    "Of the 31 studies the authors found, none met the entry rules for the review.",
]
SAYS_NOTHING = [
    "Cooling may be safe and may help people who feel worse in the heat.",
    "The authors searched four databases up to March 2024.",
]


@pytest.mark.parametrize("body", SAYS_SO)
def test_a_summary_that_says_the_review_was_empty_passes(body: str) -> None:
    source = parse(_abstract(EMPTY[0]))
    summary = _summary(body)
    links = link_summary(source, summary, detect_design(source))
    assert check_empty_review(source, links) == []


@pytest.mark.parametrize("body", SAYS_NOTHING)
def test_a_summary_that_never_says_so_fails(body: str) -> None:
    source = parse(_abstract(EMPTY[0]))
    summary = _summary(body).model_copy(update={"headline": "Cooling vests for tiredness in MS"})
    found = [
        f
        for f in run_checks(source, summary, detect_design(source))
        if f.check == "finding" and "no studies to include" in f.message
    ]
    assert [str(f.severity) for f in found] == ["error"]


def test_an_empty_review_whose_body_says_so_has_no_missing_result() -> None:
    """The body's 'none met the entry rules' is what the review found: the finding check does
    not also ask for a result the review could not have."""
    source = parse(_abstract(EMPTY[-1]))
    summary = _summary(
        "Of the 31 studies the authors found, none met the entry rules for the review."
    )
    errors = [
        f
        for f in run_checks(source, summary, detect_design(source))
        if f.check == "finding" and str(f.severity) == "error"
    ]
    assert errors == []
