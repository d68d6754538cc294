"""A headline that says the groups were alike when the study began (who they were, how they
stood at the start) reports a check that the comparison is fair, not a finding
(plainsum.checks.headline_side.GROUPS_ALIKE). Sentences written for these tests."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_side import GROUPS_ALIKE
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PAPER = parse(
    "Objectives: To test whether taking a fibre powder in the morning lowers blood sugar after "
    "meals more than taking it in the evening, in healthy older adults.\n\n"
    "Methods: Forty older adults were randomly assigned to a morning or an evening group.\n\n"
    "Results: The groups did not differ in age, sex or body weight at baseline. Blood sugar "
    "after breakfast fell more in the morning group than in the evening group.\n\n"
    "Conclusions: Fibre taken in the morning may lower blood sugar after meals more than "
    "fibre taken in the evening."
)


@pytest.mark.parametrize(
    "headline",
    [
        "There were no clear differences in the physical features or energy intake between groups",
        "The two groups were similar at the start of the trial",
        "Groups were well matched for age, sex and disease duration",
        "People in both arms had similar characteristics at baseline",
        "There was no difference in age or sex between the groups",
        "The groups did not differ in their baseline features",
        "Both groups were comparable at entry",
        "The demographics of the two groups were alike",
    ],
)
def test_groups_alike_at_the_start_is_said(headline):
    assert GROUPS_ALIKE.search(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "The groups did not differ in relapse rates after two years",
        "Walking speed was similar in both groups at the end of the trial",
        "There were no differences in pain between groups",
        "People with more features of depression slept worse",
        "The drug worked equally well in men and women",
        "There were no differences between the groups in how many people relapsed",
        "Blood sugar fell more in the morning group",
        "Fatigue scores were similar in both groups after 12 weeks",
    ],
)
def test_a_finding_about_the_groups_is_not_read_as_alike_at_the_start(headline):
    assert not GROUPS_ALIKE.search(headline)


def _findings(headline: str):
    summary = PlainSummary(
        headline=headline,
        what_the_study_did="Forty older adults took fibre in the morning or the evening. "
        "Blood sugar after breakfast fell more in the morning group.",
        why_it_matters="This study did not look at MS. Talk with your doctor or care team.",
        limitations="This was one small trial.",
    )
    return [
        f
        for f in check_headline(PAPER, summary, link_summary(PAPER, summary))
        if "alike when the study began" in f.message
    ]


def test_the_headline_check_reports_it():
    assert _findings("The groups did not differ in age or sex at the start")


def test_a_headline_that_also_states_a_finding_passes():
    assert not _findings(
        "The groups were alike at the start, but blood sugar fell more with morning fibre"
    )
    assert not _findings("Morning fibre may lower blood sugar after meals more")
