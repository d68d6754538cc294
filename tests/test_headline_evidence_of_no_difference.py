"""A headline that says the evidence shows no difference, with nothing the difference lies
between ("There was strong evidence of no difference in miscarriage rate ..."), leads with a side
outcome and names no treatment: read alone it says nothing of what was compared (issue 8, from
the offline draft of CD010287, whose conclusions first say one drug beat another). Texts
written for these tests."""

import pytest
from gate_probes import headline_errors

from plainsum.ingest import parse

REVIEW = parse(
    """Cooling caps for hair loss during chemotherapy

Objectives: To assess the effects of scalp cooling caps compared with no cooling on hair loss
in adults having chemotherapy.

Results: Eleven trials with 1210 adults were included. Fewer adults lost their hair with scalp
cooling than without it. Headaches were as common in both groups.

Conclusions: Scalp cooling probably reduces hair loss in adults having chemotherapy. There is
moderate-certainty evidence of no difference in headaches or neck pain."""
)
BODY = {
    "what_the_study_did": "The researchers looked at trials in adults.",
    "why_it_matters": "This work did not look at MS. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def errors(headline: str) -> list[str]:
    return headline_errors(REVIEW, headline, BODY)


@pytest.mark.parametrize(
    "headline",
    [
        "There was moderate evidence of no difference in headaches or neck pain",
        "There is evidence of no clear difference in headaches",
        "There was strong evidence that there was no difference in headaches",
    ],
)
def test_evidence_of_no_difference_in_nothing_named_is_an_error(headline: str) -> None:
    assert errors(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Scalp cooling probably reduces hair loss in adults having chemotherapy",
        "There was evidence of no difference in headaches between cooling and no cooling",
        "There was evidence of no difference in headaches with scalp cooling",
    ],
)
def test_a_difference_with_its_sides_passes(headline: str) -> None:
    assert not errors(headline)
