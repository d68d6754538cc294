"""A headline that speaks of one of a pair it never named ("No good evidence that either is better
than no treatment", "Neither helped the itch") leans on a sentence that is not there: an error.
A pair named before the pronoun passes. Sentences written for these tests."""

import pytest
from test_headline_topic_only import review_headline_errors

_errors = review_headline_errors


@pytest.mark.parametrize(
    "headline",
    [
        "No good evidence shows that either is better than no cooling in MS",
        "Neither helped fatigue in people with MS more than a fan",
        "In people with MS, each of them eased heat-related fatigue a little",
    ],
)
def test_a_pronoun_for_an_unnamed_pair_leans_on_nothing(headline: str) -> None:
    errors = _errors(headline)
    assert errors and "leans on" in errors[0]


@pytest.mark.parametrize(
    "headline",
    [
        "Cooling vests and caps both eased fatigue in people with MS",
        "Cooling vests or caps may ease fatigue in MS, and either is safe to wear",
        "Cooling vests or caps may ease fatigue in MS, and each of them is safe to wear",
        "Cooling garments probably ease fatigue in people with MS",
    ],
)
def test_a_pair_named_first_or_no_pronoun_passes(headline: str) -> None:
    assert _errors(headline) == []
