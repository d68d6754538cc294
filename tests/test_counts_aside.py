"""A bracketed aside right after a number ("447 (with sample sizes 14 and 432) pregnant
women") is not what the number counts: the count is read after the aside, so a summary that
gives the same people is not told the paper counts "sizes", and one that gives the number to
something else is still caught."""

from __future__ import annotations

from plainsum.checks.counts import counted
from plainsum.checks.number_links import misattributed_numbers
from plainsum.ingest import parse

SOURCE = parse(
    "Two studies involving 447 (with sample sizes 14 and 432) pregnant women were included. "
    "One study of 432 women found that the injection given after birth lowered the rate of "
    "antibodies at six months."
)


def test_the_noun_after_an_aside_is_what_the_number_counts():
    text = "Two trials with 90 (from clinics in 3 towns) adults were included."
    assert counted(text, text.index("90") + 2) == "adults"


def test_the_same_people_after_an_aside_are_not_misattributed():
    sentence = "We found two completed studies, involving 447 pregnant women."
    assert misattributed_numbers(sentence, SOURCE) == []


def test_a_number_given_to_something_else_is_still_caught():
    found = misattributed_numbers("The review found 447 trials of the injection.", SOURCE)
    assert [(n, noun, theirs) for n, noun, theirs in found] == [("447", "trials", "women")]
