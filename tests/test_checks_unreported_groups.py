"""Unsupported sentences that name a group, a trait or a best the paper never names ("worked
better in people who had been diagnosed recently", "most of the patients had smoked", "swimming
helped more than any other kind", "older mice became sicker than young ones"), and a lab
finding said of patients. Papers and sentences written for these tests."""

import pytest

from plainsum.checks.overreach import overreach
from plainsum.checks.support import check_support
from plainsum.checks.unreported import group_not_reported
from plainsum.design import detect_design
from plainsum.evidence import link_summary, split_source
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity, StudyDesign

REVIEW = parse(
    """Exercise for tiredness in multiple sclerosis: a systematic review

Background: Tiredness is common in multiple sclerosis.

Methods: We searched three databases for randomised trials of exercise in adults with multiple
sclerosis and pooled their results.

Results: Twenty trials with 900 adults were included; most had relapsing-remitting multiple
sclerosis. Exercise reduced tiredness compared with no exercise, particularly endurance
training. Women and men benefited alike.

Conclusions: Exercise, and particularly endurance training, may ease tiredness."""
)

CLEAN = PlainSummary(
    headline="Exercise may ease tiredness in MS, a review of twenty trials found",
    what_the_study_did=(
        "The reviewers found twenty trials with 900 adults with MS. Most of them had "
        "relapsing-remitting MS. People who exercised had less tiredness."
    ),
    why_it_matters="Tiredness is common in MS. Talk with your MS team about exercise.",
    limitations="The trials were small and differed from each other.",
)


def _errors_on(sentence):
    summary = CLEAN.model_copy(
        update={"what_the_study_did": CLEAN.what_the_study_did + " " + sentence}
    )
    design = detect_design(REVIEW)
    found = check_support(REVIEW, design, link_summary(REVIEW, summary, design))
    return [f for f in found if f.span == sentence and f.severity == Severity.ERROR]


@pytest.mark.parametrize(
    "sentence",
    [
        "Exercise seemed to work better in people who had been diagnosed recently.",
        "Most of the patients had smoked for many years.",
        "Swimming eased tiredness more than any other kind of exercise.",
        "Older people became sicker than young ones.",
        "Adults in both countries also had heart problems.",
    ],
)
def test_a_group_trait_or_best_the_paper_never_names_is_unsupported(sentence):
    errors = _errors_on(sentence)
    assert [f.check for f in errors] == ["support"], errors


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of them had relapsing-remitting MS, in which symptoms come and go.",
        "Endurance training eased tiredness more than any other kind of exercise.",
        "Exercise worked as well in women as in men.",
        "It is unclear whether exercise works better in people who are very tired.",
    ],
)
def test_groups_traits_and_bests_the_paper_names_pass(sentence):
    sentences = split_source(REVIEW)
    assert group_not_reported(REVIEW, sentence, sentences) is None
    assert not [f for f in _errors_on(sentence) if "group, trait" in f.message]


def test_the_clean_summary_has_no_errors():
    design = detect_design(REVIEW)
    found = check_support(REVIEW, design, link_summary(REVIEW, CLEAN, design))
    assert [f for f in found if f.severity == Severity.ERROR] == [], found


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("The protein was also raised in the blood of patients with the disease.", True),
        ("The protein was raised in the kidneys of mice.", False),
        ("The protein may also be raised in patients.", False),
        ("The marker was raised in 8 of the 11 people with early cancer.", False),
        ("KLX4 was also raised in the blood of patients.", True),  # a name's digits count nothing
    ],
)
def test_a_lab_finding_said_of_patients_overreaches(sentence, flagged):
    assert bool(overreach(sentence, StudyDesign.ANIMAL, [])) is flagged
