"""Issue 9 (a reader's firm broken sentence, CD006037: "For studies that did measure such
outcomes, ..." after the sentence naming the outcomes was left out): a pointer at a kind the
paper named only in the sentence before is said as that kind, or the sentence is left out of the
body (plain/kind_named.py, plain/referents.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.kind_named import name_kind
from plainsum.plain.lines import Line
from plainsum.plain.referents import referred

BEFORE = "Few of the trials recorded maternal and newborn outcomes."
SUCH = "For trials that did record such outcomes, preterm birth did not differ between groups."


def test_such_is_said_as_the_kind_the_sentence_before_names() -> None:
    assert name_kind(SUCH, BEFORE) == (
        "For trials that did record maternal and newborn outcomes, preterm birth did not "
        "differ between groups."
    )


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # the sentence before names no kind: a bare noun, or a noun after a verb
        (SUCH, "Few of the trials recorded outcomes."),
        # the noun twice: which kind, it cannot tell
        (SUCH, "Safety outcomes were rare, and cost outcomes were never recorded."),
        # the noun not at all
        (SUCH, "Few of the trials lasted longer than a year."),
        # a noun a phrase ends on is no describing word ("quality of life outcomes")
        (SUCH, "Few trials recorded quality of life outcomes."),
        # no "such" pointer: "such as" names its own
        ("Harms such as rash were rare.", BEFORE),
    ],
)
def test_nothing_is_named_where_the_kind_is_not_certain(text: str, before: str) -> None:
    assert name_kind(text, before) is None


def test_a_sentence_capitalised_on_its_pointer_stays_capitalised() -> None:
    text = "Such outcomes were similar in both groups."
    assert name_kind(text, "The trials looked at serious side outcomes.") is None
    assert name_kind(text, "Some trials looked at serious outcomes.") == (
        "Serious outcomes were similar in both groups."
    )


PAPER = [
    "This review looked at talking therapies for drug use in pregnancy.",
    BEFORE,
    SUCH,
    "Few of the trials lasted longer than a year.",
]


@pytest.mark.parametrize("review", [True, False])
def test_the_body_names_the_kind_when_the_sentence_before_is_left_out(review: bool) -> None:
    lines = [Line("The review included 14 trials.", (0,)), Line(SUCH, (2,))]
    out = referred("Talking therapies did not change drug use", lines, review, PAPER)
    assert [x.text for x in out][1].startswith("For trials that did record maternal and newborn")


def test_the_body_leaves_out_a_pointer_at_a_kind_it_cannot_name() -> None:
    paper = [*PAPER[:1], "Few of the trials lasted longer than a year.", SUCH]
    lines = [Line("The review included 14 trials.", (0,)), Line(SUCH, (2,))]
    out = referred("Talking therapies did not change drug use", lines, True, paper)
    assert [x.text for x in out] == ["The review included 14 trials."]


def test_the_pointer_stays_right_after_the_sentence_it_points_at() -> None:
    lines = [Line(BEFORE, (1,)), Line(SUCH, (2,))]
    out = referred("Talking therapies did not change drug use", lines, True, PAPER)
    assert [x.text for x in out] == [BEFORE, SUCH]
