"""Number people: a count of people said of an age or sex the paper does not count with it
("268 adults and children" where the paper's 268 are adults). Papers and sentences written for
these tests."""

import pytest

from plainsum.checks.number_people import wider_people_numbers
from plainsum.ingest import parse

GEL = parse(
    """Objectives: To assess a numbing gel before blood tests.

Main results: Four trials with 312 adults were included. Data in children are still needed. \
A fifth trial of 140 women and their babies was left out."""
)

ANYONE = parse(
    """Objectives: To assess a numbing gel before blood tests.

Main results: Four trials with 312 participants were included. The gel eased pain during the \
test, and no serious side effects were reported in any of the trials."""
)


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        ("The review found four trials with 312 adults and children.", "adults and children"),
        ("The review found four trials with 312 children.", "children"),
    ],
)
def test_a_count_said_of_people_the_paper_did_not_count_is_misattributed(sentence, kinds):
    assert wider_people_numbers(sentence, GEL) == [("312", kinds, "adults")]


def test_a_count_said_of_the_other_sex_is_misattributed():
    found = wider_people_numbers("A trial of 140 men was left out.", GEL)
    assert found == [("140", "men", "babies or women")]


def test_a_sex_the_paper_does_not_give_its_count_is_not_judged():
    assert not wider_people_numbers("The review found four trials with 312 men.", GEL)


@pytest.mark.parametrize(
    "sentence",
    [
        "The review found four trials with 312 adults.",
        "The review found four trials with 312 people.",
        # a pregnancy counts mother and baby: no age the paper set apart
        "A trial of 140 women was left out.",
        "A trial of 140 mothers and babies was left out.",
    ],
)
def test_a_count_said_of_its_own_people_passes(sentence):
    assert not wider_people_numbers(sentence, GEL)


def test_a_count_the_paper_says_of_anyone_is_not_judged():
    assert not wider_people_numbers("Four trials with 312 older adults took part.", ANYONE)
    assert not wider_people_numbers("Four trials with 312 children took part.", ANYONE)
