"""A sentence opening "However," is said "But ..." in plain words, unless a "but" of its own
follows ("But A favoured one group at 12 months but the other at 24 months" reads as a slip):
then "However," stays. Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.glossary import plain_words
from plainsum.plain.simplify import rewrite

TWO_TURNS = (
    "However, walking speed favoured the treated group at 6 months but favoured the control "
    "group at 12 months."
)


def test_however_with_a_but_of_its_own_stays():
    assert rewrite(TWO_TURNS).startswith("However, walking speed")
    assert plain_words(TWO_TURNS).startswith("However, walking speed")


def test_however_alone_is_still_but():
    said = rewrite("However, walking speed did not change over the year.")
    assert said.startswith("But walking speed")


def test_as_such_at_the_start_goes_like_therefore():
    said = rewrite("As such, the timing of the dose changes how strong the response is.")
    assert said.startswith("The timing of the dose")


def test_a_lists_place_at_the_start_goes() -> None:
    # "Second," with no first item shown before it dangles; a first item may head alone
    assert rewrite("Second, flexible hours often decided who stayed in work.").startswith(
        "Flexible hours often decided"
    )
    assert rewrite("First, fatigue shaped decisions to cut hours.").startswith("Fatigue shaped")
    # a place said inside the sentence stays: "first" is part of what it says
    assert "first" in rewrite("The first dose was given at home.")


def test_therefore_inside_a_sentence_goes() -> None:
    assert rewrite("Onset in childhood therefore leads to disability at a younger age.").startswith(
        "Onset in childhood leads to disability"
    )
    assert rewrite("The drug is, therefore, a good first choice.").startswith(
        "The drug is a good first choice"
    )
    assert "thus far" in rewrite("No harm has been seen thus far in the trial.")


def test_therefore_joining_two_clauses_stays() -> None:
    # without it the two clauses would run on
    assert "therefore the data" in rewrite(
        "The estimates varied widely, therefore the data were not pooled."
    )
    assert "and thus the authors" in rewrite(
        "Pain was rarely reported and thus the authors could not pool it."
    )
