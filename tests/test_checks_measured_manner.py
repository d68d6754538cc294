"""A result whose outcome is said by how a thing was done ("thought more clearly": thinking) or
by what was done sooner ("left hospital sooner": the hospital stay) is held to the paper like
"improved mood": unsupported when the paper never names that outcome. "Is thought to" is a
belief, not a result; "thought more clearly" is thinking. Paper and sentences written for these
tests."""

import pytest

from plainsum.checks.measured import unmeasured_outcome
from plainsum.checks.negation import conditional
from plainsum.ingest import parse

PAPER = parse(
    """Amantadine for fatigue in multiple sclerosis: a randomised crossover trial

Methods: Forty adults with multiple sclerosis and fatigue took amantadine 100 mg twice daily
or placebo for four weeks each, in random order. Fatigue was rated on the Fatigue Severity
Scale.

Results: Fatigue scores fell more with amantadine than with placebo. Insomnia and nausea were
the most common adverse events.

Conclusions: Amantadine reduced fatigue a little in adults with MS."""
)

THINKING = parse(
    """Aerobic training and cognition in multiple sclerosis

Methods: Sixty adults with MS trained for 12 weeks or stayed on a waiting list. Cognitive
processing speed and length of hospital stay after relapse were recorded.

Results: Processing speed improved more after training. Fewer trained participants were
admitted to hospital.

Conclusions: Training improved cognitive processing speed."""
)


@pytest.mark.parametrize(
    ("source", "sentence", "outcome"),
    [
        (PAPER, "People on amantadine also thought more clearly.", "thought"),
        (PAPER, "People on amantadine also left hospital sooner.", "hospital"),
        # the paper names the outcome: no finding
        (THINKING, "People who trained also thought more clearly.", None),
        (THINKING, "People who trained left hospital sooner.", None),
        (PAPER, "People on amantadine felt less tired.", None),
    ],
)
def test_an_outcome_said_by_how_or_when_is_held_to_the_paper(source, sentence, outcome):
    assert unmeasured_outcome(source, sentence) == outcome


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Fatigue is thought to come from inflammation.", True),
        ("The researchers thought that the drug might help.", True),
        ("It was once thought to be harmless.", True),
        ("People on the drug thought more clearly.", False),
        ("Those who trained thought faster on a timed test.", False),
    ],
)
def test_thought_is_a_belief_only_before_to_or_that_or_after_a_verb_to_be(sentence, hedged):
    assert conditional(sentence) is hedged
