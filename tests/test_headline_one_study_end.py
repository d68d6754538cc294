"""A headline that gives one study's result in a review of several says so at its end ("... in
one trial") or opens on the one study as if the reader knew it ("The one small trial of ..."):
an error where the review's conclusions speak for all its trials. Sentences written for these
tests."""

import pytest
from test_headline_topic_only import review_headline_errors

_errors = review_headline_errors


@pytest.mark.parametrize(
    "headline",
    [
        "Cooling caps eased fatigue in people with MS in one small trial",
        "The one small trial of cooling collars found less fatigue in MS",
        "The single trial of cooling vests in MS found less fatigue",
    ],
)
def test_one_study_of_several_heading_the_review_is_an_error(headline: str) -> None:
    errors = _errors(headline)
    assert errors and "single study" in errors[0]


@pytest.mark.parametrize(
    "headline",
    [
        "Cooling garments may reduce fatigue in people with MS who are sensitive to heat",
        "Cooling garments eased fatigue in MS in seven trials",
    ],
)
def test_the_reviews_own_finding_passes(headline: str) -> None:
    assert _errors(headline) == []


@pytest.mark.parametrize(
    "headline",
    [
        "In the same small trial of cooling vests, fatigue eased in people with MS",
        "The same cooling trials found less fatigue in people with MS",
    ],
)
def test_a_headline_opening_on_the_same_thing_leans_on_nothing(headline: str) -> None:
    errors = _errors(headline)
    assert errors and "leans on" in errors[0]


def test_the_same_time_names_no_earlier_thing() -> None:
    assert _errors("At the same time, cooling garments may reduce fatigue in people with MS") == []
