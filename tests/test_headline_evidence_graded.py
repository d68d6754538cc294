"""A headline that says only how the evidence was graded, every grade named ("The level of
evidence was graded high, moderate or low"), reports how the review was done, not what it found
(issue 8). Found in the offline drafts of ../shared/data (devaraj-183 fell back to it once its
research-call headline was caught). Texts written for these tests."""

import pytest
from gate_probes import headline_errors

from plainsum.ingest import parse

REVIEW = parse(
    """We included six trials with 900 adults with long-term back pain. Exercise classes eased
pain more than usual care (MD -8 points, 95% CI -12 to -4). The certainty of the evidence was
graded moderate or low. Exercise classes probably ease long-term back pain in adults."""
)
BODY = {
    "what_the_study_did": "The researchers pooled six trials in adults with back pain.",
    "why_it_matters": "This work did not look at MS. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def errors(headline: str) -> list[str]:
    return headline_errors(REVIEW, headline, BODY)


@pytest.mark.parametrize(
    "headline",
    [
        "The level of evidence was graded high, moderate or low",
        "The certainty of the evidence was rated moderate or low",
    ],
)
def test_the_grading_alone_is_how_the_review_was_done(headline: str) -> None:
    assert any("how the study was done" in m for m in errors(headline))


def test_a_finding_with_its_certainty_passes() -> None:
    assert not errors(
        "Exercise classes probably ease long-term back pain, moderate-certainty evidence shows"
    )
