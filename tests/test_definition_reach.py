"""A paper's own definition found where it is quoted, without losing a prime or an apostrophe
of the name, and never reaching back past a sentence's end. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import find_definitions


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
    ],
)  # fmt: skip
def test_definitions_are_found(text: str, short: str, long: str) -> None:
    assert find_definitions(text).get(short) == long
