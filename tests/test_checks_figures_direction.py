"""Figures against a comparison (plainsum.checks.figures_direction): a summary's "fewer with A
than with B" read against the paper's own pair of figures for A and B."""

from __future__ import annotations

import pytest
from summary_with import support_messages

from plainsum.checks.figures_direction import figures_against
from plainsum.ingest import parse

# The paper's sentences: a pair of figures with its two arms named in order.
VERSUS = (
    "At six weeks the rash had cleared (42% vs 18%) in adults treated with zinc cream "
    "versus placebo cream."
)
RESPECTIVELY = (
    "Falls were recorded in the exercise and education groups at 12 and 27 per 100 "
    "people, respectively."
)
ATTACHED = (
    "The wound had closed by 12 weeks in 63% in the dressing arm versus 41% in the usual care arm."
)
IN_GROUP = (
    "Night-time sugar was higher (6.1 vs 5.2 mmol/l) in the walking group compared with the "
    "resting group."
)
RESPECTIVELY_PLAIN = (
    "Relapse rates in the fasting and usual-diet groups were 31% and 19%, respectively."
)


@pytest.mark.parametrize(
    "sentence, paper",
    [
        # the comparison turned round, in several wordings
        ("Fewer adults using zinc cream than placebo cream saw their rash clear.", VERSUS),
        ("The rash cleared in more people on the placebo cream than on the zinc cream.", VERSUS),
        ("A cleared rash was less common with zinc cream than with the dummy cream.", VERSUS),
        (
            "Relapses were more common in the usual-diet group than in the fasting group.",
            RESPECTIVELY_PLAIN,
        ),
        ("Wounds closed less often in the dressing arm than with usual care.", ATTACHED),
        ("More wounds closed with usual care than with the dressing.", ATTACHED),
        ("Night-time sugar was lower after walking than after resting.", IN_GROUP),
        (
            "People who fasted had fewer relapses than those on their usual diet.",
            RESPECTIVELY_PLAIN,
        ),
    ],
)
def test_a_comparison_the_figures_turn_round_is_found(sentence, paper):
    assert figures_against(sentence, [paper]) == paper


@pytest.mark.parametrize(
    "sentence, paper",
    [
        # the comparison the figures show
        ("More adults using zinc cream than placebo cream saw their rash clear.", VERSUS),
        ("Fewer people on the placebo cream than on zinc cream saw the rash clear.", VERSUS),
        (
            "Relapses were more common in the fasting group than in the usual-diet group.",
            RESPECTIVELY_PLAIN,
        ),
        ("Wounds closed more often in the dressing arm than with usual care.", ATTACHED),
        # worth, not amount: the figures count rashes cleared, not how good each cream is
        ("Zinc cream was less helpful than placebo cream for clearing the rash.", VERSUS),
        ("The placebo cream gave a greater benefit than zinc cream for the rash.", VERSUS),
        ("Night-time sugar was higher in the walking group than in the resting group.", IN_GROUP),
        # hedged, denied or asked: no comparison stated as found
        ("Fewer adults using zinc cream than placebo cream may see their rash clear.", VERSUS),
        (
            "It is unclear whether fewer people on zinc cream than placebo cream had a clear rash.",
            VERSUS,
        ),
        ("The rash did not clear in fewer people on zinc cream than on placebo cream.", VERSUS),
        # another measure than the figures' ("itching", not the rash clearing)
        ("Itching was less common with zinc cream than with placebo cream.", VERSUS),
        # no comparison of the two arms
        ("The rash cleared in 42% of adults using zinc cream.", VERSUS),
        # arms the paper's sentence does not name
        ("Fewer people on steroid cream than on zinc cream had a clear rash.", VERSUS),
    ],
)
def test_a_comparison_the_figures_back_or_cannot_judge_is_not_found(sentence, paper):
    assert figures_against(sentence, [paper]) is None


@pytest.mark.parametrize(
    "paper",
    [
        # a change or a gap as figures: how far something moved, not how much there was
        "Scores fell by 6.0 vs 3.3 points in adults treated with zinc cream versus placebo cream.",
        # two pairs: which one the comparison is about is not known
        "The rash cleared (42% vs 18%) and itching eased (30% vs 35%) with zinc cream versus "
        "placebo cream.",
        # no arms named in order
        "The rash cleared in 42% vs 18% of the adults.",
    ],
)
def test_a_paper_sentence_without_one_pair_of_amounts_for_named_arms_is_not_read(paper):
    sentence = "Fewer adults using zinc cream than placebo cream saw their rash clear."
    assert figures_against(sentence, [paper]) is None


def test_the_falls_pair_is_read_in_the_order_the_arms_are_named():
    assert (
        figures_against(
            "People in the education group had fewer falls than those in the exercise group.",
            [RESPECTIVELY],
        )
        == RESPECTIVELY
    )
    assert (
        figures_against(
            "People in the exercise group had fewer falls than those in the education group.",
            [RESPECTIVELY],
        )
        is None
    )


PAPER = (
    "Objective: To test whether a zinc cream clears hand rash in adults. "
    "Methods: We randomised 120 adults with hand rash to zinc cream or placebo cream, used "
    "twice a day for six weeks. "
    "Results: At six weeks the rash had cleared (42% vs 18%) in adults treated with zinc cream "
    "versus placebo cream. No serious side effects were reported. "
    "Conclusions: Zinc cream cleared hand rash more often than placebo cream."
)


SECTIONS = {
    "headline": "Zinc cream cleared hand rash more often than a placebo cream",
    "what_the_study_did": "The trial gave 120 adults with hand rash a zinc cream or a placebo "
    "cream for six weeks.",
    "why_it_matters": "This study was not about MS. Ask your doctor about a rash that lasts.",
    "limitations": "This was one trial, so the result needs to be checked in others.",
}


def test_the_gate_reports_the_turned_comparison_as_a_contradiction():
    source = parse(PAPER)
    wrong = "The rash cleared in fewer adults using zinc cream than placebo cream."
    right = "The rash cleared in more adults using zinc cream than placebo cream."
    assert support_messages(source, SECTIONS, wrong, "figures for the two arms")
    assert not support_messages(source, SECTIONS, right, "figures for the two arms")
