"""Plain words that cannot head a stack of nouns, and plain phrases led by "other" after a
modifier (plainsum.plain.noun_stacks.stack_fits): the paper's word stays there; after a word
that leaves the term its own head the swap is made. Sentences written for these tests."""

import pytest

from plainsum.plain.glossary import plain_words
from plainsum.plain.noun_stacks import stack_fits


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Half of the control group participants used day care.", "group participants"),
        ("Most study participants finished the trial.", "study participants"),
        ("The infection caused bone deterioration in two children.", "bone deterioration"),
        ("Cardiometabolic comorbidities were common in the cohort.", "Cardiometabolic comorbid"),
        ("Psychiatric comorbidities were recorded at entry.", "Psychiatric comorbidities"),
    ],
)
def test_the_paper_word_stays_in_a_stack(sentence: str, kept: str) -> None:
    assert kept in plain_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("In all, 40 participants were enrolled.", "40 people"),
        ("The treated participants slept longer.", "treated people"),
        ("A deterioration of vision was seen in one eye.", "worsening of vision"),
        ("People with many comorbidities were left out.", "many other illnesses"),
        ("Those with comorbidities did worse.", "with other illnesses"),
    ],
)
def test_the_swap_is_made_where_the_term_heads_its_phrase(sentence: str, said: str) -> None:
    assert said in plain_words(sentence)


def test_stack_fits_reads_the_word_before() -> None:
    assert not stack_fits("participants", "people", "the control group ")
    assert stack_fits("participants", "people", "the 40 ")
    assert not stack_fits("comorbidities", "other illnesses", "severe ")
    assert stack_fits("comorbidities", "other illnesses", "several ")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("It enrolled critically ill participants with shock.", "critically ill people"),
        ("Fifty subjects finished all tests.", "Fifty people"),
        ("The effect was larger in beta2-agonist-treated participants.", "treated people"),
        ("Results were adjusted for possible confounders.", "possible other factors"),
    ],
)
def test_adjectives_and_numbers_the_noun_test_misreads_do_not_block_the_swap(
    sentence: str, said: str
) -> None:
    assert said in plain_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The disorder often distresses individuals and families.", "distresses people"),
        ("The trials did not follow up participants past a year.", "follow up people"),
    ],
)
def test_a_verb_before_the_term_is_no_noun_of_a_stack(sentence: str, said: str) -> None:
    assert said in plain_words(sentence)


def test_a_condition_or_a_code_before_participants_keeps_them() -> None:
    assert "stroke participants" in plain_words("Most stroke participants walked again.")
    assert "MS participants" in plain_words("The MS participants were tested twice.")
