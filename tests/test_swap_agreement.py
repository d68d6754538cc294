"""A glossary swap keeps the grammar: "Supplementation with X is" keeps its word ("Supplements
with X is" breaks the agreement), and "a more robust effect" is not "a more strong effect"."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Supplementation with vitamins and zinc is a safe strategy.",
            "Supplementation with vitamins and zinc is a safe strategy.",
        ),
        (
            "Supplementation in women who were pregnant was safe.",
            "Supplementation in women who were pregnant was safe.",
        ),
        # a plural verb, or the term elsewhere: swapped as before
        (
            "Supplementation with vitamin D reduced relapses.",
            "Supplements with vitamin D reduced relapses.",
        ),
        ("We gave supplementation with zinc.", "We gave supplements with zinc."),
    ],
)
def test_a_plural_swap_never_heads_a_singular_verb(text: str, said: str) -> None:
    assert plain_words(text) == said


def test_more_before_a_one_syllable_swap_keeps_the_term() -> None:
    # "a more strong effect" is no English: the term stays
    assert plain_words("A more robust effect was seen in older adults.") == (
        "A more robust effect was seen in older adults."
    )
    assert plain_words("The effect was robust.") == "The effect was strong."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # nouns after "more" swap as before
        ("There is more uncertainty about harms.", "There is more doubt about harms."),
        ("one or more exacerbations needing steroids", "one or more flare-ups needing steroids"),
    ],
)
def test_a_noun_after_more_is_swapped(text: str, said: str) -> None:
    assert plain_words(text) == said
