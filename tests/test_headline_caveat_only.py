"""A headline that gives only a caveat of the finding ("In people with short life expectancy, the
benefit may not be realised", "The ranking is less certain than it looks", "The trials were small
and of poor quality") reports a limitation, not the finding: an error, unless a clause of its own
states an effect. Sentences written for these tests."""

import pytest
from test_headline_topic_only import review_headline_errors

_errors = review_headline_errors


@pytest.mark.parametrize(
    "headline",
    [
        "In people with severe heat intolerance, the gains from cooling may not be realised",
        "The benefit of cooling vests might not last beyond the summer months",
        "Results for cooling garments may be less certain than they look",
        "In people with MS, the cooling trials were small and of poor quality",
        "The cooling trials were mostly short",
    ],
)
def test_a_caveat_alone_is_no_finding(headline: str) -> None:
    errors = _errors(headline)
    assert errors and "limitation" in errors[0]


@pytest.mark.parametrize(
    "headline",
    [
        "Cooling garments may ease fatigue in MS, though the trials were small",
        "Cooling vests eased fatigue in people with MS, but the benefit may not last",
        "The cooling trials were small but showed less fatigue with cooling vests",
        "Cooling garments probably ease fatigue in people with MS",
    ],
)
def test_a_finding_beside_its_caveat_passes(headline: str) -> None:
    assert _errors(headline) == []
