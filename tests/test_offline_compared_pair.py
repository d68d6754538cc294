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


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "A total of 120 adults were randomly assigned to nightly melatonin or placebo.",
            "The researchers compared nightly melatonin with placebo.",
        ),
        (  # the people assigned, with "or" inside whom, then a dose or target on each side
            "We randomly assigned 800 people aged 70 years or older with diabetes to a glucose "
            "target below 7% or a target below 8%.",
            "The researchers compared a glucose target below 7% with a target below 8%.",
        ),
        (
            "Participants were randomised to receive either balance training or usual care for "
            "16 weeks.",
            "The researchers compared balance training with usual care.",
        ),
        (  # "mild to moderate" is not what they were assigned to
            "We randomly assigned patients with mild to moderate fatigue to modafinil or placebo.",
            "The researchers compared modafinil with placebo.",
        ),
    ],
)
def test_a_trial_says_what_its_people_were_randomly_assigned_to(text: str, said: str) -> None:
    assert compared_pair(_one(text, Role.METHODS), review=False, headed=False) == (said, 4)


@pytest.mark.parametrize(
    ("text", "review"),
    [
        # groups, not things given
        (
            "Ninety patients were randomly assigned to 2 groups who received a gel or a cream.",
            False,
        ),
        # a side that points back, or a clause
        ("Patients were randomised to the same dose or a higher one.", False),
        # commas: the second side is not said plainly
        (
            "We randomly assigned 400 adults to two doses, four weeks apart, of vaccine or saline.",
            False,
        ),
        # a review's rule for the trials it took in is no comparison it made
        ("We included trials of adults randomised to receive iron or placebo.", True),
    ],
)
def test_an_assignment_not_named_plainly_gives_nothing(text: str, review: bool) -> None:
    assert compared_pair(_one(text, Role.METHODS), review=review, headed=False) is None


def test_the_treatment_tested_is_named_first_and_placebo_second() -> None:
    text = "Sixty adults were randomised to placebo or riboflavin for 16 weeks."
    said = "The researchers compared riboflavin with placebo."
    assert compared_pair(_one(text, Role.METHODS), review=False, headed=False) == (said, 4)


_TRIAL = (
    "Background: Older adults often fall at home. Methods: {assign} Results: After a year, falls "
    "were 30% fewer in the exercise group than in the usual care group. Conclusions: Home "
    "exercise reduced falls in older adults."
)


def test_a_trial_whose_assignment_is_too_long_to_show_says_what_it_compared() -> None:
    assign = (
        "We randomly assigned 300 adults aged 75 years or older who had fallen at least twice in "
        "the past year and who lived alone in their own homes to home exercise or usual care."
    )
    lines = did_lines(_TRIAL.format(assign=assign))
    assert "The researchers compared home exercise with usual care." in lines


def test_a_trial_whose_assignment_is_shown_whole_keeps_the_papers_own_sentence() -> None:
    assign = "People were stratified by fall history and randomized to usual care or home exercise."
    lines = did_lines(_TRIAL.format(assign=assign))
    assert not any(line.startswith("The researchers compared") for line in lines)
    assert any("stratified by fall history" in line for line in lines)
