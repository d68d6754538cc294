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


def test_a_sentence_on_the_study_s_own_small_size_states_a_limit():
    from plainsum.plain.limits import states_a_limit

    assert states_a_limit("The small size of the trial means a modest benefit cannot be ruled out.")
    assert states_a_limit("Our study was small, so the results need confirming.")
    assert not states_a_limit("The tea had a small effect on tiredness in this study.")


def test_a_small_trial_s_headline_is_its_finding_not_its_size():
    from plainsum.api import draft
    from plainsum.settings import Settings

    text = (
        "Objective: To test whether a herbal tea eases tiredness in adults with MS.\n"
        "Methods: Sixty adults with MS drank the tea or a dummy tea daily for eight weeks.\n"
        "Results: Tiredness scores fell by 3 points with the tea and by 2.5 points with the "
        "dummy tea. Sleep did not differ between the groups.\n"
        "Conclusions: In adults with MS, the herbal tea did not ease tiredness more than a "
        "dummy tea over eight weeks. The small size of the trial means a modest benefit "
        "cannot be ruled out."
    )
    headline = draft(text, Settings(backend="offline")).summary.headline
    assert "small size" not in headline
    assert "did not ease tiredness" in headline


def test_assessors_who_knew_are_not_people_in_the_study_who_knew():
    names = _names("Our main limitation was the lack of blinding of outcome assessors.")
    assert "open_assessors" in names and "open" not in names
    names = _names("The outcome assessors were not blinded to the group.")
    assert "open_assessors" in names and "open" not in names


def test_people_in_the_study_who_knew_are_still_said():
    names = _names("This was an open-label trial without blinding.")
    assert "open" in names and "open_assessors" not in names


def test_a_result_said_of_this_small_trial_is_a_small_study():
    # (the authors call their own trial small, in the sentence of its result)
    assert "small" in _names("The tea eased thirst more than the dummy tea in this small trial.")
    assert "small" in _names("Our small, single-centre study cannot settle the question.")


def test_a_small_dose_in_this_trial_is_not_a_small_study():
    assert "small" not in _names("This trial used a small dose of the tea.")


def test_this_small_trial_in_a_review_is_one_comparison_s_trial():
    # (the review's own size is said by what it found, not by one trial it names)
    assert "small" not in _names(
        "In this small trial there were no deaths.", design=StudyDesign.REVIEW
    )


def test_heterogeneity_looked_for_is_no_limit():
    # (how the review worked: it says nothing of whether the studies differed)
    assert "differed" not in _names(
        "We assessed the heterogeneity of the trials with the I2 statistic.",
        design=StudyDesign.REVIEW,
    )


def test_heterogeneity_found_is_still_a_limit():
    assert "differed" in _names(
        "There was substantial heterogeneity between the trials.", design=StudyDesign.REVIEW
    )


def test_heterogeneity_found_beside_one_looked_for_is_still_a_limit():
    assert "differed" in _names(
        "We explored heterogeneity in subgroups because of the clinical heterogeneity of trials.",
        design=StudyDesign.REVIEW,
    )
