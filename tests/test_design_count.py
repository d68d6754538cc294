"""single_trial is warranted by one study, not by the word "trial" (issue 8).

Abstract sentences written for these tests: a trial paper that reports two trials has repeated
itself; a review that took in only one study rests on one trial as much as a trial does.
"""

import pytest

from plainsum.checks.caveats import CAVEATS, caveats_for, example_for
from plainsum.design import DesignInfo, detect_design
from plainsum.design_count import studies_included, studies_taken_in, trials_reported
from plainsum.ingest.text import read_text_source
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("text", "several"),
    [
        ("We report two clinical trials of a throat spray in adults with a sore throat.", True),
        ("Crossover studies were conducted, each in 20 healthy subjects, to compare pills.", True),
        ("In two identical phase 3 trials, the drug lowered relapse rates.", True),
        ("A pooled analysis of three randomised trials showed less pain.", True),
        ("Adults were randomised to the drug or placebo for twelve weeks.", False),
        # a results-only review extract that opens on its count of trials
        ("Two SPARK trials were identified. One trial compared the drug with placebo.", True),
        ("We randomised 60 adults. Two trials were found in an earlier search.", False),
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
        # its size and kind said before "was eligible" (CD007248: "people in some studies
        # knew which treatment they had" of a review of one open-label trial)
        ("One open-label randomised trial of 63 babies was eligible for inclusion.", True),
        ("Only one double-blind trial with 120 adults met the inclusion criteria.", True),
        ("We included 12 trials. One trial of 40 women was excluded.", False),
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


@pytest.mark.parametrize(
    ("text", "taken_in"),
    [
        ("Eight studies with 12,400 participants were included.", True),
        ("Eleven cohort studies involving 5,210 adults were included in the analysis.", True),
        ("We included 14 case-control studies from six countries.", True),
        ("Nine observational studies met the inclusion criteria.", True),
        ("Twenty-three publications were eligible for the meta-analysis.", True),
        ("Two studies have shown that coffee drinkers live longer.", False),
        ("We followed 4,000 women recruited in 3 studies sites for ten years.", False),
        ("In two earlier studies, vitamin D levels were lower in MS.", False),
        ("We included 1,203 adults who took part in the national survey.", False),
    ],
)
def test_a_paper_that_took_in_several_studies(text: str, taken_in: bool) -> None:
    assert studies_taken_in(text) is taken_in


# A results-only extract of a review of cohort and case-control studies (written for this
# test): its cues name the designs of the studies it took in, not its own.
_REVIEW_OF_COHORTS = (
    "Nine studies with 210,400 participants were included. Six studies used a prospective "
    "cohort design and three were case-control studies. The cohort studies were of high "
    "quality and the case-control studies of medium quality. There was no evidence that "
    "total tea intake reduced the risk of stomach cancer. Two cohort studies suggested that "
    "green tea was associated with a lower risk in women. The evidence is conflicting."
)
_COHORT = (
    "We followed 12,000 adults in a prospective cohort for ten years. Tea intake was recorded "
    "at baseline. Green tea was associated with a lower risk of stomach cancer in women. "
    "Two earlier studies had found the same in men. Residual confounding cannot be ruled out."
)


@pytest.mark.parametrize(
    ("text", "design"),
    [(_REVIEW_OF_COHORTS, StudyDesign.REVIEW), (_COHORT, StudyDesign.OBSERVATIONAL)],
)
def test_a_review_of_cohort_studies_is_a_review(text: str, design: StudyDesign) -> None:
    source = read_text_source(text.encode(), "paper.txt", None, None)
    assert detect_design(source).design == design
