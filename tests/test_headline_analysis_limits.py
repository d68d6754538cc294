"""A headline that says what kept the analysis from being done ("The trials could not be
pooled", "Differences between the trials limited the analyses") reports a limitation, not the
finding: an error, unless a clause of its own states an effect. Sentences written for these
tests."""

import pytest
from test_headline_topic_only import review_headline_errors

_errors = review_headline_errors


@pytest.mark.parametrize(
    "headline",
    [
        "Differences between the cooling garments limited the analyses that could be done.",
        "The trials could not be pooled because they used different scales.",
        "Differences in how fatigue was measured prevented a meta-analysis.",
        "Varied outcome measures made it hard to compare the cooling trials.",
        "The results of the cooling trials could not be combined.",
        "Poor reporting limited what could be concluded about cooling vests.",
        "Data on cooling were too sparse to pool.",
        "Missing data restricted the comparisons between cooling garments.",
    ],
)
def test_what_kept_the_analysis_from_being_done_is_no_finding(headline: str) -> None:
    errors = _errors(headline)
    assert errors and "limitation" in errors[0]


@pytest.mark.parametrize(
    "headline",
    [
        "Cooling may ease fatigue, though the trials could not be pooled.",
        "Cooling garments probably ease fatigue in people with MS.",
        "The evidence is too limited to say whether cooling helps.",
        "Cooling vests eased fatigue; skin irritation was limited to two trials.",
        "Pooled results of seven trials show cooling eases fatigue.",
        "Fatigue fell by a limited amount with cooling garments.",
        "When the trials were pooled, cooling eased fatigue in MS.",
        "Combined, the trials suggest cooling may ease fatigue.",
    ],
)
def test_a_finding_beside_or_without_a_limit_passes(headline: str) -> None:
    assert _errors(headline) == []
