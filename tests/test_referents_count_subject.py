"""A count or a share with no noun after it, as a sentence's subject, counts things a sentence
before named ("Four altered the share of ...", "Most changed the distance ..."): shown alone,
it says four or most of nothing (sentences written for these tests)."""

from __future__ import annotations

import pytest

from plainsum.plain.standalone import leans_back


@pytest.mark.parametrize(
    "text",
    [
        "Four altered the share of sugary drinks on offer.",
        "Most changed how far away the snacks were placed.",
        "None reported any harms.",
        "Both showed a small benefit.",
        "Several reported mild headaches.",
    ],
)
def test_a_bare_count_or_share_leans_on_what_it_counts(text):
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most studies placed snacks farther away.",
        "Two randomised trials compared the creams.",
        "All participants finished the study.",
        "Most included studies were small.",
        "One randomised trial compared the creams.",
        # a share said with "were" reads well after "The review included 23 trials"
        "Most were small.",
    ],
)
def test_a_count_with_its_noun_stands_alone(text):
    assert not leans_back(text)


def test_a_count_of_respondents_introduces_them():
    """ "Of 2,318 respondents, 1,904 had complete data" says who they are; "Less than half of
    all respondents ..." points at a survey the reader never met."""
    from plainsum.plain.referents import points_at_nothing

    before = "This study looked at a group of people."
    assert not points_at_nothing("Of 2,318 respondents, 1,904 had complete data.", before)
    assert points_at_nothing("Less than half of all respondents felt confident.", before)
