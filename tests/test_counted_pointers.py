"""A count with no noun ("One followed major surgery") or "the other two studies" of trials
the sentence never counted points at a sentence before it: shown alone, it points at nothing
(`anchored.unanchored`, used by the body's and the headline's "leans back" tests)."""

from __future__ import annotations

import pytest

from plainsum.plain.anchored import unanchored


@pytest.mark.parametrize(
    "text",
    [
        "One followed a hip replacement; the others followed knee surgery.",
        "Two were stopped early because of bleeding.",
        "One of them was stopped early.",
        "The other three used a daily tablet.",
        "The remaining two lasted six months.",
        "Pain fell with the tablets, while the other two studies found no change.",
        "Two were prevention studies and one was a treatment study.",
        # a comment on an outcome named in an aside: about a result said before it
        "The outcome, change in fatigue score, is less useful than relapse rate.",
        "This measure, the time to walk 25 feet, may miss small changes.",
    ],
)
def test_a_count_of_things_named_before_points_back(text):
    assert unanchored(text)


@pytest.mark.parametrize(
    "text",
    [
        "One trial followed people with MS for a year.",
        "Two studies were stopped early because of bleeding.",
        "One in five people had headaches.",
        "Two thirds of the people walked further.",
        "Two trials found less fatigue and the other two studies found no change.",
        "One hundred people took part.",
        "Eight included studies were at high risk of bias.",
        "Two enrolled patients stopped early.",
        "The outcome of walking speed was measured at 12 weeks.",
    ],
)
def test_a_count_that_names_what_it_counts_stands_alone(text):
    assert not unanchored(text)
