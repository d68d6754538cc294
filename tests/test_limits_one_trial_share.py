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


@pytest.mark.parametrize(
    "results",
    [
        # (reader59_w1, CD002062: "the studies had flaws" where the other trial was at low risk)
        "One trial compared vests with no vests in 35 adults. The trial had a high risk of bias.",
        "We included two trials. One trial with 40 adults had a high risk of bias.",
    ],
)
def test_flaws_of_one_trial_of_a_review_are_said_of_some_of_them(results: str) -> None:
    said = review_limits(results)
    assert "bias" in said
    assert "some of the studies" in said["bias"] or "some studies" in said["bias"]


def test_flaws_said_of_the_trials_stay_the_studies() -> None:
    said = review_limits("We included two trials. The trials had a high risk of bias.")
    assert said["bias"] == "The authors say the studies had flaws in how they were done."


def test_a_review_of_one_trial_says_its_flaws_as_that_trials() -> None:
    from plainsum.api import draft
    from plainsum.settings import Settings

    text = (
        "Objectives: To assess early washing after skin surgery.\n"
        "Main results: Only one trial was identified for inclusion in this review. This trial "
        "was at a high risk of bias. It randomised 300 adults to early or late washing. Wound "
        "infections did not differ between the groups.\n"
        "Authors' conclusions: There is no clear evidence on early washing after skin surgery."
    )
    lim = draft(text, Settings(backend="offline")).summary.limitations
    assert "the study had flaws in how it was done" in lim
    assert "studies had flaws" not in lim
