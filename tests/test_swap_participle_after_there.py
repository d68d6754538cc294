"""Issue 9 (whole sentences): after "there is / have been" and its noun, an "-ed" term is a
participle ("There have been benefits demonstrated with X"), and a plain past tense whose
participle differs ("showed") breaks it ("benefits showed with X"; reading sample 20262860,
a Cochrane review of diet during radiotherapy). Sentences written for these tests
(plain/swap_grammar.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    "text",
    [
        "There have been benefits demonstrated with a low-fat diet during treatment.",
        "There were clear gains demonstrated in walking speed.",
    ],
)
def test_a_participle_after_there_and_its_noun_never_becomes_a_past_tense(text):
    out = plain_words(text)
    assert " showed " not in out


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The trial demonstrated benefits of the diet.", "The trial showed benefits of the diet."),
        (
            "There was no evidence that the drug demonstrated benefits.",
            "There was no evidence that the drug showed benefits.",
        ),
    ],
)
def test_a_past_tense_verb_still_becomes_plain(text, plain):
    assert plain_words(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "Recommendations on rehabilitation after relapse are based on weak evidence.",
        "The recommendations are clear about walking aids.",
    ],
)
def test_a_plural_subject_keeps_its_plural_verb(text):
    # "Advice on rehab after relapse are based on ..." (the lead's hand-written u9): a mass noun
    # in place of a plural subject breaks the verb's agreement; the term stays
    out = plain_words(text)
    assert not out.startswith("Advice") and "advice are" not in out.lower()


def test_a_plural_object_may_still_become_plain():
    assert plain_words("We followed the recommendations of the panel.") == (
        "We followed the advice of the panel."
    )
