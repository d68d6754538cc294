""" "a" or "an" agrees with the plain words put after it. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import expand, find_definitions
from plainsum.plain.articles import agreeing, article_for
from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("helpful", "a"),
        ("often", "an"),
        ("early", "an"),
        ("idea", "an"),
        ("usual", "a"),
        ("one", "a"),
        ("unit", "a"),
        ("umbrella", "an"),
        ("hour", "an"),
        ("honest", "an"),
        ("randomised", "a"),
        ("European", "a"),
    ],
)
def test_the_article_follows_the_first_sound(word: str, article: str) -> None:
    assert article_for(word) == article


@pytest.mark.parametrize(
    ("before", "word", "said"),
    [
        ("It was an ", "helpful", "It was a "),
        ("It was a ", "often", "It was an "),
        ("An ", "well", "A "),  # opens the sentence
        ("It rose. An ", "well", "It rose. A "),
        ("Vitamin A ", "effect", "Vitamin A "),  # a letter of a name, not an article
        ("the ", "effect", "the "),  # no article to change
    ],
)
def test_an_article_before_a_swapped_word_agrees(before: str, word: str, said: str) -> None:
    assert agreeing(before, word) == said


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Rest is an effective first step.", "Rest is a helpful first step."),
        (
            "No trial tested a commonly used painkiller.",
            "No trial tested an often used painkiller.",
        ),
        ("There was an inconsistent effect on sleep.", "There was a mixed effect on sleep."),
    ],
)
def test_a_glossary_swap_keeps_its_article_right(text: str, plain: str) -> None:
    assert plain_words(text) == plain


def test_a_written_out_short_form_keeps_its_article_right() -> None:
    text = "Randomised controlled trials (RCTs) were few. An RCT of zinc is needed."
    said = expand(text, find_definitions(text))
    assert said.endswith("A randomised controlled trial of zinc is needed.")
