"""Mends from the lead's reading at stop 43 (seed 20261562), each a class written in new words:
an aim that lists what it studied names them all or is not cut; 'main' never stands after a
verb ('cases are main'); 'The only exception was ...' leans on the sentence it is an exception
to."""

import pytest

from plainsum.plain.aim import short_aim
from plainsum.plain.glossary import plain_words
from plainsum.plain.pick import leans_back


@pytest.mark.parametrize("compact", [False, True])
def test_an_aim_that_lists_what_it_studied_is_not_cut_to_its_first_item(compact: bool) -> None:
    aim = (
        "The review authors wanted to check the effect and safety of melatonin, valerian and "
        "chamomile tea in adults with poor sleep after a stroke."
    )
    head = short_aim(aim, compact=compact)
    assert head is None or "melatonin, valerian and chamomile tea" in head


def test_a_list_too_long_to_name_leaves_no_head() -> None:
    aim = (
        "The review authors wanted to check the effect of melatonin, valerian root extract, "
        "lavender oil pillows, warm milk drinks before bed and chamomile tea in adults with "
        "poor sleep."
    )
    assert short_aim(aim) is None


def test_an_aside_after_the_head_still_leaves_a_head() -> None:
    aim = (
        "The review authors wanted to check the effects of melatonin, alone or with other "
        "drugs, in adults with poor sleep."
    )
    assert (
        short_aim(aim, compact=True)
        == "The review authors looked at melatonin in adults with poor sleep."
    )


@pytest.mark.parametrize(
    "text, plain",
    [
        (
            "Clinics are few in rural areas, where late cases are predominant.",
            "Clinics are few in rural areas, where late cases are predominant.",
        ),
        ("The predominant complaint was pain.", "The main complaint was pain."),
    ],
)
def test_main_stands_only_before_a_noun(text: str, plain: str) -> None:
    assert plain_words(text, False, frozenset()) == plain


@pytest.mark.parametrize(
    "text, leans",
    [
        ("The only exception was the largest trial, which found fewer falls.", True),
        ("One exception was a trial in children.", True),
        ("Exceptions were rare among the older adults.", False),
    ],
)
def test_the_only_exception_leans_on_what_it_is_an_exception_to(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


def test_a_suspended_list_of_grades_keeps_its_term() -> None:
    text = "The moderate-, low-, and very low-quality evidence did not favour either brace."
    assert plain_words(text, False, frozenset()) == text


@pytest.mark.parametrize(
    "text",
    [
        "All other trials were at low risk of bias.",
        "Further analyses using data from a second registry suggested the same.",
        "Considering these potential deficits of the scale, a survey of nurses was done.",
    ],
)
def test_the_rest_of_a_set_or_further_analyses_lean_on_what_came_before(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(
    ("text", "leaning"),
    [
        ("Pain also improved similarly.", True),
        ("Sleep got better likewise.", True),
        ("Pain improved in both groups by a similar amount.", False),
    ],
)
def test_a_result_said_to_go_like_the_one_before_leans_on_it(text: str, leaning: bool) -> None:
    assert leans_back(text) is leaning
