"""A result that adds to one not shown ("X was also linked with less Y") is never said without
its "also" when the sentence before it named what X was compared with and it names nothing:
alone, it is said of no comparison (issue 9). Sentences written for the tests."""

from __future__ import annotations

from plainsum.plain.pick import pick
from plainsum.plain.simplify import measured

FIRST = "Cooling vests were linked with fewer falls and better balance than electric fans."
ALSO = "Cooling vests were also linked with less tiredness and less heat stress."
NAMED = "Cooling vests were also linked with less tiredness than fans."


def _pool(second: str) -> list:
    return [measured(FIRST, (3,), 3), measured(second, (4,), 4)]


def test_an_also_result_of_an_unshown_comparison_is_left_out():
    picked = pick(_pool(ALSO), 3, 110, {FIRST}, None, True)
    assert [p.text for p in picked] == []


def test_an_also_result_that_names_its_comparison_is_said_without_also():
    picked = pick(_pool(NAMED), 3, 110, {FIRST}, None, True)
    assert [p.text for p in picked] == ["Cooling vests were linked with less tiredness than fans."]


def test_with_the_sentence_before_it_the_also_result_stays():
    picked = pick(_pool(ALSO), 3, 110, set(), None, True)
    assert [p.text for p in picked] == [FIRST, ALSO]


def test_a_threshold_is_no_comparison():
    first = "Cooling vests cut the share of days hotter than 30 degrees spent indoors."
    also = "Cooling vests also reduced tiredness."
    pool = [measured(first, (3,), 3), measured(also, (4,), 4)]
    picked = pick(pool, 3, 110, {first}, None, True)
    assert [p.text for p in picked] == ["Cooling vests reduced tiredness."]


def test_what_else_was_studied_is_no_result_and_stays():
    first = "Vest cooling was compared with fan cooling in 40 people."
    also = "The researchers also studied which symptoms were linked with heat."
    pool = [measured(first, (3,), 3), measured(also, (4,), 4)]
    picked = pick(pool, 3, 110, {first}, None, True)
    assert [p.text for p in picked] == [
        "The researchers studied which symptoms were linked with heat."
    ]
