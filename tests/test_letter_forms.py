"""One-letter short forms a paper defines for one word are written out where they stand for it,
and nowhere else. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import expand, find_definitions
from plainsum.plain.letter_forms import letter_definitions

GRADED = (
    "Each change was graded as harmful (H), likely harmful (LH) or benign (B). "
    "Of 50 families, 30% carried an H change and 12% a B change. "
    "B cells, vitamin B and type B strains were also measured. "
    "Doses of 300 B were given."
)


@pytest.mark.parametrize(
    ("text", "defined"),
    [
        ("Compare plain (P) and coated pills.", {"P": "plain"}),
        ("Stockings (S) and pumps helped.", {"S": "stockings"}),
        # the letter spells no word before it: no definition
        ("The mean gap (C) was small.", {}),
        ("Blood potassium (K) was high.", {}),
        # a letter in brackets after a short word, or one defined for two words
        ("It was a (B) grade.", {}),
        ("Both plain (P) and peeled (P) fruit were given.", {}),
    ],
)
def test_a_one_letter_definition_must_spell_the_word_before_it(
    text: str, defined: dict[str, str]
) -> None:
    assert letter_definitions(text) == defined


def test_a_defined_letter_is_written_out_only_where_it_stands_for_its_word() -> None:
    defined = find_definitions(GRADED)
    assert defined["H"] == "harmful" and defined["B"] == "benign"
    said = expand(GRADED, defined)
    assert "carried a harmful change and 12% a benign change" in said
    # a name's letter, cells and units keep the letter
    assert "B cells, vitamin B and type B strains" in said
    assert "Doses of 300 B were given." in said


def test_a_letter_in_a_list_is_written_out() -> None:
    text = "We compared plain (P) and coated (C) pills. P and C pills worked alike."
    said = expand(text, find_definitions(text))
    assert said.endswith("plain and coated pills worked alike.")


def test_letters_listed_after_a_name_s_word_keep_their_letters() -> None:
    text = "Each dose was either extra (E) or standard. Vitamins C and E were given."
    said = expand(text, find_definitions(text))
    assert said.endswith("Vitamins C and E were given.")
