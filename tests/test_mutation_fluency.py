"""Fluency rules that need a word's form, at their edges (issue 13: tests that fail when the
code is wrong). Sentences written for these tests."""

import pytest

from plainsum.checks.fluency import text_problems
from plainsum.checks.fluency_sentences import split_sentences
from plainsum.checks.half_replaced import half_replaced
from plainsum.checks.verbs import has_verb


@pytest.mark.parametrize(
    "sentence",
    [
        # a capitalised word before 'to' mid-sentence: the verb is part of a name in title case
        "Patients joined the Trial to Reduce fatigue.",
        "People in the Study to Improve walking did well.",
    ],
)
def test_a_capital_after_to_inside_a_name_is_not_a_capitalised_verb(sentence):
    assert "capital_verb" not in {p.rule for p in text_problems(sentence)}


def test_a_capital_after_to_in_plain_words_is_a_capitalised_verb():
    problems = [p for p in text_problems("The team planned to Reduce the dose.")]
    assert [p.rule for p in problems] == ["capital_verb"], problems


def test_a_sentence_after_a_two_letter_word_is_split_before_a_small_letter():
    """'MS.' is no abbreviation with a dot, so a small letter after it starts a broken
    sentence."""
    text = "The trial was in MS. it was small."
    assert split_sentences(text) == ["The trial was in MS.", "it was small."]
    assert "lower_start" in {p.rule for p in text_problems(text)}


def test_a_bare_adjective_says_which_words_and_what_went_wrong():
    (problem,) = text_problems("Fluids are the first treatment of hypovolaemic.")
    assert problem.rule == "bare_adjective" and problem.span == "of hypovolaemic"
    assert problem.message.startswith("'of hypovolaemic': an adjective with no noun after it")


def test_a_half_replaced_term_is_quoted_from_its_first_word():
    (problem,) = half_replaced(
        "Two authors checked study who could take part.", "Two authors assessed study eligibility."
    )
    assert problem.span == "study who could take part"
    assert "the source says 'study eligibility'" in problem.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Researchers genotyped all the mice.",  # a past form not on the verb list
        "The nurse hurries home.",  # -ies of a listed verb
    ],
)
def test_verb_forms_make_a_sentence_whole(sentence):
    assert has_verb(sentence), sentence
