"""The headline keeps the paper's grade of its evidence (texts written for these tests)."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_grade import check_headline_grade, is_low, states_as_fact
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

GRADED = parse(
    """Exercise for fatigue in multiple sclerosis: a systematic review

Objectives: To assess the effects of exercise on fatigue in people with multiple sclerosis.

Main results: We included 12 trials with 640 participants. Compared with usual care, exercise
reduced fatigue at the end of treatment (SMD -0.45, 95% CI -0.70 to -0.20; 7 trials, 380
participants; low-certainty evidence). Exercise probably improves walking speed (MD 0.12 m/s,
95% CI 0.05 to 0.19; 5 trials, 260 participants; moderate-certainty evidence). Adverse events
were rare and mild.

Authors' conclusions: Exercise may reduce fatigue in people with MS, but we are uncertain
because the trials were small."""
)

# The grade given once for all the evidence, in a sentence of its own.
OVERALL = parse(
    """Cooling garments for heat sensitivity in multiple sclerosis

Objectives: To assess cooling garments for people with MS who are sensitive to heat.

Main results: Four trials with 120 participants were included. Cooling vests lowered fatigue
scores compared with sham vests during a hot afternoon. The certainty of the evidence was very
low for all outcomes because of small samples and unclear blinding.

Authors' conclusions: Cooling vests lowered fatigue in heat-sensitive people with MS."""
)

# Graded higher: "moderate-certainty" needs "probably", not an error here.
MODERATE = parse(
    """Vitamin D and relapses in multiple sclerosis

Main results: Six trials with 900 participants were included. Vitamin D did not reduce the
relapse rate compared with placebo (RR 0.98, 95% CI 0.80 to 1.20; moderate-certainty
evidence).

Authors' conclusions: Vitamin D does not reduce relapses in people with MS."""
)

BODY = {
    "what_the_study_did": "Reviewers pooled 12 trials of exercise in people with MS.",
    "why_it_matters": "Fatigue is common in MS. Talk with your doctor or care team.",
    "limitations": "The trials were small, so the results are not certain.",
}


def _check(source, headline):
    return check_headline_grade(source, PlainSummary(headline=headline, **BODY))


@pytest.mark.parametrize(
    "source,headline",
    [
        (GRADED, "Exercise reduces fatigue in people with MS"),
        (GRADED, "Exercise eased tiredness in people with MS compared with usual care"),
        (OVERALL, "Cooling vests lower fatigue in people with MS who are sensitive to heat"),
    ],
)
def test_a_low_graded_claim_stated_as_fact_is_an_overclaim(source, headline):
    found = _check(source, headline)
    assert [f.severity.value for f in found] == ["error"]
    assert found[0].section == "headline" and "overclaim" in found[0].message
    assert "low" in found[0].message


@pytest.mark.parametrize(
    "source,headline",
    [
        (GRADED, "Exercise may reduce fatigue in people with MS"),
        (GRADED, "Exercise might ease tiredness in people with MS, but the trials were small"),
        (GRADED, "Low-certainty evidence suggests exercise reduces fatigue in people with MS"),
        (GRADED, "It is unclear whether exercise reduces fatigue in people with MS"),
        # graded moderate in the paper: its own claim, not the low-graded one
        (GRADED, "Exercise probably improves walking speed in people with MS"),
        (MODERATE, "Vitamin D does not reduce relapses in people with MS"),
        (OVERALL, "Cooling vests did not lower fatigue in people with MS"),
        (OVERALL, "Cooling vests may lower fatigue in people with MS who feel the heat"),
        # claims nothing: what was done, a question, what the studies reported
        (GRADED, "Reviewers looked at 12 trials of exercise for fatigue in MS"),
        (GRADED, "Does exercise reduce fatigue in people with MS?"),
        (GRADED, "No serious side effects of exercise were reported in the trials"),
    ],
)
def test_a_hedged_claim_or_a_higher_grade_passes(source, headline):
    assert _check(source, headline) == []


def test_the_grade_of_the_clause_the_headline_states_decides():
    mixed = parse(
        """Fingolimod for relapsing multiple sclerosis

Main results: Fingolimod reduced relapses compared with placebo (high-certainty evidence) and
may slow disability worsening (low-certainty evidence).

Authors' conclusions: Fingolimod reduces relapses; its effect on disability is uncertain."""
    )
    assert _check(mixed, "Fingolimod reduces relapses in people with MS") == []
    found = _check(mixed, "Fingolimod slows disability worsening in people with MS")
    assert len(found) == 1 and "low-certainty" in found[0].message


@pytest.mark.parametrize(
    "grade,low",
    [
        ("low-certainty", True),
        ("very low quality", True),
        ("low to moderate certainty", True),
        ("moderate to low quality", True),
        ("certainty of the evidence was very low", True),
        ("moderate-certainty", False),
        ("high quality", False),
    ],
)
def test_which_grades_are_low(grade, low):
    assert is_low(grade) is low


@pytest.mark.parametrize(
    "headline,fact",
    [
        ("Exercise reduces fatigue in people with MS", True),
        ("Vitamin D lowered relapses", True),
        ("Vitamin D did not lower relapses", False),
        ("Exercise may reduce fatigue in people with MS", False),
        ("More research is needed on exercise in MS", False),
        ("There was no clear difference between the groups", False),
    ],
)
def test_what_states_a_claim_as_fact(headline, fact):
    assert states_as_fact(headline) is fact


def test_the_headline_check_reports_the_overclaim():
    summary = PlainSummary(headline="Exercise reduces fatigue in people with MS", **BODY)
    assert any("overclaim" in f.message for f in check_headline(GRADED, summary))
