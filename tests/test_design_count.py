"""single_trial is warranted by one study, not by the word "trial" (issue 8).

Abstract sentences written for these tests: a trial paper that reports two trials has repeated
itself; a review that took in only one study rests on one trial as much as a trial does.
"""

import pytest

from plainsum.checks.caveats import CAVEATS, caveats_for, example_for
from plainsum.design import DesignInfo
from plainsum.design_count import studies_included, trials_reported
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("text", "several"),
    [
        ("We report two clinical trials of a throat spray in adults with a sore throat.", True),
        ("Crossover studies were conducted, each in 20 healthy subjects, to compare pills.", True),
        ("In two identical phase 3 trials, the drug lowered relapse rates.", True),
        ("A pooled analysis of three randomised trials showed less pain.", True),
        ("Adults were randomised to the drug or placebo for twelve weeks.", False),
        ("Two previous trials had found no benefit, so we ran a larger one.", False),
    ],
)
def test_several_trials_of_the_papers_own(text: str, several: bool) -> None:
    assert (trials_reported(text) is not None) is several


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("We included one study, involving 60 children and their parents.", True),
        ("Only one trial met our inclusion criteria, with 210 adults.", True),
        ("The review found only one small trial of music before surgery.", True),
        ("This review included one RCT in which 38 women were randomised.", True),
        ("We included 12 trials. One trial compared the drug with placebo.", False),
        ("We included nine studies. One ongoing trial was identified.", False),
        ("No trials were included, and one ongoing trial was identified.", False),
    ],
)
def test_a_review_of_one_study(text: str, one: bool) -> None:
    assert (studies_included(text) == 1) is one


def _info(design: StudyDesign, studies: int | None) -> DesignInfo:
    return DesignInfo(design, about_ms=True, mentions_ms=True, in_people=True, studies=studies)


@pytest.mark.parametrize(
    ("design", "studies", "required"),
    [
        (StudyDesign.TRIAL, None, True),  # one trial, as far as the paper says
        (StudyDesign.TRIAL, 1, True),
        (StudyDesign.TRIAL, 2, False),  # the paper reports two trials
        (StudyDesign.REVIEW, 1, True),  # a review that found only one study
        (StudyDesign.REVIEW, None, False),
        (StudyDesign.OBSERVATIONAL, 1, False),
    ],
)
def test_single_trial_only_when_the_results_rest_on_one_study(
    design: StudyDesign, studies: int | None, required: bool
) -> None:
    names = {c.name for c in caveats_for(_info(design, studies))}
    assert ("single_trial" in names) is required


def test_a_review_of_one_study_is_told_so_in_a_reviews_words() -> None:
    example = example_for(CAVEATS["single_trial"], _info(StudyDesign.REVIEW, 1))
    assert "review" in example.lower()
    assert CAVEATS["single_trial"].in_sentence(example)
