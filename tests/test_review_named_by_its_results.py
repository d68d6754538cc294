"""A review's abstract may give only its results ("We included three trials with 492 people",
"We screened 4226 titles to yield seven RCTs"): a summary that calls it a review is supported.
Sentences written for these tests."""

import pytest

from plainsum.checks.study_statements import design_statement

SAID = "This was a review of earlier studies."


@pytest.mark.parametrize(
    "paper",
    [
        "We included three trials with a total of 210 adults who had a knee replaced.",
        "We screened 3100 titles to yield six RCTs with 700 participants.",
        "Eleven trials were included, all of them small.",
        "Nine studies met our inclusion criteria.",
        "We identified 14 randomised studies of splints.",
    ],
)
def test_a_review_told_by_its_results_is_a_review(paper):
    assert design_statement(SAID, paper) == (True, None)


@pytest.mark.parametrize(
    "paper",
    [
        "We recruited 40 adults with asthma to a trial of a new inhaler.",
        "The trial included 120 children and lasted a year.",
    ],
)
def test_one_study_is_still_no_review(paper):
    assert design_statement(SAID, paper) == (True, "a review")
