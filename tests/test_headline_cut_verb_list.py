"""A list of what a subject was or did, cut before its last item (issue 9): the gate's headline
shape rule, and the shortener, which never cuts a list of three at its 'and'. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline_shape import cut_list
from plainsum.plain.shorten import short_forms


@pytest.mark.parametrize(
    "headline",
    [
        "Mice without the gene were slower to heal wounds in the skin, were smaller",
        "The treated cells were less active in making the toxin, were rounder",
        "The new drug was easy to take at home, was cheap",
        "Bacteria with the switch turned off had fewer tails, had weaker toxin release",
    ],
)
def test_a_list_of_verb_phrases_cut_before_its_last_item_is_flagged(headline: str) -> None:
    """Guards cut_list: the helping verb of the piece before the last comma opens the last
    piece again, with no 'and' or 'or'."""
    assert cut_list(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Mice without the gene were slower to heal, were smaller and lived shorter lives",
        "The new drug was easy to take at home, was cheap, and was safe",
        "Twelve studies were found, of which five, with 240 infants, were included",
        "The methods were tried in many settings and, in some cases, were tried only once",
        "Mice given the drug were calmer, which was expected",
        "Exercise eased tiredness in people with MS, in four trials",
    ],
)
def test_a_whole_list_or_an_aside_is_not_a_cut_list(headline: str) -> None:
    """Guards cut_list's false alarms: a list with its 'and', an aside between commas before
    the verb, a clause opened by 'which', a phrase with no verb."""
    assert not cut_list(headline)


@pytest.mark.parametrize(
    ("sentence", "never"),
    [
        (
            "Mice without the gene were slower to heal wounds in the skin, were smaller, and "
            "showed weaker immune responses to the virus.",
            "Mice without the gene were slower to heal wounds in the skin, were smaller",
        ),
        (
            "In the lab, the treated cells were less active in making the toxin, were rounder, "
            "and released less of the toxin into the dish.",
            "the treated cells were less active in making the toxin, were rounder",
        ),
    ],
)
def test_the_shortener_never_cuts_a_list_of_three_at_its_and(sentence: str, never: str) -> None:
    """Guards first_of_two: 'A, B, and C' said of one subject is a list; cut at its 'and' it
    reads 'A, B' with the joining word gone."""
    assert not any(never.lower() in form.lower() for form in short_forms(sentence))
