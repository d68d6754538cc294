"""A headline that remarks how widely practice uses a treatment ("is widely used by
clinicians", "doctors often prescribe it") leads with a side point when the paper's results
are about what the treatment does (plainsum.checks.headline_side). Abstract written for this
test, in the shape of a narrative review."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    "Magnesium has long been linked with headache. Low magnesium levels have been reported in "
    "some people with migraine. Trials of oral magnesium in adults with frequent migraine have "
    "generally reduced the number of attacks, with mild diarrhoea as the main harm. In "
    "children, the evidence remains sparse. Although guidelines give it only a weak "
    "recommendation, magnesium is widely used by clinicians for other headache types. Future "
    "trials might identify who benefits most."
)
BODY = {
    "what_the_study_did": "The authors read the trials of magnesium pills for headache.",
    "why_it_matters": "Ask your doctor before you take supplements.",
    "limitations": "This was a review that did not pool the trials.",
}


@pytest.mark.parametrize(
    "headline,flagged",
    [
        ("Magnesium is widely used by clinicians for other kinds of headache", True),
        ("Doctors often prescribe magnesium for headaches other than migraine", True),
        # what the treatment did, said beside or without the remark
        ("Magnesium pills may mean fewer migraine attacks in adults", False),
        ("Magnesium may cut migraine attacks, and doctors often prescribe it", False),
    ],
)
def test_a_remark_on_practice_is_a_side_point(headline, flagged):
    found = check_headline(REVIEW, PlainSummary(headline=headline, **BODY))
    assert bool(found and "side point" in found[0].message) is flagged, found


def test_a_survey_of_practice_may_lead_with_it():
    """When what practice does is what the paper found, it is the finding."""
    survey = parse(
        "We surveyed 412 family doctors in Wales about headache care. Most said they often "
        "prescribe magnesium for migraine. Magnesium is widely used by doctors in Wales for "
        "migraine, although the evidence for it is modest."
    )
    headline = "Magnesium is widely used by doctors in Wales for migraine"
    assert check_headline(survey, PlainSummary(headline=headline, **BODY)) == []


def test_a_treatment_named_by_its_use_is_no_remark():
    """'Drugs commonly used for migraine' names the drugs; the headline states what they did."""
    headline = "Pills commonly used for migraine cut attacks in adults, with mild diarrhoea"
    found = check_headline(REVIEW, PlainSummary(headline=headline, **BODY))
    assert not (found and "side point" in found[0].message), found
