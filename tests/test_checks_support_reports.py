"""Support findings on statements a lay summary words in its own way: a flat denial of a hedged
result, overreach without the usual cause words.
Papers and sentences written for these tests."""

import pytest

from plainsum.checks.overreach import overreach
from plainsum.checks.polarity import only_hedged
from plainsum.checks.support import check_support
from plainsum.checks.unreported import groups_compared
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, StudyDesign

OBS = StudyDesign.OBSERVATIONAL

REVIEW = parse(
    """Splints after wrist surgery: a systematic review

Objectives: To assess whether splints worn after wrist surgery prevent stiffness.

Main results: We included nine randomised trials with 640 participants, 14 additional studies
to the earlier review. Although the evidence was of low quality, there may be a positive
effect of splints on the number of participants who had stiffness at three months.
Side effects were mild.

Authors' conclusions: Splints may lower the number of people with stiffness after wrist
surgery. Larger trials are needed."""
)

CLEAN = PlainSummary(
    headline="Splints worn after wrist surgery may mean fewer people end up with stiff wrists",
    what_the_study_did=(
        "A splint is a firm support that holds the wrist still. The reviewers found nine trials "
        "with 640 people. Splints may have lowered the number of people with stiff wrists at "
        "three months."
    ),
    why_it_matters=(
        "This review is not about MS. Anyone having wrist surgery can ask their surgeon about "
        "splints."
    ),
    limitations=(
        "The evidence was of low quality, so the finding is not certain. Larger trials are needed."
    ),
)


def _found(sentence: str, section: str = "what_the_study_did"):
    summary = CLEAN.model_copy(update={section: getattr(CLEAN, section) + " " + sentence})
    design = detect_design(REVIEW)
    return [
        f
        for f in check_support(REVIEW, design, link_summary(REVIEW, summary, design))
        if f.span == sentence
    ]


def test_the_clean_summary_has_no_support_errors():
    design = detect_design(REVIEW)
    found = check_support(REVIEW, design, link_summary(REVIEW, CLEAN, design))
    assert [f for f in found if f.severity == "error"] == []


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("Splints had no effect on the number of people who had stiffness at three months.", True),
        ("Splints lowered the number of people with stiff wrists at three months.", False),
    ],
)
def test_a_flat_denial_of_a_hedged_result_is_a_contradiction(sentence, flagged):
    found = _found(sentence)
    assert any(f.check == "contradiction" for f in found) is flagged, found


@pytest.mark.parametrize(
    "sentence,hedged",
    [
        ("There may be a beneficial effect of splints on stiffness.", True),
        ("Splints might lower stiffness.", True),
        ("We assessed whether splints may lower stiffness.", False),
        ("The aim was to see if splints lower stiffness.", False),
        ("Splints lowered stiffness.", False),
    ],
)
def test_only_hedged(sentence, hedged):
    assert only_hedged(sentence) is hedged


@pytest.mark.parametrize(
    "sentence,design,flagged",
    [
        (
            "It shows how doctors can stop children being born with weak hearts.",
            StudyDesign.ANIMAL,
            True,
        ),
        ("If you have questions, your doctor can help you.", StudyDesign.ANIMAL, False),
        ("It shows that walking every day brought their blood pressure down.", OBS, True),
        ("Blood pressure came down over the year in both groups.", OBS, False),
        # a germ named by what it does in people: what it is, not a result
        ("It used a germ like the one that causes TB in people.", StudyDesign.ANIMAL, False),
        ("The germ causes TB in people.", StudyDesign.ANIMAL, True),
        ("Calming the enzyme will make the illness milder in patients.", StudyDesign.ANIMAL, True),
        ("Calming the enzyme made the illness milder in mice.", StudyDesign.ANIMAL, False),
    ],
)
def test_overreach_said_in_other_words(sentence, design, flagged):
    assert bool(overreach(sentence, design, [])) is flagged


def test_a_count_of_studies_given_as_a_length_of_time_is_misattributed():
    # the paper's only 14 is "14 additional studies": it never says any trial lasted 14 weeks
    found = _found("Some trials lasted 14 weeks.")
    assert [f.check for f in found] == ["numbers"], found


@pytest.mark.parametrize(
    "sentence,paper,flagged",
    [
        ("The drug helped women more than men.", "The drug reduced pain in adults.", True),
        ("It worked better in older people than in younger ones.", "It reduced pain.", True),
        ("The drug helped women more than men.", "Women improved more than men did.", False),
        ("It is not known whether it helps women more than men.", "It reduced pain.", False),
        ("The drug helped more people than the dummy pill.", "The drug reduced pain.", False),
    ],
)
def test_two_groups_compared_need_both_in_the_paper(sentence, paper, flagged):
    assert bool(groups_compared(sentence, paper)) is flagged


def test_a_comparison_of_groups_the_paper_never_names_is_unsupported():
    found = _found("Splints helped women more than men.")
    assert any(f.check == "support" and "compares" in f.message for f in found), found
