"""A conclusion that gives its finding and then, after a semicolon, what is still open about it
("X gives a small short-term gain in function; whether it changes long-term outcomes is
uncertain"): the finding heads without the open question, which bounds nothing it says (a
review of exercise after hip replacement headed with a side result instead). A gain is a
finding. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import states_finding
from plainsum.plain.headline import choose_headline
from plainsum.plain.shorten import short_forms
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Home balance training gives a small short-term gain in walking speed; whether it "
            "prevents falls is uncertain.",
            "Home balance training gives a small short-term gain in walking speed",
        ),
        (
            "Cooling garments ease heat-related tiredness in people with MS; whether the benefit "
            "lasts beyond summer remains unclear.",
            "Cooling garments ease heat-related tiredness in people with MS",
        ),
    ],
)
def test_an_open_question_after_a_semicolon_goes(sentence: str, expected: str) -> None:
    assert expected in short_forms(sentence)


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        # the open question is about the people the claim is of: it bounds the claim
        (
            "Home balance training gives a small gain in walking speed; whether it helps people "
            "with severe disability is uncertain.",
            "Home balance training gives a small gain in walking speed",
        ),
        # no open question: a second claim with a hedge of its own is not a tail that may go
        (
            "Home balance training gives a small gain in walking speed; it may not prevent falls.",
            "Home balance training gives a small gain in walking speed",
        ),
    ],
)
def test_a_tail_that_bounds_the_claim_stays(sentence: str, never: str) -> None:
    assert never not in short_forms(sentence)


def test_a_gain_is_a_finding() -> None:
    assert states_finding("Structured swimming gives a small gain in arm strength")
    assert states_finding("Participants gained two points on the memory test")
    assert not states_finding("Participants were recruited from two swimming clubs")


def test_the_finding_heads_over_a_side_result() -> None:
    conclusions = [
        measured(
            "Supervised swimming after knee surgery gives a small short-term gain in function; "
            "whether it changes long-term outcomes is uncertain."
        )
    ]
    results = [measured("Group classes and one-to-one classes gave similar results.")]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.text == (
        "Supervised swimming after knee surgery gives a small short-term gain in function"
    )
