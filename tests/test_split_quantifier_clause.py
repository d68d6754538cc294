"""A list that closes before ", and most were ..." (issue 9): a 34-word run-on of side effects
ending "..., throat pain, and most were mild-to-moderate events" (CD009130) is two sentences, the
second leaning on the first ("Most were mild." says nothing alone). Sentences written for these
tests (plain/splits.py, plain/pick.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.pick import leans_back
from plainsum.plain.splits import split_long


def test_a_bare_quantifier_clause_after_a_list_is_its_own_sentence() -> None:
    text = (
        "More people in the drug group had side effects within a day of the first dose, such "
        "as chills, headache, nausea, fever, itching, tiredness, and sore throat, and most "
        "were mild or moderate."
    )
    assert split_long(text) == [
        "More people in the drug group had side effects within a day of the first dose.",
        "Most were mild or moderate.",
    ]


def test_a_list_whose_last_item_has_the_verb_stays_whole() -> None:
    text = (
        "The study found that age, the length of illness, and the splint were linked with "
        "better hand use after a year of follow-up in the clinic."
    )
    assert split_long(text) == [text]


@pytest.mark.parametrize(
    ("text", "lean"),
    [
        ("Most were mild or moderate.", True),
        ("All resolved without treatment within a week.", True),
        ("None needed a hospital stay.", True),
        # a quantifier with its own noun names what it counts
        ("Most people were women in their forties.", False),
        ("All trials were small.", False),
    ],
)
def test_a_bare_quantifier_leans_on_what_was_named_before(text: str, lean: bool) -> None:
    assert leans_back(text) is lean
