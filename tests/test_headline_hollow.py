"""A hollow headline: about the evidence, an effect or the studies, naming nothing the paper
studied (plainsum.checks.headline_hollow). Texts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_hollow import hollow
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PAPER = parse(
    """Cooling vests for heat-related fatigue in multiple sclerosis

Objectives: To assess whether cooling vests reduce fatigue in people with multiple sclerosis
who are sensitive to heat.

Main results: We included four trials with 212 participants. Cooling vests reduced fatigue
scores after four weeks (MD -6.1, 95% CI -9.0 to -3.2; 3 trials, 168 participants). Walking
speed did not differ clearly. The certainty of the evidence was low for every outcome.

Authors' conclusions: Cooling vests may reduce heat-related fatigue in people with multiple
sclerosis. The evidence is of low certainty, and larger trials are needed."""
)
BODY = {
    "what_the_study_did": "The review pooled four trials of cooling vests in 212 people.",
    "why_it_matters": "Heat can make MS fatigue worse. Talk with your doctor or care team.",
    "limitations": "A review can only be as good as the studies it includes.",
}


@pytest.mark.parametrize(
    "headline",
    [
        "The level of evidence is mostly low to moderate",
        "The amount of evidence collected was not enough to draw any conclusions",
        "This review does not provide enough evidence on which to base practice",
        "Small numbers of studies and people limited the authors' confidence in the evidence",
    ],
)
def test_a_headline_about_the_evidence_alone_is_hollow(headline):
    assert hollow(PAPER, headline)
    messages = [f.message for f in check_headline(PAPER, PlainSummary(headline=headline, **BODY))]
    assert messages, headline


@pytest.mark.parametrize(
    "headline",
    [
        "The evidence suggests cooling vests may reduce fatigue in people with MS",
        "The level of evidence for cooling vests is low",
        "The effect on heat-related fatigue was small but clear",
        "Cooling vests may reduce fatigue, but the evidence is weak",
    ],
)
def test_a_headline_that_names_what_was_studied_is_not_hollow(headline):
    assert hollow(PAPER, headline) is None


@pytest.mark.parametrize(
    "headline,flagged",
    [
        ("Patients with lung scarring had negative results in 7 and positive in 3", True),
        ("Patients with other lung diseases had negative blood test results in 7", False),
        ("Most swabs from the clinic had negative results", False),
    ],
)
def test_results_said_positive_or_negative_of_no_test_need_review(headline, flagged):
    findings = check_headline(PAPER, PlainSummary(headline=headline, **BODY))
    said = [f for f in findings if "but not of what" in f.message]
    assert bool(said) == flagged, findings
    assert all(f.severity == "warning" for f in said)
