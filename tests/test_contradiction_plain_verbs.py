"""Reversals said with plain verbs of change that the direction words did not know: "kept X
from getting worse" (prevented it), "held back", "slipped", "made little difference to",
"brought no gains in", "stayed much the same" and "impairs" (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in

NO_PREVENTION = ["Monthly infusions of the drug did not prevent disability progression."]
FEWER_ATTACKS = ["Patients given the antibody had a significant reduction in attacks at 24 weeks."]
GAINS = ["The outpatient programme produced short-term gains in mobility and self-care."]
NO_CHANGE_GRIP = ["There was no significant change in grip strength over the year."]
IMPAIRS = ["Poor sleep impairs the growth of new nerve cells in young flies."]
SLIPPED_NOT = ["Quality of life improved in the group that trained at home."]


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        ("Monthly infusions kept disability from getting worse.", NO_PREVENTION),
        ("The drug held back the progression of disability.", NO_PREVENTION),
        ("At 24 weeks, the antibody made little difference to attacks.", FEWER_ATTACKS),
        ("The outpatient programme brought no gains in mobility or self-care.", GAINS),
        ("Grip strength rose over the year.", NO_CHANGE_GRIP),
        ("Quality of life slipped in the group that trained at home.", SLIPPED_NOT),
    ],
)
def test_a_reversal_in_plain_verbs_is_caught(sentence: str, paper: list[str]) -> None:
    assert contradiction(sentence, paper)


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        ("Monthly infusions did not keep disability from getting worse.", NO_PREVENTION),
        ("At 24 weeks, the antibody cut the number of attacks.", FEWER_ATTACKS),
        ("The outpatient programme brought short-term gains in mobility.", GAINS),
        ("Grip strength stayed much the same over the year.", NO_CHANGE_GRIP),
        ("Quality of life got better in the group that trained at home.", SLIPPED_NOT),
    ],
)
def test_the_same_result_in_plain_verbs_agrees(sentence: str, paper: list[str]) -> None:
    assert contradiction(sentence, paper) is None


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("The drug kept disability from getting worse.", "effect"),
        ("Rituximab made little difference to relapses.", "null"),
        ("The course brought no gains in walking.", "null"),
        ("Walking speed stayed much the same.", "null"),
        ("Sleep loss impairs the division of stem cells.", "worse"),
        ("Exercise held back the loss of strength.", "down"),
    ],
)
def test_the_plain_verb_states_its_direction(sentence: str, polarity: str) -> None:
    assert polarity in {c.polarity for c in claims_in(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Weight gains in the first month were recorded by the nurses.",
        "The nurses kept records from the start of the study.",
        "Her bones healed, but impaired mobility persisted.",
        "The same dose was given to every child.",
    ],
)
def test_words_that_state_no_result_stay_silent(sentence: str) -> None:
    assert not claims_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("They failed to improve on measures of attentional flexibility.", "flexibl"),
        ("Patients did not improve on tests of memory.", "memori"),
        ("The children did better in two tests of reading.", "read"),
    ],
)
def test_a_change_on_tests_of_a_skill_is_said_of_the_skill(sentence: str, about: str) -> None:
    assert any(about in c.about for c in claims_in(sentence))


def test_a_reversal_on_tests_of_a_skill_is_caught() -> None:
    paper = ["Patients failed to improve on tests of verbal memory after stopping the drug."]
    assert contradiction("Patients did better on tests of verbal memory.", paper)
