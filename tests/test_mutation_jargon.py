"""Jargon check at its edges: a learned phrase written as a name, a statistic named twice, a
term explained at a later use in its sentence (issue 13: tests that fail when the code is
wrong). Sentences written for these tests."""

import pytest

from plainsum.checks.jargon import find_terms, unexplained_terms


@pytest.mark.parametrize(
    "text",
    [
        # learned phrases ("grey literature", "adjuvant therapy") in title case mid-sentence:
        # the name of a meeting or a fund, not the term
        "Results were shown at the Grey Literature meeting in May.",
        "They used Adjuvant Therapy Trust money.",
    ],
)
def test_a_learned_phrase_written_as_a_name_is_no_term(text):
    assert find_terms(text) == []


def test_a_statistic_named_twice_is_one_term_at_its_first_use():
    text = "The hazard ratio was small, and the hazard ratio in women was smaller."
    terms = unexplained_terms(text)
    assert [(t.text, t.start, t.very_rare) for t in terms] == [("hazard ratio", 4, True)]


def test_a_term_explained_at_its_second_use_in_a_sentence_is_explained():
    text = "The rotarod scores and the rotarod, a test of balance in mice, and rotarod times rose."
    assert [t.text for t in find_terms(text)] == ["rotarod"]
    assert unexplained_terms(text) == []
    assert [t.text for t in unexplained_terms("The rotarod scores rose.")] == ["rotarod"]
