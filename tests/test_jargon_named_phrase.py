"""A term that opens a longer name explained by the whole name ("Histiocytic sarcoma (HS) is a
rare cancer", "... a rarer kind called juvenile histiocytic sarcoma", "... xanthogranuloma
(rash)"), found as false alarms on the human lay summaries of ../shared/data (issue 8), and the
near misses that still explain nothing. Sentences written for these tests."""

import pytest

from plainsum.checks.jargon import unexplained_terms


def flagged(text: str) -> list[str]:
    return [t.text for t in unexplained_terms(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the name's abbreviation stands between it and what it is
        "Histiocytic sarcoma (HS) is a rare cancer of the immune system.",
        "Histiocytic sarcoma (HS) is one of the rarest cancers in dogs.",
        # the name is a longer one after 'called', 'classified as', 'referred to as'
        "Some children have a rarer kind called juvenile histiocytic sarcoma.",
        "Some cells were classified as 'histiocytes' by the lab.",
        "A surgeon removed what is referred to as the histiocytic tumour.",
        # one plain word in brackets after the whole name
        "Most had juvenile xanthogranuloma (rash) on the face.",
    ],
)
def test_a_named_phrase_explained_as_a_whole_explains_its_words(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, term",
    [
        # an abbreviation in brackets is no explanation, however many letters it has
        ("Few had histiocytic sarcoma (HSAR) or side effects.", "histiocytic"),
        # 'called for' asks for something; it names nothing
        ("The authors called for more work on histiocytic tumours.", "histiocytic"),
        # an abbreviation, then no saying what it is
        ("Histiocytic sarcoma (HS) was found in two dogs.", "Histiocytic"),
    ],
)
def test_near_misses_still_explain_nothing(text, term):
    assert term in flagged(text)
