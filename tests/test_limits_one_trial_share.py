"""A limit a review states of one of its trials ("Another small trial found X, though its
participants were not blinded") is said of some of the studies, never of "the studies" as a
whole, which read as all of them (gate_identity: a carpal tunnel review's draft said "people in
the studies knew which treatment they had" where 6 of 11 reported blinding). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from review_limits import review_limits

from plainsum.ingest import parse
from plainsum.plain.limits import stated_limits
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "results",
    [
        "Another small trial with 40 people found that vests eased tiredness, though the "
        "participants were not blinded to treatment.",
        "One trial with 30 people found less tiredness with vests, but participants were not "
        "blinded.",
    ],
)
def test_a_limit_of_one_trial_is_said_of_some_of_them(results: str) -> None:
    said = review_limits(results)
    assert "open" in said
    assert "some of the studies" in said["open"]


def test_a_reviews_only_trial_is_no_share() -> None:
    text = (
        "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
        "Main results: One open-label trial of 40 adults was eligible for inclusion.\n"
        "Authors' conclusions: Cooling vests may ease tiredness."
    )
    found = {
        x.name: x.text for x in stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW)
    }
    assert "some of" not in found.get("open", "")
