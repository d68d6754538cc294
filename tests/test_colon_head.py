"""A result whose statistics follow a colon keeps the clause before the colon when that clause
is a whole sentence; a clause that waits for the colon's rest is never shown alone."""

from __future__ import annotations

import pytest

from plainsum.plain.colon_head import head_before_statistics
from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    ("piece", "head"),
    [
        (
            "The main outcome was not met: walking speed changed by -0.3 m/s with the drug and "
            "-0.2 m/s with placebo.",
            "The main outcome was not met.",
        ),
        (
            "Relapse rates did not differ between the groups: RR 0.91 in favour of the injections.",
            "Relapse rates did not differ between the groups.",
        ),
        (
            "Fatigue scores improved more with the training: mean difference -4.2 points.",
            "Fatigue scores improved more with the training.",
        ),
    ],
)
def test_the_whole_clause_before_statistics_is_kept(piece, head):
    assert head_before_statistics(piece) == head


@pytest.mark.parametrize(
    "piece",
    [
        # a copula or a verb waiting for its complement
        "The effect on systolic blood pressure in people under 35 years was: MD -3.1 mmHg.",
        "The results for the younger group showed: RR 0.71 for relapses.",
        "The two scales used to measure pain were as follows: OR 0.5 and OR 0.7.",
        # no verb of its own
        "Similarly for forced vital capacity: mean difference -0.12 litres.",
        "Pain relief at six weeks in the walking group: RR 1.41.",
        # a clause that opens on a preposition: its subject is after the colon
        "For those younger than 35 years the effect on blood pressure: MD -2.4 mmHg.",
        # a clause too short to say anything on its own
        "Results were mixed: RR 0.8.",
        # nothing after the colon a reader could not be shown: the sentence is judged whole
        "The main outcome was not met: walking speed did not change.",
        # a heading run into the clause
        "Sleep outcomes One trial found fewer awakenings with melatonin: OR 0.45.",
        "Cooling vests versus fans Walking may be faster with cooling vests: RR 1.31.",
    ],
)
def test_a_clause_that_is_not_whole_is_not_kept(piece):
    assert head_before_statistics(piece) is None


def test_a_colon_result_gives_its_clause_in_a_draft_sentence():
    text = "The primary endpoint was not met: mean difference -0.4 (95% CI -0.5 to 0.3)."
    assert [p.text for p in plain_sentences(text)] == ["The main outcome was not met."]


def test_outcome_values_after_a_colon_stay_with_their_clause():
    # signed values in a unit a reader knows are the outcome itself, not statistics (dec2bd5e):
    # the sentence is kept whole, only its bracketed interval removed
    text = (
        "The primary endpoint was not met: disability scores changed by -0.4 points with the "
        "tablets and -0.3 points with placebo (95% CI -0.5 to 0.3)."
    )
    assert [p.text for p in plain_sentences(text)] == [
        "The main outcome was not met: disability scores changed by -0.4 points with the "
        "tablets and -0.3 points with placebo."
    ]


def test_a_clause_before_statistics_is_marked_as_a_part_never_a_headline():
    whole = plain_sentences("Walking speed did not differ between the two groups.")
    part = plain_sentences("Walking speed did not differ between the groups: MD -0.02 m/s.")
    assert [p.part for p in whole] == [False]
    assert [(p.text, p.part) for p in part] == [
        ("Walking speed did not differ between the groups.", True)
    ]


def test_a_whole_result_ranks_before_a_clause_cut_from_its_statistics():
    from dataclasses import replace

    from plainsum.plain.results import main_result_rank
    from plainsum.plain.simplify import measured

    whole = measured("Relapses were fewer with the injections than with placebo.", (3,), 3)
    part = replace(measured("Falls did not differ between the two groups.", (1,), 1), part=True)
    ranked = sorted([part, whole], key=main_result_rank(frozenset()))
    assert [p.text for p in ranked] == [whole.text, part.text]
