"""What a treatment was compared with is named (plainsum.checks.comparator_named, the
substance check's unnamed_comparator warning). Texts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks import run_gate
from plainsum.checks.comparator_named import unnamed_comparator
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PLACEBO_TRIAL = parse(
    """Background: Fatigue is common in multiple sclerosis, and placebo responses in fatigue
trials are large.

Objective: To test whether an oral stimulant reduces fatigue in multiple sclerosis.

Methods: We randomly assigned 120 adults with MS to the stimulant or placebo for 12 weeks.

Results: Fatigue scores fell by 8 points with the stimulant and by 3 points with placebo.

Conclusions: The stimulant reduced fatigue more than placebo over 12 weeks."""
)
USUAL_CARE_REVIEW = parse(
    """Objectives: To assess home exercise programmes for balance in people with MS.

Selection criteria: Randomised trials comparing home exercise with usual care or a waiting list.

Main results: We included six trials with 310 participants. Home exercise may improve balance
scores slightly (low-certainty evidence).

Authors' conclusions: Home exercise may improve balance a little in people with MS."""
)
NONE_GIVEN = parse(
    """Methods: We followed 210 adults with MS for two years. No treatment was given as part of
the study.

Results: People who slept poorly had more fatigue at two years.

Conclusions: Poor sleep was linked to more fatigue in people with MS."""
)
ACTIVE_ONLY = parse(
    """Objective: To compare two doses of vitamin D in people with MS.

Methods: 80 adults took 1000 units or 4000 units a day for a year.

Results: Relapse rates did not differ between the doses.

Conclusions: The higher dose gave no added benefit."""
)
EMPTY_REVIEW = parse(
    """Objectives: To assess cooling garments against no treatment for heat-related fatigue in MS.

Main results: We found no randomised trials that met our inclusion criteria.

Authors' conclusions: There is no evidence from trials on cooling garments for fatigue in MS."""
)
CRITERIA_ONLY = parse(
    """Objectives: To assess cooling garments for heat-related fatigue in MS.

Selection criteria: We included randomised trials that compared cooling with no cooling or a
sham garment.

Main results: Five trials with 150 participants were found. Cooling may reduce fatigue a little.

Authors' conclusions: Cooling garments may reduce heat-related fatigue slightly."""
)
BACKGROUND_ONLY = parse(
    """Background: Most trials of MS drugs compare them with placebo.

Objective: To describe how often people with MS report side effects online.

Results: Of 900 posts, 210 named a side effect, most often tiredness.

Conclusions: Online posts may help to find side effects early."""
)


@pytest.mark.parametrize(
    "paper,summary",
    [
        (PLACEBO_TRIAL, "The stimulant reduced fatigue in people with MS over 12 weeks."),
        (PLACEBO_TRIAL, "An oral stimulant lowered fatigue scores by 8 points in 120 adults."),
        (USUAL_CARE_REVIEW, "Home exercise may improve balance a little in people with MS."),
    ],
)
def test_a_summary_that_never_says_what_it_was_compared_with_is_flagged(paper, summary):
    assert unnamed_comparator(paper, summary)


@pytest.mark.parametrize(
    "paper,summary",
    [
        # the control in the paper's words, in plain ones, or a comparison of the summary's own
        (PLACEBO_TRIAL, "The stimulant reduced fatigue more than a dummy pill did."),
        (PLACEBO_TRIAL, "Fatigue fell by 8 points with the stimulant and by 3 with placebo."),
        (PLACEBO_TRIAL, "People who did not get the stimulant felt less change in fatigue."),
        (PLACEBO_TRIAL, "Adults took either the stimulant or a pill that had no drug in it."),
        (PLACEBO_TRIAL, "Fatigue fell by 8 points with the stimulant and 3 with the other pill."),
        (USUAL_CARE_REVIEW, "Home exercise may improve balance a little compared with usual care."),
        (USUAL_CARE_REVIEW, "Balance improved a little more with home exercise than without it."),
        # no control in the paper (outside its background), or a review that found nothing
        (ACTIVE_ONLY, "A higher dose of vitamin D gave no added benefit for relapses."),
        (EMPTY_REVIEW, "There is no evidence from trials on cooling garments for MS fatigue."),
        (BACKGROUND_ONLY, "Online posts by people with MS may help to find side effects early."),
        # a review's selection criteria name the comparisons it would admit, not those it found
        (CRITERIA_ONLY, "Cooling garments may reduce heat-related fatigue in MS slightly."),
        # a cohort study that gave no treatment compared nothing with "no treatment"
        (NONE_GIVEN, "People with MS who slept poorly felt more tired over time."),
    ],
)
def test_a_named_comparator_or_no_control_is_not_flagged(paper, summary):
    assert unnamed_comparator(paper, summary) is None


def test_the_message_names_the_paper_s_control():
    assert unnamed_comparator(USUAL_CARE_REVIEW, "Home exercise may help balance.") == [
        "usual care",
        "waiting list",
    ]


def test_the_gate_warns_and_does_not_fail_for_it():
    summary = PlainSummary(
        headline="An oral stimulant reduced fatigue in adults with MS",
        what_the_study_did="The trial gave 120 adults with MS an oral stimulant for 12 weeks. "
        "Their fatigue scores fell by 8 points.",
        why_it_matters="Tiredness is common in MS. Talk with your doctor or care team.",
        limitations="This was one trial, and its results need to be repeated.",
    )
    found = [
        f
        for f in run_gate(PLACEBO_TRIAL, summary, detect_design(PLACEBO_TRIAL)).findings
        if "(unnamed_comparator)" in f.message
    ]
    assert [f.severity.value for f in found] == ["warning"]
    assert "placebo" in found[0].message
