"""A headline whose effect or group belongs to nothing it names (plainsum.checks.headline_topic
.unowned): "a survival benefit" of no treatment for no one; "the treatment group" of a treatment
the headline never names. Texts written for these tests."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Maintenance lenalidomide after stem cell transplant for myeloma

Objectives: To assess whether maintenance lenalidomide given after a stem cell transplant
lengthens survival in adults with myeloma.

Methods: We searched three databases to March 2020 for randomised trials of lenalidomide.

Results: Five trials with 2,100 adults were included. Overall survival was longer with
lenalidomide than with no maintenance. Second cancers were more common with lenalidomide.
Low blood counts were more frequent with lenalidomide.

Conclusions: Maintenance lenalidomide probably lengthens survival in adults with myeloma after
a transplant, at the cost of more second cancers."""
)
TRIAL = parse(
    """Tight glucose control with insulin after an acute stroke

Objectives: To test whether insulin given to keep blood glucose in a narrow range improves
recovery after an acute stroke.

Methods: 400 adults admitted with a stroke were randomly assigned to insulin or usual care.

Results: Recovery at three months did not differ between the groups. Episodes of symptomatic
hypoglycaemia were more frequent with insulin (12% versus 1%).

Conclusions: Insulin to keep glucose in a narrow range did not improve recovery after stroke
and led to more hypoglycaemia."""
)
BODY = {
    "what_the_study_did": "The researchers looked at trials in adults.",
    "why_it_matters": "This work did not look at MS. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def unowned(source, headline: str) -> bool:
    findings = check_headline(source, PlainSummary(headline=headline, **BODY))
    return any("does not name the treatment or the people" in f.message for f in findings)


@pytest.mark.parametrize(
    "source,headline",
    [
        (REVIEW, "This review suggests for the first time a survival benefit"),
        (REVIEW, "The trials found a clear advantage overall"),
        (REVIEW, "Clear differences were not seen in any of the comparisons"),
        (TRIAL, "Low blood sugar with symptoms was more common in the treatment group"),
        (TRIAL, "The intervention group had more episodes of low blood sugar"),
        (TRIAL, "Results did not differ between the study arms at three months"),
    ],
)
def test_an_effect_or_group_of_nothing_named_is_an_error(source, headline: str) -> None:
    assert unowned(source, headline)
    assert all(
        f.severity.value == "error"
        for f in check_headline(source, PlainSummary(headline=headline, **BODY))
    )


@pytest.mark.parametrize(
    "source,headline",
    [
        # what had the effect is named, before it or after it
        (REVIEW, "Lenalidomide after a transplant probably gives a survival benefit"),
        (REVIEW, "A survival benefit of lenalidomide was seen in adults with myeloma"),
        (REVIEW, "There was a clear survival benefit with maintenance treatment"),
        (REVIEW, "The benefits and harms of lenalidomide were weighed in five trials"),
        # the group's treatment is named in the headline, or said right after the label
        (
            TRIAL,
            "Insulin did not help recovery, and low sugar was more common in the treatment group",
        ),
        (TRIAL, "Low blood sugar was more common in the treatment group, who took insulin"),
        (TRIAL, "Tight glucose control did not improve recovery after a stroke"),
    ],
)
def test_an_effect_or_group_of_something_named_passes_this_rule(source, headline: str) -> None:
    assert not unowned(source, headline)
