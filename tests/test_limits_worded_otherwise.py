"""Limits a paper states in words the limit rules used to miss: "the small size of the trial",
"a high risk for attrition bias" ("for", not "of"). Sentences written for these tests."""

from __future__ import annotations

from plainsum.ingest import parse
from plainsum.plain.limits import stated_limits
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _names(conclusions: str, design: StudyDesign = StudyDesign.TRIAL) -> set[str]:
    text = (
        "Objective: To test a herbal tea for tiredness in adults with MS.\n"
        "Methods: Sixty adults drank the tea or a dummy tea daily for eight weeks.\n"
        "Results: Tiredness scores did not differ between the groups.\n"
        f"Conclusions: The tea did not ease tiredness. {conclusions}"
    )
    return {lim.name for lim in stated_limits(source_sentences(parse(text)), design)}


def test_the_small_size_of_the_trial_is_a_small_study():
    assert "small" in _names(
        "The small size of the trial means a modest benefit cannot be ruled out."
    )


def test_a_trial_of_a_small_size_said_of_something_else_is_not_a_small_study():
    assert "small" not in _names("The small size of the tea bags made dosing easy.")


def test_a_high_risk_for_attrition_bias_is_dropouts_and_bias():
    names = _names("The study had a high risk for attrition bias (22%).")
    assert {"dropouts", "bias"} <= names
