"""A closing tail that stresses where a claim holds most (", particularly when ...") or that it
holds even so (", even when ..."): the claim before it is the authors' own for all, and heads
without the tail. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.shorten import short_forms
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Steroid tablets are effective for calming relapses in adults with MS, particularly "
            "when taken for more than two weeks.",
            "Steroid tablets are effective for calming relapses in adults with MS",
        ),
        (
            "A short course of cooling vests probably reduces tiredness in hot weather, even when "
            "the vests are worn for an hour a day.",
            "A short course of cooling vests probably reduces tiredness in hot weather",
        ),
        (
            "Balance training may be considered an option for people with MS who fall, especially "
            "in the first year after diagnosis.",
            "Balance training may be considered an option for people with MS who fall",
        ),
        (
            "The pelvic floor class lowered the number of bladder accidents, even at the lowest "
            "number of sessions.",
            "The pelvic floor class lowered the number of bladder accidents",
        ),
    ],
)
def test_an_emphasis_tail_goes(sentence: str, expected: str) -> None:
    assert expected in short_forms(sentence)


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        # a tail that bounds the claim: without it the claim says more than the authors did
        (
            "Steroid tablets are effective for calming relapses, particularly in younger adults "
            "but not in those over sixty.",
            "Steroid tablets are effective for calming relapses",
        ),
        (
            "Daily walking improved balance in older adults, especially in those who were not "
            "active before.",
            "Daily walking improved balance in older adults",
        ),
        # a concession, not an extension of the claim
        (
            "Daily walking improved balance in older adults, even though few kept walking after "
            "the trial ended.",
            "Daily walking improved balance in older adults",
        ),
        # the tail is where the claim holds at all
        (
            "Daily walking improved balance in older adults, only when done every day.",
            "Daily walking improved balance in older adults",
        ),
    ],
)
def test_a_tail_that_bounds_the_claim_stays(sentence: str, never: str) -> None:
    assert never not in short_forms(sentence)


def test_a_long_conclusion_heads_without_its_emphasis_tail() -> None:
    conclusion = measured(
        "Weekly group exercise classes are effective for reducing tiredness in adults with "
        "relapsing MS, particularly when the classes are kept up for more than six months."
    )
    head = choose_headline([conclusion], [], StudyDesign.REVIEW)
    assert head.text == (
        "Weekly group exercise classes are effective for reducing tiredness in adults with "
        "relapsing MS"
    )
    assert head.origin == conclusion.text
