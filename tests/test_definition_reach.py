"""A paper's own definition found where it is quoted, without losing a prime or an apostrophe
of the name, and never reaching back past a sentence's end. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import expand, find_definitions


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("The finding was called 'slow venous drainage syndrome' (SVDS) in the first report.",
         "SVDS", "slow venous drainage syndrome"),
        ("Mood was rated with the “Brief Low Mood Inventory” (BLMI) each week.",
         "BLMI", "Brief Low Mood Inventory"),
        ("The so-called 'red flag signs' (RFS) were listed.", "RFS", "red flag signs"),
        ("Children were seen twice. Autism spectrum disorder (ASD) was common.",
         "ASD", "autism spectrum disorder"),
        # a definition in square brackets, as inside the paper's own round ones
        ("Adults with tiredness (Daily Tiredness Impact Scale [DTIS] score over 30) took part.",
         "DTIS", "Daily Tiredness Impact Scale"),
        ("Disability was scored on the Walking Ability Scale [WAS].", "WAS",
         "Walking Ability Scale"),
    ],
)  # fmt: skip
def test_definitions_are_found(text: str, short: str, long: str) -> None:
    assert find_definitions(text).get(short) == long


def test_a_square_bracket_that_defines_nothing_is_no_definition() -> None:
    text = "Data came from the registry [see Methods] and trial A [NCT0123]."
    assert find_definitions(text) == {}


def test_a_square_bracket_definition_goes_when_the_short_form_is_written_out() -> None:
    text = (
        "Adults with tiredness (Daily Tiredness Impact Scale [DTIS] score over 30) took part. "
        "The DTIS score fell by 9 points."
    )
    assert expand(text, find_definitions(text)) == (
        "Adults with tiredness (Daily Tiredness Impact Scale score over 30) took part. "
        "The Daily Tiredness Impact Scale score fell by 9 points."
    )
