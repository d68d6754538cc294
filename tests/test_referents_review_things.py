"""Issue 9 (readers' firm broken body sentences: plaba-21388440 "The combination of both forms
of exercise ..." with neither form named; CD013265 "Some parents experienced this understanding
as ..." in a review): a body sentence that points at two kinds, or in a review at a thing of one
study, that nothing the reader has read names is left out (plain/referents.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.lines import Line
from plainsum.plain.referents import points_at_nothing, referred


@pytest.mark.parametrize(
    "text",
    [
        "Mixing both forms of exercise may steady blood sugar overnight.",
        "Both types of bandage held their pressure for a week.",
        "Pain relief was alike for both routes of giving the drug.",
    ],
)
def test_two_kinds_nothing_named_point_at_nothing(text: str) -> None:
    assert points_at_nothing(text, "Blood sugar was measured for two days.")


def test_two_kinds_named_before_stand() -> None:
    before = "Steady cycling was compared with cycling in short hard bursts."
    assert not points_at_nothing("Mixing both forms of exercise steadied blood sugar.", before)


def test_two_kinds_the_sentence_names_stand() -> None:
    text = "It is not known whether either types of pill or patch help some women more."
    assert not points_at_nothing(text, "The review included 20 trials.")


@pytest.mark.parametrize(
    "text",
    [
        "Some parents took this view as a reason to delay the vaccine.",
        "Nurses found this tool hard to use at night.",
    ],
)
def test_in_a_review_a_thing_nothing_named_points_at_nothing(text: str) -> None:
    assert points_at_nothing(text, "The review included 40 studies.", groups_only=True)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # the review's own treatments, people and effects, whatever its studies call them
        ("These interventions lowered falls a little.", "The review looked at balance training."),
        ("The effects of this treatment lasted a year.", "The review looked at massage."),
        ("In this population, falls were common.", "The review looked at older people."),
        # the thing named before
        ("Nurses found this tool hard to use.", "One study tested a pain scoring tool."),
        # the paper itself, its results, an update
        ("These results held for both drugs.", "Two drugs were compared with placebo."),
        ("This update adds three trials.", "The review included 12 trials."),
    ],
)
def test_in_a_review_its_own_things_stand(text: str, before: str) -> None:
    assert not points_at_nothing(text, before, groups_only=True)


def test_a_review_body_leaves_out_a_pointer_at_a_thing_never_named() -> None:
    lines = [
        Line("The review included 40 studies.", (1,)),
        Line("Some parents took this view as a reason to delay the vaccine.", (5,)),
        Line("Parents trusted nurses more than leaflets.", (6,)),
    ]
    out = referred("Parents weigh many things when deciding on vaccines", lines, True)
    assert [x.text for x in out] == [
        "The review included 40 studies.",
        "Parents trusted nurses more than leaflets.",
    ]
