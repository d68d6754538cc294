"""Reversed findings against results the paper gives with doubt ("may reduce", "appeared to",
"may make little or no difference"), and against results said with words the contradiction
check read wrongly ("made pain worse", "made side effects more common", "no extra side
effects"). Sentences written for these tests, across reviews, trials, lab and observational
work."""

import pytest

from plainsum.checks import run_checks
from plainsum.checks.contradiction import contradiction
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

YOGA = "Yoga may reduce pain at three months compared with no exercise (low-certainty evidence)."
VITAMIN = "Vitamin D may make little or no difference to relapse rates (low-certainty evidence)."
NEURONS = "In cultured neurons, compound Z appeared to reduce cell death after oxygen loss."
COFFEE = "Higher coffee intake might be associated with a lower risk of relapse."
FLOUR = "Fortified flour may increase blood folate concentrations."
MIXED = [
    "Women eating fortified maize flour did not have higher blood folate.",
    "Adults eating fortified wheat bread had higher blood folate.",
]

FLAGGED = [
    ("Yoga made pain worse at three months.", [YOGA]),
    ("Pain at three months went up with yoga.", [YOGA]),
    ("Vitamin D clearly cut the number of relapses.", [VITAMIN]),
    ("Relapse rates fell with vitamin D.", [VITAMIN]),
    ("Compound Z increased cell death after oxygen loss.", [NEURONS]),
    ("People with higher coffee intake had a higher risk of relapse.", [COFFEE]),
    ("Fortified flour lowered folate in the blood.", [FLOUR]),
]
PASSED = [
    ("Yoga may ease pain a little at three months.", [YOGA]),
    ("Yoga seemed to lower pain at three months.", [YOGA]),
    ("Vitamin D made little or no difference to relapse rates.", [VITAMIN]),
    ("Vitamin D may not change relapse rates.", [VITAMIN]),
    ("In the lab, compound Z may have cut cell death after oxygen loss.", [NEURONS]),
    ("Drinking more coffee may go with a lower risk of relapse.", [COFFEE]),
    ("Blood folate may rise with fortified flour.", [FLOUR]),
    ("Fortified wheat bread raised blood folate.", MIXED),
    ("Fortified maize flour did not raise blood folate.", MIXED),
    # a question or an aim states no result
    ("The review asked whether yoga lowers pain at three months.", [YOGA]),
]


@pytest.mark.parametrize("summary,paper", FLAGGED)
def test_the_opposite_of_a_hedged_result_is_a_contradiction(summary, paper):
    assert contradiction(summary, paper) is not None


@pytest.mark.parametrize("summary,paper", PASSED)
def test_a_hedged_result_said_the_same_way_passes(summary, paper):
    assert contradiction(summary, paper) is None


@pytest.mark.parametrize(
    "summary,paper,flagged",
    [
        # what a causative verb acts on is what changed
        ("Training made fatigue worse.", ["Training reduced fatigue."], True),
        ("Training made fatigue less of a problem.", ["Training reduced fatigue."], False),
        # how often a thing happened, said of it
        (
            "The drug made side effects more common.",
            ["Side effects were less common with the drug."],
            True,
        ),
        (
            "Side effects were rarer with the drug.",
            ["The drug made side effects more common."],
            True,
        ),
        ("Side effects were rarer with the drug.", ["Side effects were less common."], False),
        # neither better
        (
            "The two inhalers were equally effective.",
            ["The new inhaler was more effective than the old one."],
            True,
        ),
        (
            "The two inhalers were equally effective.",
            ["There was no difference in effect between the inhalers."],
            False,
        ),
        # what a null is said in terms of is its outcome, not an improvement found
        (
            "The two doses were equally helpful for pain relief.",
            ["The two doses were equally effective in terms of pain relief."],
            False,
        ),
        (
            "The higher dose brought more pain relief than the lower dose.",
            ["The two doses were equally effective in terms of pain relief."],
            True,
        ),
        # the examples of a list are not what it is said of
        (
            "Side effects such as headache were less common with the drug.",
            ["Side effects were more common with the drug."],
            True,
        ),
    ],
)
def test_directions_said_through_a_verb_or_a_frequency(summary, paper, flagged):
    assert (contradiction(summary, paper) is not None) is flagged


PAPER = parse(
    "Background: Pain is common in multiple sclerosis. Objectives: To assess yoga for pain in "
    "adults with MS. Main results: We included seven trials with 640 adults with MS. " + YOGA + " "
    "Yoga may make little or no difference to fatigue (low-certainty evidence). Authors' "
    "conclusions: Yoga may help pain a little, but the evidence is of low certainty."
)


def _summary(sentence: str) -> PlainSummary:
    return PlainSummary(
        headline="Yoga may ease pain a little in people with MS",
        what_the_study_did=f"This review looked at seven trials of 640 adults with MS. {sentence}",
        why_it_matters="Pain is common in MS. Talk with your doctor or care team about your care.",
        limitations="A review is only as good as its trials, and the evidence here was weak.",
    )


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("Compared with no exercise, yoga made pain worse at three months.", True),
        ("Yoga lowered fatigue.", True),
        ("Compared with no exercise, yoga may lower pain a little at three months.", False),
        ("Yoga may make little or no difference to fatigue.", False),
    ],
)
def test_the_gate_reads_a_summary_against_the_papers_hedged_results(sentence, flagged):
    findings = run_checks(PAPER, _summary(sentence), detect_design(PAPER))
    spans = {f.span for f in findings if f.check == "contradiction"}
    assert (sentence in spans) is flagged
