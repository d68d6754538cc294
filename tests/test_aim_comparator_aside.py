"""An aim whose comparator is an aside before its verb ("if X, compared with Y, is associated
with Z") is shortened around the aside, never cut at it (that left "... wanted to find out if
helicopter transport."); a comparator list that ends the aim still goes. And "improved
morbidity and mortality" is said as fewer health problems and deaths, never "improved illness
and deaths". Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.aim import without_comparators
from plainsum.plain.glossary import plain_words


def test_a_comparator_aside_before_the_verb_is_cut_around():
    aim = (
        "To determine if weekly home visits by district nurses, compared with clinic visits, are "
        "associated with fewer falls in older adults."
    )
    assert without_comparators(aim) == (
        "To determine if weekly home visits by district nurses are associated with fewer falls in "
        "older adults."
    )


def test_a_comparator_list_at_the_end_still_goes():
    aim = (
        "To assess the effects of home visits by nurses for older adults, compared with "
        "clinic visits."
    )
    assert (
        without_comparators(aim)
        == "To assess the effects of home visits by nurses for older adults."
    )


def test_improved_morbidity_and_mortality_is_fewer_problems_and_deaths():
    said = plain_words("Transfer by air is associated with improved morbidity and mortality.")
    assert said == "Transfer by air is linked with fewer health problems and deaths."


def test_placebo_treated_is_said_once():
    said = plain_words("Pain fell less in the placebo-treated group than in the other group.")
    assert "dummy treatment treated" not in said and "dummy-treatment group" in said
