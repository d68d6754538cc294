"""Jargon false alarms on correct text: "over" or "under" before a word a reader knows
("overdiagnosis") read as a learned coinage; a name given to what the text has just described
("Doctors call it adhesive capsulitis"), or a term defined by what marks it, read as
unexplained; the plural of a word met before read as a new term. Real jargon beside them stays
caught. Sentences written for these tests."""

import pytest

from plainsum.checks.jargon import find_terms, unexplained_terms
from plainsum.checks.jargon_words import very_rare


def _errors(text: str) -> list[str]:
    return [t.text for t in find_terms(text) if t.very_rare]


@pytest.mark.parametrize("word", ["overdiagnosis", "underdiagnosis", "overmedication"])
def test_over_and_under_before_a_known_word_read_as_plain(word):
    assert not very_rare(word)


@pytest.mark.parametrize("word", ["hyperstimulation", "subfertility", "autoreactive"])
def test_learned_coinages_stay_rare(word):
    assert very_rare(word)


@pytest.mark.parametrize(
    "text",
    [
        "Some people's knees lock and ache after a fall. Doctors call this chondromalacia. Rest "
        "helped most.",
        "The nerve in the wrist gets squeezed. The medical name for it is neuropraxia.",
    ],
)
def test_a_name_given_to_what_was_just_described_is_explained(text):
    assert [t.text for t in unexplained_terms(text)] == []


def test_a_term_named_with_nothing_described_is_not():
    assert unexplained_terms("Doctors treated chondromalacia with rest and exercise.")


@pytest.mark.parametrize(
    "text",
    [
        "Hypovolaemic shock is characterised by a sudden drop in the blood in the vessels.",
        "Lymphoedema is marked by swelling of the arm after surgery.",
    ],
)
def test_a_term_defined_by_what_marks_it_is_explained(text):
    assert [t.text for t in unexplained_terms(text)] == []


def test_a_definition_in_jargon_explains_nothing():
    text = "Lymphoedema is characterised by fibrosis and lipodystrophy."
    assert [t.text for t in unexplained_terms(text)] == ["Lymphoedema", "lipodystrophy"]


def test_a_plural_of_a_word_met_before_is_no_new_term():
    text = (
        "Some children took carbapenem (an antibiotic for hard-to-treat infections). "
        "Carbapenems raised the share who were cured."
    )
    assert [t.text for t in find_terms(text)] == []


def test_a_plural_met_first_is_still_a_term():
    text = "Carbapenems raised the share who were cured. Most took carbapenem for a week."
    assert [t.text for t in find_terms(text)] == ["Carbapenems"]
