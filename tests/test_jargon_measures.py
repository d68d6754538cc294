"""Measures named in everyday words that a lay reader cannot read a result off (issue 8): a
test's accuracy ("a specificity of 86%"), MRI lesions ("new or enlarging T2 lesions"), MS trial
outcomes ("the annualised relapse rate", "confirmed disability worsening"), named MS scales and
terms of design ("the reference standard", "lost to follow-up"). Each word is common; the phrase
is a term of art, flagged unless explained where first used. Sentences written for these tests.
"""

import pytest

from plainsum.checks.jargon import check_jargon, unexplained_terms
from plainsum.schemas import PlainSummary, Severity


@pytest.mark.parametrize(
    "text, term, error",
    [
        ("The scan had a sensitivity of 91% for spinal cord lesions.", "sensitivity", False),
        ("Its specificity was lower, at 74%.", "specificity", False),
        ("Sensitivity and specificity were both high.", "Sensitivity", False),
        (
            "The positive predictive value of the blood test was 65%.",
            "positive predictive value",
            False,
        ),
        ("The risk difference between the groups was 4%.", "risk difference", True),
        (
            "Fewer people on the drug had new or enlarging T2 lesions.",
            "new or enlarging T2 lesions",
            False,
        ),
        ("The annualized relapse rate was 0.21 with the drug.", "annualized relapse rate", False),
        (
            "Confirmed disability worsening was rarer in the treated group.",
            "Confirmed disability worsening",
            False,
        ),
        (
            "Scores on the Expanded Disability Status Scale did not change.",
            "Expanded Disability Status Scale",
            False,
        ),
        ("The new scan was checked against the reference standard.", "reference standard", False),
        ("All-cause mortality did not differ between the groups.", "All-cause mortality", False),
        ("A third of the people were lost to follow-up.", "lost to follow-up", False),
        ("This was a cross-sectional study of 300 nurses.", "cross-sectional", False),
        ("The fatigue scale had good test-retest reliability.", "test-retest reliability", False),
        ("The trial was underpowered for this outcome.", "underpowered", False),
        ("Fewer births needed an instrumental delivery.", "instrumental delivery", False),
        ("Apgar scores of the babies did not differ.", "Apgar scores", False),
    ],
)
def test_a_measure_in_everyday_words_is_jargon(text, term, error):
    (found,) = [t for t in unexplained_terms(text) if t.text == term]
    assert found.very_rare is error


@pytest.mark.parametrize(
    "text",
    [
        # the everyday senses of the same words
        "People with a sensitivity to heat were asked to stay out of the sun.",
        "Some people lost weight during the follow-up.",
        "A CT scan gives cross-sectional pictures of the body.",
        "The drug lowered the relapse rate.",
        "More people had no disability at the end.",
        # a score named after a person whose name is an everyday word, or rated as it is named
        "The Glasgow score was used in the emergency room.",
        "Daily living was rated on the Barthel index.",
        # explained where first used
        "Fewer people had new T2 lesions (areas of damage seen on MRI scans).",
        "The scale was the Expanded Disability Status Scale (EDSS), a 0 to 10 scale of how much "
        "MS affects walking and daily life.",
        "The study measured sensitivity (how well the test found people with MS) and specificity "
        "(how well it ruled out people without MS). The sensitivity was 82%.",
    ],
)
def test_everyday_sense_or_explained_is_no_term(text):
    assert unexplained_terms(text) == []


def test_an_explained_sensitivity_explains_its_later_figures():
    text = (
        "The team looked at sensitivity, which is how well a test finds people who have the "
        "illness. The sensitivity of the new test was 88%."
    )
    assert [t.text for t in unexplained_terms(text)] == []


def test_two_measures_in_one_sentence_stay_warnings():
    """A result stated on two measures is one an editor explains: it stays whole (as errors
    the offline repair dropped such results), while two terms of art still lose a reader."""
    summary = PlainSummary(
        headline="A new drug reduced relapses in people with MS",
        what_the_study_did=(
            "This was a trial in 600 people with relapsing MS. The annualised relapse rate and "
            "new or enlarging T2 lesions were lower with the drug than with the older one. In "
            "the per-protocol analysis the effect size was larger."
        ),
        why_it_matters="The drug may help people with relapsing MS have fewer relapses.",
        limitations="The trial lasted two years, so longer effects are not known.",
    )
    found = {f.span: f.severity for f in check_jargon(summary)}
    assert found["annualised relapse rate"] is Severity.WARNING
    assert found["new or enlarging T2 lesions"] is Severity.WARNING
    assert found["per-protocol"] is Severity.ERROR
    assert found["effect size"] is Severity.ERROR


@pytest.mark.parametrize(
    "text",
    [
        # explained after its figure, or set off by what it measures
        "The test had a sensitivity of 89%, which means it found 89 in every 100 people who had "
        "MS.",
        "Its specificity, how well it ruled out people without MS, was 86%.",
    ],
)
def test_a_measure_explained_after_its_figure_or_by_how_is_no_term(text):
    assert unexplained_terms(text) == []


def test_a_figure_with_no_explanation_after_it_is_still_a_term():
    text = "The test had a specificity of 86%, but it missed many cases."
    assert [t.text for t in unexplained_terms(text)] == ["specificity"]
