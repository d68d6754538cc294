"""A result that says a time moved ("shortened the illness by a day", "prolonged survival", "a
shorter stay in hospital") says which way things went, so the body must carry it when the paper
has one. Sentences written for these tests."""

import pytest

from plainsum.plain.results import says_which_way


@pytest.mark.parametrize(
    "sentence",
    [
        "The drops shortened the cold by about one day.",
        "The new drug prolonged survival in adults with advanced cancer.",
        "Babies who stayed with their mothers had a shorter stay in hospital.",
    ],
)
def test_a_time_that_moved_says_which_way(sentence):
    assert says_which_way(sentence)


def test_a_time_word_in_how_the_study_ran_says_no_way():
    assert not says_which_way("The trial lasted a shorter time than planned.")
