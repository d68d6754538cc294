"""A paper with no aim of its own that says in its results what its trials compared gets that
comparison, in its own words, first in the body (issue 9); a sentence that does not name both
sides plainly gives nothing. Texts written for the tests."""

from __future__ import annotations

import pytest
from body_lines import did_lines

from plainsum.plain.compared_pair import compared_pair
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence


def _one(text: str, role: Role = Role.RESULTS) -> list[SourceSentence]:
    return [SourceSentence(4, text, role, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "review", "said"),
    [
        (
            "We included two trials (N = 410) that evaluated aspirin versus placebo.",
            True,
            "The review authors compared aspirin with placebo.",
        ),
        (
            "The included trials compared cooling garments with usual care in 96 adults.",
            True,
            "The review authors compared cooling garments with usual care.",
        ),
        (
            "We compared aerobic exercise to stretching, and both groups were followed for a year.",
            False,
            "The researchers compared aerobic exercise with stretching.",
        ),
        (  # "vs" and a method sentence
            "The trial assessed vitamin D vs placebo over two winters.",
            False,
            "The researchers compared vitamin D with placebo.",
        ),
    ],
)
def test_a_comparison_the_paper_names_is_said_whole(text: str, review: bool, said: str) -> None:
    assert compared_pair(_one(text), review, headed=True) == (said, 4)


@pytest.mark.parametrize(
    "text",
    [
        # "evaluated X with a scale" is how it was measured, not a comparison
        "Two trials evaluated fatigue with a questionnaire.",
        # the sides are results or measures, not things compared
        "The trials compared the effects of the two doses with each other.",
        "We compared relapse rates with those of the year before.",
        # some of the review's trials: one comparison among others, not what the review compared
        "Three trials compared cooling garments with usual care in 96 adults.",
        "One trial compared cooling garments with fans.",
        "The other trial compared cooling garments with fans.",
        # what no trial compared was not studied
        "But no study compared brief coaching with coaching of standard length.",
        # a side cut inside a longer one
        "The trials compared drug A in combination with radiotherapy alone.",
        # others' work, not this paper's
        "Previous studies have compared walking aids with no aid.",
        # a side too long to be a thing: a clause
        "Trials compared a programme that teaches people how to pace their daily tasks with rest.",
    ],
)
def test_a_sentence_that_does_not_name_both_sides_plainly_gives_nothing(text: str) -> None:
    assert compared_pair(_one(text), review=True, headed=True) is None


def test_a_background_sentence_counts_only_without_headings() -> None:
    text = "The trials compared aspirin with placebo."
    assert compared_pair(_one(text, Role.BACKGROUND), review=True, headed=True) is None
    assert compared_pair(_one(text, Role.BACKGROUND), review=True, headed=False) is not None


def test_a_results_only_review_says_what_it_compared_first_in_the_body() -> None:
    text = (
        "We included one randomised trial in this review (N = 120) that evaluated aspirin "
        "versus placebo. "
        "After eight weeks, sleep quality improved more in the aspirin group than in the "
        "placebo group (MD 1.2; 95% CI 0.4 to 2.0). Daytime sleepiness did not differ between "
        "the groups. Melatonin may improve sleep quality, but the evidence is of low quality."
    )
    lines = did_lines(text)
    assert "The review authors compared aspirin with placebo." in lines
