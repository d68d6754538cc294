"""Headlines that human lay summaries use and the headline check failed for their wording, not
their content (issue 8: false alarms on the conclusion sentences of ../shared/data's human
summaries): a finding inside the authors' reporting frame ("These results suggest that ..."),
the reporting 'it' of "It must be noted that ...", and a side point that is one item of a list
of outcomes after a colon. Each keeps its near miss. Sentences written for these tests."""

import pytest
from test_headline_topic_only import BODY, review_headline_errors

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

NO_DIFFERENCE = parse(
    """Cooling vests versus cooling caps for heat-related fatigue in multiple sclerosis

Objectives: To compare cooling vests with cooling caps for fatigue in people with MS who are
sensitive to heat.

Methods: We searched three databases for randomised trials comparing vests with caps.

Results: Four trials with 160 participants compared vests with caps. Fatigue, walking speed,
adverse events and sleep did not differ between the two.

Conclusions: Cooling vests and cooling caps did not differ in any outcome for people with MS."""
)


def no_difference_errors(headline: str) -> list[str]:
    found = check_headline(NO_DIFFERENCE, PlainSummary(headline=headline, **BODY))
    return [f.message for f in found if f.severity.value == "error"]


@pytest.mark.parametrize(
    "headline",
    [
        "These results suggest that cooling garments may reduce fatigue in people with MS.",
        "Our findings show that cooling vests may ease tiredness in heat-sensitive MS.",
        "It must be noted that cooling garments may reduce fatigue in people with MS.",
    ],
)
def test_a_finding_in_a_frame_is_the_finding(headline):
    assert review_headline_errors(headline) == []


def test_a_side_point_listed_among_the_outcomes_is_not_the_lead():
    headline = (
        "Vests and caps for MS did not differ in any outcome: adverse events, fatigue, "
        "walking speed or sleep."
    )
    assert no_difference_errors(headline) == []


@pytest.mark.parametrize(
    "headline, word",
    [
        # the frame's claim leans back itself
        ("These results suggest that these patients may tire less with cooling.", "These"),
        ("These results suggest that it may reduce fatigue in people with MS.", "It"),
        # a pointing word with no reporting frame
        ("These garments may reduce fatigue in people with MS.", "These"),
        # an 'it' that stands for a thing never named
        ("It should be worn in hot weather by people with MS.", "It"),
    ],
)
def test_a_claim_that_leans_back_still_fails(headline, word):
    errors = review_headline_errors(headline)
    assert any(f"leans on a sentence that is not there ('{word}')" in e for e in errors)


def test_a_side_point_before_the_list_still_leads():
    errors = no_difference_errors("Adverse events did not differ: vests, caps and collars.")
    assert any("side point" in e for e in errors)
