"""'More than 60%', 'fewer than 50 people', 'less than 30% narrowing': a bound on a number
says how many, not that something went up or down, so it makes no claim the contradiction
check could read against the paper; a direction in the same sentence still does."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The evidence was of high quality for people with less than 30% narrowing of the artery.",
        "Trials with fewer than 50 children were left out of the review.",
        "Studies of more than 200 adults with asthma were pooled.",
    ],
)
def test_a_bound_on_a_number_is_no_direction(sentence):
    assert [c.said for c in claims_in(sentence)] == []


def test_a_bound_does_not_contradict_a_finding_of_no_benefit():
    source = "Surgery gave no benefit to people with near blockage of the neck artery."
    summary = "The evidence was of high quality for near blockage and less than 30% narrowing."
    assert contradiction(summary, [source]) is None


def test_a_direction_beside_a_bound_is_still_read():
    source = "Surgery did not lower the risk of stroke in people with less than 30% narrowing."
    summary = "Surgery lowered the risk of stroke in people with less than 30% narrowing."
    assert contradiction(summary, [source]) is not None
