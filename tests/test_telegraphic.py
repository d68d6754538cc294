"""A source sentence in clipped case-note style is made whole where the fix is sure, or not
shown (plain/telegraphic.py, used by plain/simplify.py). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import fit_for_readers, plain_sentences
from plainsum.plain.telegraphic import fix_telegraphic, unsafe


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "He came back with an episode sharp pain at same spot after a week.",
            "He came back with an episode of sharp pain at the same spot after a week.",
        ),
        ("A man with history of gout was seen.", "A man with a history of gout was seen."),
        ("She felt a lump in right breast.", "She felt a lump in the right breast."),
        (
            "He presented to emergency at night.",
            "He presented to the emergency department at night.",
        ),
        ("Patient was treated with steroids.", "The patient was treated with steroids."),
    ],
)
def test_a_sure_fix_puts_back_the_missing_word(text: str, fixed: str) -> None:
    assert fix_telegraphic(text) == fixed
    assert unsafe(fixed) is None


@pytest.mark.parametrize(
    "text",
    [
        "The same site was treated again.",  # "the same" is whole
        "They had an episode of pain at the same site.",
        "A bout lasting two days was seen.",
        "He went to the emergency department.",
        "She was admitted to emergency care.",
        "Patients were treated with steroids.",  # a plural needs no article
        "The left arm was weaker in two people.",
        "The drug was given to the right people.",  # "right" is no side of the body here
    ],
)
def test_whole_text_is_left_as_it_is(text: str) -> None:
    assert fix_telegraphic(text) == text
    assert unsafe(text) is None


def test_clipped_style_no_sure_fix_reaches_is_not_shown() -> None:
    text = "Blood flow fell secondary to same side severe narrowing of the artery."
    assert unsafe(text) == "missing_the_same"
    assert not fit_for_readers(text)
    assert plain_sentences(text) == []


def test_a_fixed_case_note_sentence_is_drafted_whole() -> None:
    text = "She came to emergency with an episode severe pain at same site which then eased."
    out = [p.text for p in plain_sentences(text)]
    assert out == [
        "She came to the emergency department with an episode of severe pain at the same site "
        "which then eased."
    ]
