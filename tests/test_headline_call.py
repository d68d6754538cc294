"""A headline that is not the finding (issue 8): a call for more research or a plan, a
template that only says a study looked at something, a robustness check, a few participants'
story. Each fails when the paper's conclusions state a result; a paper that concludes only that
more research is needed keeps its call. Sources and headlines written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

TRIAL = parse(
    "Background: Many people with multiple sclerosis have trouble walking in hot weather. "
    "Methods: In this randomised trial, 60 adults with MS walked on a treadmill in a warm room "
    "wearing a cooling collar or a sham collar. Results: Walking time was longer with the "
    "cooling collar (mean 14.2 vs 11.0 minutes). Three participants found the collar too tight. "
    "Conclusions: A cooling collar lengthened walking time in heat-sensitive people with MS. "
    "Larger trials in daily life are needed."
)
UNSETTLED = parse(
    "Background: Magnesium is sometimes used for cramps in multiple sclerosis. Methods: We "
    "searched for randomised trials of magnesium for cramps in adults with MS. Results: We found "
    "one small trial with 20 participants, at high risk of bias. Conclusions: There is "
    "insufficient evidence to judge whether magnesium helps cramps in MS. Larger, well-designed "
    "trials are needed."
)
BODY = {
    "what_the_study_did": "Adults with MS walked in a warm room wearing a cooling collar or a "
    "collar that did not cool.",
    "why_it_matters": "Heat makes MS symptoms worse for many people. Ask your MS team about "
    "ways to keep cool.",
    "limitations": "This was one small trial, and its results need confirming.",
}


def _errors(source, headline: str) -> list[str]:
    return [f.message for f in check_headline(source, PlainSummary(headline=headline, **BODY))]


@pytest.mark.parametrize(
    "headline",
    [
        "Larger trials of cooling collars in daily life are needed",
        "More research is needed on cooling collars for people with MS",
        "A bigger trial of cooling collars in people with MS is planned",
        "Cooling collars will now be tested in a larger trial of people with MS",
        "The collar is next to be tried in people with MS at home",
        "The team will keep following people with MS who wear the collar",
    ],
)
def test_a_call_or_plan_over_a_result_fails(headline: str) -> None:
    errors = _errors(TRIAL, headline)
    assert errors and "research comes next" in errors[0]


@pytest.mark.parametrize(
    "headline",
    [
        "A cooling collar helped people with MS walk longer in the heat",
        "A cooling collar helped people with MS walk longer, but bigger trials are needed",
    ],
)
def test_the_finding_with_or_without_a_call_passes(headline: str) -> None:
    assert _errors(TRIAL, headline) == []


def test_a_call_is_the_point_when_the_paper_concludes_only_doubt() -> None:
    headline = "Larger trials are needed to know whether magnesium eases cramps in MS"
    assert not [e for e in _errors(UNSETTLED, headline) if "research comes next" in e]


@pytest.mark.parametrize(
    ("headline", "said"),
    [
        ("Three people with MS found the cooling collar too tight", "one participant"),
        ("A survey looked at cooling collars for people with MS", "news but not what it is"),
        ("The results held up in a sensitivity analysis of the walking times", "analysis"),
        ("Researchers plan to test cooling collars at home in people with MS", "how the study"),
        ("Only women with relapsing MS were used in the collar trial", "limitation"),
    ],
)
def test_side_points_and_templates_fail(headline: str, said: str) -> None:
    errors = _errors(TRIAL, headline)
    assert errors and said in errors[0]


SERIES = parse(
    "We report four cases of severe itching in women with multiple sclerosis who started a new "
    "injectable drug. Two patients developed itching within a week, and two within a month. "
    "The itching stopped in all four after the drug was paused. Clinicians should be aware "
    "that itching may follow the start of this drug."
)


def test_a_few_patients_are_the_point_of_a_case_series() -> None:
    headline = "Two women with MS had severe itching within a week of starting a new drug"
    assert not [e for e in _errors(SERIES, headline) if "one participant" in e]


REVIEW = parse(
    "Background: Low mood is common in multiple sclerosis. Methods: We searched for randomised "
    "trials of exercise for low mood in adults with MS. Results: Twelve trials with 600 people "
    "were included; only one enrolled people who needed a walking aid. Exercise reduced "
    "symptoms of depression compared with usual care. Conclusions: Exercise probably reduces "
    "symptoms of depression in people with MS."
)


def test_who_the_trials_left_out_is_a_limitation() -> None:
    headline = "Few exercise trials in MS included people who needed a walking aid"
    errors = _errors(REVIEW, headline)
    assert errors and "limitation" in errors[0]
    assert _errors(REVIEW, "Exercise probably eases low mood in people with MS") == []


LAQ = parse(
    "Background: Laquinimod is an oral drug studied for relapsing multiple sclerosis. Methods: "
    "In one trial, 900 adults with relapsing-remitting MS took laquinimod 0.6 mg or a dummy "
    "pill once a day for two years. Results: The yearly relapse rate was lower with "
    "laquinimod (0.30 vs 0.39). Conclusions: Laquinimod modestly reduced relapses in people "
    "with relapsing-remitting MS."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Half of 900 people with relapsing MS took laquinimod 0.6 mg once a day",
        "People with relapsing-remitting MS took laquinimod 0.6 mg once a day for two years",
    ],
)
def test_the_name_of_a_course_of_ms_is_no_outcome(headline: str) -> None:
    errors = _errors(LAQ, headline)
    assert errors and "what was done" in errors[0]


def test_a_relapse_told_is_an_outcome() -> None:
    headline = "Fewer people relapsed after taking laquinimod 0.6 mg once a day"
    assert not [e for e in _errors(LAQ, headline) if "what was done" in e]


def test_how_sure_the_finding_is_beside_a_call_passes() -> None:
    headline = (
        "Whether cooling collars help in daily life is uncertain, and more research is needed"
    )
    assert not [e for e in _errors(TRIAL, headline) if "research comes next" in e]
