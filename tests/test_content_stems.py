"""content_stems: one function for a sentence's content stems and numbers, used by the gate's
repeat test (numbers as values) and the drafter's echo test (numbers as written)."""

import re

import pytest

from plainsum.evidence import content_stems

AS_WRITTEN = re.compile(r"\d+(?:[.,]\d+)?").findall


@pytest.mark.parametrize(
    ("text", "as_values", "as_written"),
    [
        (
            "Relapses fell by 30% in 127 adults.",
            {"relaps", "fell", "adult", "30", "127"},
            {"relaps", "fell", "adult", "30", "127"},
        ),
        # a thousands comma is kept as written, read away as a value
        (
            "Side effects were seen in 770 of 1,000 people.",
            {"side", "effect", "770", "1000"},
            {"side", "effect", "770", "1,000"},
        ),
        # a spelled-out number counts as a value; a digit inside a name only as written
        (
            "Three adults with COVID-19 relapsed.",
            {"three", "adult", "covid", "relaps", "3"},
            {"three", "adult", "covid", "relaps", "19"},
        ),
        ("No numbers here at all.", {"number"}, {"number"}),
    ],
)
def test_content_stems_reads_numbers_as_asked(
    text: str, as_values: set[str], as_written: set[str]
) -> None:
    assert content_stems(text) == as_values
    assert content_stems(text, AS_WRITTEN) == as_written
