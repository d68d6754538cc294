"""A headline that gives a measure of nothing it names (issue 8, stop 52's readers: a draft
headed "Among 307 symptomatic persons, sensitivity and specificity were 72.1% and 98.7%" and
never named the test): it needs an editor's look. Texts written for these tests."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_topic import unowned_measure
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

PAPER = parse(
    """A saliva test for flu in general practice

Objectives: To measure how well a new saliva test finds flu in adults with a cough or fever.

Methods: 412 adults seen by their family doctor with a cough or fever gave a saliva sample and
a nose swab; the swab, tested in a laboratory, was the reference.

Results: The saliva test found 81.2% of the infections the swab found (sensitivity) and was
negative in 97.5% of those without flu (specificity).

Conclusions: Among 412 adults with a cough, sensitivity and specificity were 81.2% and 97.5%."""
)
BODY = {
    "what_the_study_did": "Family doctors tested 412 adults with a cough or fever.",
    "why_it_matters": "Flu can make MS symptoms worse for a while. Ask your care team about it.",
    "limitations": "The study was in one country, so the results may differ elsewhere.",
}


@pytest.mark.parametrize(
    "headline",
    [
        "Among 412 adults with a cough, sensitivity and specificity were 81.2% and 97.5%",
        "Sensitivity was 81.2% in 412 adults",
        "The overall success rate was 62% among 150 patients",
        "The pooled detection rate was 81% in older adults",
    ],
)
def test_a_measure_of_nothing_named_is_found(headline):
    assert unowned_measure(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "The saliva test found 81% of flu infections in 412 adults",
        "Sensitivity of the saliva test was 81.2% in 412 adults",
        "Among adults with a cough, the saliva test's sensitivity was 81.2%",
        "Cure rates were higher with the new antibiotic",
        "In trials that compared codeine with another painkiller, the results were similar",
    ],
)
def test_a_measure_of_something_named_passes(headline):
    assert unowned_measure(headline) is None


def test_the_gate_sends_it_for_review_and_passes_the_named_one():
    def headline_findings(headline: str) -> list:
        return check_headline(PAPER, PlainSummary(headline=headline, **BODY))

    unnamed = headline_findings(
        "Among 412 adults with a cough, sensitivity and specificity were 81.2% and 97.5%"
    )
    assert [f.severity for f in unnamed if "not of what" in f.message] == [Severity.WARNING]
    named = headline_findings("The saliva test found most cases of flu in 412 adults")
    assert not [f for f in named if "not of what" in f.message]
