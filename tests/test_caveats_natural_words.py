"""Caveats in words the frames missed (issue 8: correct summaries of a development set in other
wording failed for them): a survey that cannot tell which way a link runs ("whether A causes B
or B leads to A") says it shows a link, not a cause; evidence graded "of moderate quality" says
a review is only as good as its studies, as "the quality of the evidence was moderate" already
did; "nobody can say yet whether the benefit lasts" and "results may differ for older people at
home" say one trial needs confirming and may not fit everyone. Sentences written for these
tests; the near misses use the same words and carry no caveat."""

import pytest

from plainsum.checks.caveats import CAVEATS


@pytest.mark.parametrize(
    "text",
    [
        "So the survey cannot tell whether screens cut sleep or poor sleepers reach for screens.",
        "It is unclear whether pain keeps people indoors or staying indoors brings on pain.",
        "The study could not work out if loneliness led to poor sleep or the other way.",
        "This kind of study cannot show whether sleep loss drives low mood or low mood spoils "
        "sleep.",
    ],
)
def test_which_way_a_link_runs_is_open(text: str) -> None:
    assert CAVEATS["link_not_cause"].present(text)


@pytest.mark.parametrize(
    "text",
    [
        "The study did not say whether people were men or women.",
        "It is not known whether the survey was done by phone or online.",
        "People could tell whether they had the cream or the dummy cream.",
        "It is unclear whether the drug works or not.",
    ],
)
def test_an_open_question_about_something_else_is_no_caveat(text: str) -> None:
    assert not CAVEATS["link_not_cause"].present(text)


@pytest.mark.parametrize(
    "text",
    [
        "The evidence was of moderate quality.",
        "Most of the trials were of low to moderate quality.",
        "The reviewers rated the studies as moderate-certainty evidence at best.",
    ],
)
def test_a_moderate_grade_is_a_review_quality_caveat(text: str) -> None:
    assert CAVEATS["review_quality"].present(text)


@pytest.mark.parametrize(
    "text",
    [
        "Exercise had a moderate effect on mood.",
        "The trials were of high quality, so the findings can be trusted.",
        "Moderate exercise was as good as hard exercise.",
    ],
)
def test_moderate_effects_and_high_quality_are_no_caveat(text: str) -> None:
    assert not CAVEATS["review_quality"].present(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody can say yet whether the benefit lasts.",
        "No one knows yet if the gains hold beyond twelve weeks.",
        "The trial ran only in care homes, so results may differ for older people at home.",
        "Its findings could well be different in younger adults.",
    ],
)
def test_one_trial_in_everyday_words(text: str) -> None:
    assert CAVEATS["single_trial"].present(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody in the trial had a serious side effect.",
        "Pain scores differed between the two groups.",
        "No one can say the drug failed after such a long follow-up.",
    ],
)
def test_a_result_or_a_count_is_no_single_trial_caveat(text: str) -> None:
    assert not CAVEATS["single_trial"].present(text)
