""" "The identified members" said as the things the sentence before sorts into classes, so an MS
review's only conclusion stands alone and "why it matters" can say it (issue 9, plaba 34638664).
Every sentence is written for these tests."""

from __future__ import annotations

from composed_draft import drafted

from plainsum.plain.members_named import members_named

CLASSED = "Blood markers are grouped into several classes by what they show about the disease."


def test_the_members_are_the_things_the_sentence_before_classes() -> None:
    text = "The identified members point to several disease processes in MS."
    assert members_named(text, CLASSED) == (
        "The markers identified point to several disease processes in MS."
    )


def test_nothing_changes_when_the_sentence_before_classes_nothing() -> None:
    text = "The identified members point to several disease processes in MS."
    before = "Blood markers have been measured in many studies of the disease."
    assert members_named(text, before) == text
    assert members_named("Members of staff were trained.", CLASSED) == (
        "Members of staff were trained."
    )


REVIEW = (
    "Background: Multiple sclerosis (MS) is a long-term disease of the brain and spinal cord "
    "that harms the covering of nerves. Markers in blood and spinal fluid have been used to help "
    "doctors diagnose the disease and follow how it changes. Blood markers are grouped into "
    "several classes by what they show about risk, diagnosis, outlook or response to treatment "
    "in MS.\n\nConclusion: The identified members indicate several disease processes of MS, "
    "such as nerve damage, scarring and myelin repair. This narrative review describes markers "
    "in spinal fluid and blood, and the most promising scan markers used in clinics."
)


def test_an_ms_review_says_its_conclusion_under_why_it_matters() -> None:
    summary = drafted(REVIEW)
    assert "identified members" not in summary.why_it_matters
    assert "markers" in summary.why_it_matters
    assert "disease processes of MS" in summary.why_it_matters
