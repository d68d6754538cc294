"""A limit a review says held "in many cases" ("high risk of bias because of drop-outs and, in
many cases, lack of blinding") is said of some of the studies, never of "the studies", which
reads as all of them (CD004610's draft said people in the studies knew which treatment they had).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from review_limits import review_limits


@pytest.mark.parametrize(
    ("results", "share"),
    [
        (
            "For the other comparisons the evidence was of low quality because of imprecision and "
            "in many cases lack of blinding.",
            "some of the studies",
        ),
        (
            "Most comparisons had a high risk of bias, in most cases because there was no "
            "blinding.",
            "most of the studies",
        ),
    ],
)
def test_a_limit_said_of_some_cases_is_said_of_that_share(results: str, share: str) -> None:
    said = review_limits(results)
    assert share in said["open"]


def test_a_limit_said_of_all_the_trials_keeps_its_share() -> None:
    said = review_limits("All of the trials were open label, so people knew which vest they wore.")
    assert "all of the studies" in said["open"]
