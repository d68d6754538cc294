"""A headline is read alone: one that points at something it never names ("other kinds of
exercise", "both routes", "this programme") tells a reader nothing, and the gate says so (the
drafter's plain/read_alone.points_outside, which draft59ref measured at 3 of 1,159 human lay
summaries' first sentences, each a real pointer). A headline that names what it points at, or
compares with "other" things in general, passes. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_checks_headline import _check


@pytest.mark.parametrize(
    "headline",
    [
        "It is not clear whether other kinds of exercise ease fatigue in people with MS",
        "There were no trials of this programme for fatigue in people with MS",
    ],
)
def test_a_headline_that_points_outside_itself_is_an_error(headline: str) -> None:
    found = _check(headline)
    assert found and found[0].severity.value == "error"
    assert "leans on a sentence that is not there" in found[0].message


@pytest.mark.parametrize(
    "headline",
    [
        "Exercise probably eases tiredness in people with MS more than other treatments",
        "Exercise and stretching both eased fatigue in people with MS",
        "Exercise eased fatigue in both women and men with MS",
        # a review's own studies may be named so
        "Exercise eased fatigue in people with MS in both trials",
    ],
)
def test_a_headline_that_names_what_it_points_at_passes(headline: str) -> None:
    assert _check(headline) == []
