"""Why it matters never opens with a turn from something it has not said ("Still, given the
costs, some programmes would not be practical", issue 9); a turn stays where what follows
points back ("However, they did not help"). Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.standalone import unturned


def test_a_turn_with_nothing_before_it_goes() -> None:
    assert unturned("Still, given the costs, home visits would not be practical everywhere.") == (
        "Given the costs, home visits would not be practical everywhere."
    )
    assert unturned("However, few trials measured walking.") == "Few trials measured walking."


def test_a_turn_stays_where_the_rest_points_back() -> None:
    for text in (
        "However, they did not help.",
        "But the evidence does not clearly separate them from one another.",
        "Yet its effect on relapses is unclear.",
    ):
        assert unturned(text) == text


def test_a_sentence_without_a_turn_is_unchanged() -> None:
    text = "Butyrate levels were lower in people with MS."
    assert unturned(text) == text
