"""A headline that says how a patient fared, or who was more likely to see an outcome, states a
finding: it is not the paper's background repeated, nor how the study was done (issue 8: both
were failed as such). Sources and headlines written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_claims import claims
from plainsum.checks.headline_procedure import PROCEDURE
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

CASE = parse(
    "Cryptococcal meningitis is a rare fungal infection of the brain lining that can occur in "
    "people taking fingolimod for multiple sclerosis. We describe a 52-year-old man with "
    "relapsing MS who had taken fingolimod for 7 years and developed headache and confusion. "
    "Fungal antigen was found in his spinal fluid. Fingolimod was stopped and he was treated "
    "with antifungal drugs for 10 weeks. At 6 months his confusion had cleared and he returned "
    "to work. This case shows that early diagnosis and stopping fingolimod can lead to a good "
    "outcome."
)
CASE_BODY = {
    "what_the_study_did": (
        "Doctors describe one man with MS who had taken fingolimod for 7 years. He developed "
        "headache and confusion, and a fungal infection was found in his spinal fluid."
    ),
    "why_it_matters": (
        "This infection is a known risk of the drug. Tell your MS team at once about a new "
        "headache or confusion."
    ),
    "limitations": "This report is about one person. Others may not do as well.",
}

COHORT = parse(
    "Objective: To examine whether walking is associated with disability worsening in "
    "multiple sclerosis. Methods: We followed 2,100 people with relapsing MS for 5 years. "
    "Results: People who walked more than 30 minutes a day had a lower risk of disability "
    "worsening (hazard ratio 0.70). Conclusion: Daily walking was associated with a lower risk "
    "of disability worsening in relapsing MS."
)
COHORT_BODY = {
    "what_the_study_did": "The study followed 2,100 people with relapsing MS for 5 years.",
    "why_it_matters": "Walking is easy to study further. Ask your MS nurse about exercise.",
    "limitations": "The study shows a link, not that walking itself protects the nerves.",
}


@pytest.mark.parametrize(
    "headline",
    [
        "A man with MS recovered from a rare fungal infection after his drug was stopped",
        "A man with MS survived a rare fungal infection of the brain lining",
    ],
)
def test_how_a_case_fared_is_its_finding(headline: str) -> None:
    assert claims(headline)
    assert check_headline(CASE, PlainSummary(headline=headline, **CASE_BODY)) == []


def test_the_background_alone_still_fails() -> None:
    headline = "Cryptococcal meningitis is a rare fungal infection of the brain lining"
    assert check_headline(CASE, PlainSummary(headline=headline, **CASE_BODY))


@pytest.mark.parametrize(
    "headline",
    [
        "People with MS who walked daily were less likely to see their disability get worse",
        "Daily walkers with MS were unlikely to see their disability worsen within 5 years",
    ],
)
def test_likely_to_see_is_a_finding_not_a_procedure(headline: str) -> None:
    assert not PROCEDURE.search(headline)
    assert check_headline(COHORT, PlainSummary(headline=headline, **COHORT_BODY)) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Researchers followed 2,100 people with MS to see whether walking matters",
        "People with MS were followed for 5 years to test their walking",
        # 'available' ends in 'able' but says nothing of how likely anything is
        "No trials were available to check whether walking helps people with MS",
    ],
)
def test_a_purpose_is_still_a_procedure(headline: str) -> None:
    assert PROCEDURE.search(headline)
    assert check_headline(COHORT, PlainSummary(headline=headline, **COHORT_BODY))
