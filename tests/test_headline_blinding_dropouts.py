"""Who knew which treatment each person had is how a trial was blinded, and how many it lost
to follow-up is a side point: neither is the finding a headline must lead with
(plainsum.checks.headline_procedure, headline_side). Abstract written for this test."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

TRIAL = parse(
    "Objective: To test whether a home walking programme improves walking in adults with "
    "peripheral artery disease. Methods: In this open-label randomised trial, 180 adults were "
    "assigned to a 12-week home walking programme or usual care. Outcome assessors, but not "
    "participants or their doctors, were blinded to allocation. Results: Six-minute walking "
    "distance improved by 42 metres more with the programme (95% CI 20 to 64). Thirty "
    "participants were lost to follow-up, more in the usual care group. Conclusions: A home "
    "walking programme improved walking distance in adults with peripheral artery disease."
)
BODY = {
    "what_the_study_did": "Adults with poor blood flow in the legs walked at home or had usual "
    "care for 12 weeks.",
    "why_it_matters": "Ask your doctor or nurse before you start a new exercise plan.",
    "limitations": "This was one trial, and people knew which group they were in.",
}


@pytest.mark.parametrize(
    "headline,flagged",
    [
        ("The patients and their doctors knew which programme each person had", True),
        ("Nobody who scored the walking tests knew who had the home programme", True),
        ("The trial lost 30 adults to follow-up, most of them in the usual care group", True),
        ("Walking at home helped adults with poor leg circulation walk further", False),
        ("A home walking plan added about 40 metres to a six-minute walk", False),
    ],
)
def test_blinding_and_dropouts_are_not_the_finding(headline, flagged):
    found = check_headline(TRIAL, PlainSummary(headline=headline, **BODY))
    assert bool(found) is flagged, found
