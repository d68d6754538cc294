"""A result that says which way an outcome went and how it was measured is a result, not how
the study ran (issue 9: a review's main result on disability, "There was no effect of X on
disability worsening measured by the EDSS ...", ranked below every other result and never
reached the body). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.results import main_result_rank, what_it_says
from plainsum.plain.simplify import measured


@pytest.mark.parametrize(
    ("text", "run"),
    [
        # which way it went, and the scale it was measured with
        ("There was no effect of the drug on walking speed measured by a timed walk test.", False),
        ("Fatigue fell more with the vest than without it, measured using a fatigue scale.", False),
        # only what was measured, or how the study ran
        ("Walking speed was measured using a timed walk test and a balance scale.", True),
        ("The review authors tested vitamin D levels in every trial.", True),
        ("Two trials could not be pooled, and no difference was seen in either.", True),
    ],
)
def test_a_result_measured_on_a_scale_is_still_a_result(text: str, run: bool) -> None:
    assert what_it_says(text).run is run


def test_the_main_result_on_a_scale_ranks_before_side_results() -> None:
    main = measured(
        "There was no effect of the vest on disability measured by a disability scale at one year.",
        (5,),
        5,
    )
    side = measured("The vest did not change how warm people felt during the day.", (8,), 8)
    rank = main_result_rank(frozenset({"vest", "disabi"}))
    assert sorted([side, main], key=rank)[0] is main
