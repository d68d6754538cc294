"""A plain phrase that ends on its own place ("an MS-like disease in animals") may stand before a
phrase that starts a new part of the sentence ("through", "despite", "towards"): the term is
swapped, so why it matters keeps the authors' conclusion instead of losing it for the term."""

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    "text, plain",
    [
        (
            "The diet protected against experimental autoimmune encephalomyelitis through "
            "changes in gut bacteria.",
            "The diet protected against an MS-like disease in animals through changes in gut "
            "bacteria.",
        ),
        (
            "The drug did not stop experimental autoimmune encephalomyelitis despite the dose.",
            "The drug did not stop an MS-like disease in animals despite the dose.",
        ),
        # (after the animals are named, the phrase does not name them again)
        (
            "Rats kept getting experimental autoimmune encephalomyelitis despite the drug.",
            "Rats kept getting an MS-like disease despite the drug.",
        ),
    ],
)
def test_a_place_phrase_may_stand_before_a_new_phrase(text: str, plain: str) -> None:
    assert plain_words(text, False, frozenset()) == plain


def test_a_place_phrase_still_never_modifies_the_next_noun() -> None:
    text = "Experimental autoimmune encephalomyelitis scores were lower."
    assert plain_words(text, False, frozenset()) == text


@pytest.mark.parametrize(
    "text",
    [
        "The fall in early births was not accompanied by a fall in small babies.",
        "Relapses were accompanied by new areas of damage.",
    ],
)
def test_a_passive_participle_is_not_swapped_for_a_preposition(text: str) -> None:
    assert plain_words(text, False, frozenset()) == text


def test_the_participle_after_a_noun_is_still_made_plain() -> None:
    text = "Fever accompanied by a rash was common."
    assert plain_words(text, False, frozenset()) == "Fever along with a rash was common."
