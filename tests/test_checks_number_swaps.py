"""Numbers moved between what they count: a group's count given as the whole, a count of
studies paired with the people of another count of studies, and two numbers of one sentence
that traded what they count. Papers and sentences written for these tests."""

import pytest

from plainsum.checks.counts import counts_in
from plainsum.checks.counts_misplaced import misplaced_counts
from plainsum.checks.number_links import misattributed_numbers
from plainsum.ingest import parse

ARMS = parse(
    """Cooling vests, cooling caps or both for heat sensitivity in MS: a randomised trial

Methods: Ninety adults with MS who were sensitive to heat were recruited at 12 outpatient
centres over a period of 8 weeks and divided into a vest group, a cap group and a combined
group, 30 adults in each group.

Results: Walking speed improved most in the combined group (N = three trials of walking,
P < .05); 32% of adults in it walked faster.

Conclusions: Vest and cap together helped more than either alone, as in 5 earlier trials."""
)

REVIEW = parse(
    """Exercise after a relapse of MS: a systematic review

Methods: We searched three databases up to June 2022.

Results: We identified 21 trials (1630 participants) that reported relapse rates and only 6
reporting walking as well. Most trials were small.

Conclusions: The evidence is uncertain."""
)


@pytest.mark.parametrize(
    "text,value",
    [
        ("They were split into three groups, 30 adults in each group.", "30"),
        ("Each drug was given to 25 patients per arm.", "25"),
        ("There were 40 people in each of the two groups.", "40"),
        ("We enrolled 18 children in both groups.", "18"),
    ],
)
def test_a_count_in_each_group_is_a_part(text, value):
    found = [c for c in counts_in(text) if c.value == value]
    assert found and found[0].part and not found[0].whole, counts_in(text)


@pytest.mark.parametrize(
    "source,sentence",
    [
        # 30 is each group's count, the whole is ninety
        (ARMS, "The study included 30 adults with MS, 90 in each group."),
    ],
)
def test_a_count_moved_to_another_whole_is_misplaced(source, sentence):
    assert misplaced_counts(sentence, source), sentence


@pytest.mark.parametrize(
    "source,sentence",
    [
        (ARMS, "The study included 90 adults with MS, 30 in each group."),
        (ARMS, "Each of the three groups had 30 adults."),
        (REVIEW, "The reviewers found 21 trials with 1630 people."),
        (REVIEW, "Only 6 of the trials looked at walking."),
    ],
)
def test_counts_where_the_paper_has_them_pass(source, sentence):
    assert misplaced_counts(sentence, source) == [], sentence
    assert misattributed_numbers(sentence, source) == [], sentence


@pytest.mark.parametrize(
    "sentence,number",
    [
        # the paper has 12 centres over 8 weeks
        ("Adults were recruited at 8 clinics over 12 weeks.", "12"),
        ("Over 12 weeks, 8 centres took part.", "12"),
    ],
)
def test_two_numbers_that_traded_what_they_count_are_misattributed(sentence, number):
    found = {f[0]: f for f in misattributed_numbers(sentence, ARMS)}
    assert number in found, found
    assert found[number][1:] == ("weeks", "centres (8 counts weeks there)")


@pytest.mark.parametrize(
    "sentence",
    [
        "Adults were recruited at 12 clinics over 8 weeks.",
        "The study ran for 8 weeks at 12 centres.",
        # "N = three trials": three is read as people by "N =", but the paper counts trials
        "Three trials of walking were among the 5 trials.",
        # a number the paper never gives for weeks, with no number beside it that it does
        "Some adults were seen at 12 centres, others at home.",
    ],
)
def test_numbers_that_count_what_the_paper_counts_pass(sentence):
    assert misattributed_numbers(sentence, ARMS) == [], sentence


def test_a_swap_with_a_share_names_the_share():
    found = misattributed_numbers("Adults were followed over 32 weeks at 8 centres.", ARMS)
    assert ("32", "weeks", "a share (8 counts weeks there)") in found, found
