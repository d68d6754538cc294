"""A claim surer than its paper (texts written for these tests): an effect said as a plain fact
where the paper hedges it, calls its evidence weak, or cannot show it by its design; and an
effect said to last beyond a short study."""

import pytest

from plainsum.checks.claims_evidence import LASTING, UNSURE, WIDER, find_surer
from plainsum.design import DesignInfo
from plainsum.ingest import parse
from plainsum.schemas import StudyDesign

WEAK_REVIEW = parse(
    "Background: Fatigue is common in multiple sclerosis. Objectives: To assess cooling vests "
    "for fatigue in MS. Main results: We included two trials with 88 participants. Fatigue "
    "scores fell by 4 points more with the vest than without it. Authors' conclusions: Cooling "
    "vests may reduce fatigue in people with MS, but the evidence is of low certainty and "
    "larger trials are needed."
)
STRONG_REVIEW = parse(
    "Background: Relapses are common in relapsing MS. Main results: Across seven trials with "
    "4200 people, the drug reduced the relapse rate by 30%. Authors' conclusions: There is "
    "high-certainty evidence that the drug reduces relapses in relapsing MS."
)
SHORT_TRIAL = parse(
    "Methods: In this randomised trial, 40 adults with MS used a balance board or did usual "
    "exercise for 6 weeks. Results: Falls were fewer with the board over the 6 weeks. "
    "Conclusions: The balance board reduced falls in adults with MS over 6 weeks."
)
PLAIN_CLAIMS = [
    "Cooling vests reduce fatigue in people with MS.",
    "This review shows that a cooling vest eases fatigue in MS.",
    "Cooling vests and fans ease fatigue in people with MS.",
    "A cooling vest keeps fatigue at bay for people with MS.",
    "Cooling vests are good ways to ease fatigue in MS.",
]


@pytest.mark.parametrize("text", PLAIN_CLAIMS)
def test_a_plain_effect_from_a_paper_with_weak_evidence_is_surer_than_it(text):
    (found,) = find_surer(text, WEAK_REVIEW)
    assert found.kind == UNSURE
    assert "low certainty" in found.paper  # the hint quotes what the paper says


@pytest.mark.parametrize(
    "text",
    [
        # the paper's doubt kept, or the effect placed in the study
        "Cooling vests may reduce fatigue in people with MS.",
        "The review suggests a cooling vest can ease fatigue a little.",
        "In the two trials, fatigue scores fell more with the vest.",
        "There is low-certainty evidence that cooling vests reduce fatigue.",
        # what was done or found, in the past tense
        "Fatigue fell by 4 points more with the vest.",
        # not a claim: a question, an aim, what a thing is, a negation
        "Do cooling vests reduce fatigue in MS?",
        "The reviewers wanted to know whether cooling vests reduce fatigue.",
        "A cooling vest is a garment that lowers body heat.",
        "There is no good evidence that cooling vests reduce fatigue.",
        # words that only look like verbs
        "People with lower fatigue scores did better.",
        "The vest has small cuts for the cooling packs.",
    ],
)
def test_hedged_reported_or_no_claim_passes(text):
    assert find_surer(text, WEAK_REVIEW) == []


def test_a_paper_with_strong_evidence_carries_the_plain_claim():
    assert find_surer("The drug reduces relapses in relapsing MS.", STRONG_REVIEW) == []


DESIGNS_PAPER = parse(
    "Methods: We followed 900 older adults for five years and recorded how long they napped. "
    "In a second part, we put a new gel on pressure sores in rats. Results: Short naps went "
    "with less diabetes, and sores healed faster with the gel. Conclusions: These findings "
    "describe naps and healing."
)


@pytest.mark.parametrize(
    "design,text,flagged",
    [
        (StudyDesign.OBSERVATIONAL, "Short naps lower the risk of diabetes in older adults.", True),
        (StudyDesign.OBSERVATIONAL, "Short naps may lower the risk of diabetes.", False),
        (StudyDesign.ANIMAL, "The gel heals pressure sores.", True),
        (StudyDesign.ANIMAL, "The gel heals pressure sores in rats.", False),
    ],
)
def test_a_design_that_cannot_show_an_effect_in_general_leaves_it_unsure(design, text, flagged):
    info = DesignInfo(design=design, about_ms=False, mentions_ms=False, in_people=False)
    found = find_surer(text, DESIGNS_PAPER, info)
    assert [f.kind for f in found] == ([UNSURE] if flagged else [])


@pytest.mark.parametrize(
    "text,lasting",
    [
        ("The balance board keeps falls down for years.", True),
        ("The balance board reduces falls in the long run.", True),
        ("The balance board reduced falls over 6 weeks.", False),  # reported, in the past tense
    ],
)
def test_an_effect_said_to_last_beyond_a_short_study(text, lasting):
    found = find_surer(text, SHORT_TRIAL)
    assert [f.kind for f in found] == ([LASTING] if lasting else [])


def test_in_what_the_study_did_only_a_claim_told_as_a_finding_counts():
    definition = "A cooling vest helps people keep their body cool in hot weather."
    told = "The trials found that cooling vests clearly reduce fatigue."
    assert find_surer(definition, WEAK_REVIEW, report=True) == []
    assert len(find_surer(told, WEAK_REVIEW, report=True)) == 1


@pytest.mark.parametrize(
    "text,wider",
    [
        ("The balance board reduces falls in people with MS.", True),
        ("The balance board reduces falls in older adults.", False),
        ("This study was not about MS.", False),
    ],
)
def test_an_effect_said_of_people_with_ms_from_a_paper_not_about_ms(text, wider):
    trial = parse(
        "Methods: In this randomised trial, 60 older adults who had fallen used a balance board "
        "or did usual exercise for one year. Results: Falls were fewer with the board. "
        "Conclusions: The balance board reduces falls in older adults."
    )
    info = DesignInfo(design=StudyDesign.TRIAL, about_ms=False, mentions_ms=False, in_people=True)
    assert [f.kind for f in find_surer(text, trial, info)] == ([WIDER] if wider else [])
