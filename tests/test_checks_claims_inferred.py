"""A claim the paper makes only tentatively, stated in the summary as a fact (issue 8, the
strength of a claim raised). Papers and sentences written for these tests."""

import pytest

from plainsum.checks import run_checks
from plainsum.checks.claims_inferred import find_raised
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

REVIEW = parse(
    """Background: Leg spasms at night disturb the sleep of many people with MS.

Methods: We searched for randomised trials of treatments for night-time leg spasms in adults \
with multiple sclerosis.

Results: We included five trials with 266 participants. Participants given stretching \
exercises reported fewer night spasms than those given no exercises (MD -1.9 spasms a week; \
95% CI -3.1 to -0.7). Magnesium tablets may shorten the spasms, but the trials measured this \
in different ways. Cooling the legs before bed seemed to improve sleep quality in one trial. \
Stomach upset was more common with magnesium.

Conclusions: Stretching reduces night spasms in people with MS. We suggest that magnesium \
could help people whose spasms wake them, though this needs confirming."""
)

SECTIONS = {
    "headline": "Stretching eased night-time leg spasms in people with MS",
    "what_the_study_did": "The reviewers found five trials with 266 people.",
    "why_it_matters": "Leg spasms can spoil sleep. Your MS nurse can help with spasms.",
    "limitations": "The trials were small, and the evidence was of low quality.",
}


def _raised(sentence: str, section: str = "what_the_study_did"):
    text = f"{SECTIONS[section]} {sentence}"
    return [r for r in find_raised(text, REVIEW) if r.sentence == sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # "may shorten" said as a fact
        "Magnesium tablets shortened the spasms.",
        # "seemed to improve" said as a fact
        "Cooling the legs before bed improved sleep quality.",
        # "we suggest that magnesium could help" said as shown
        "The authors show that magnesium helps people whose spasms wake them.",
    ],
)
def test_a_tentative_claim_said_as_fact_is_found(sentence):
    assert _raised(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the doubt kept, in several words
        "Magnesium tablets may shorten the spasms.",
        "Magnesium tablets seemed to shorten the spasms, but this is not certain.",
        "The authors think magnesium could help people whose spasms wake them.",
        "Cooling the legs before bed might improve sleep, going by one trial.",
        # a result the paper states plainly
        "Stretching reduced night spasms in people with MS.",
        "Stomach upset was more common with magnesium.",
        # a denial raises nothing
        "Magnesium has not been shown to shorten the spasms.",
        # a question or an aim
        "Could magnesium shorten the spasms?",
    ],
)
def test_a_kept_doubt_or_a_plain_result_passes(sentence):
    assert not _raised(sentence)


def test_the_doubt_in_the_next_sentence_keeps_it():
    text = "Magnesium tablets shortened the spasms. But this is not certain."
    assert not find_raised(text, REVIEW)


@pytest.mark.parametrize(
    "result, found",
    [
        (", with higher balance scores in the yoga groups than in the waiting-list groups", False),
        ("", True),
    ],
)
def test_a_plain_result_in_the_same_sentence_as_the_hedge_lets_it_go(result, found):
    paper = parse(
        "Background: Poor balance leads to falls in MS. Methods: We pooled four trials of yoga "
        "classes against a waiting list in adults with MS.\n\nResults: Yoga might be beneficial "
        f"for balance scores in people with MS{result} (low-quality evidence)."
    )
    assert (
        bool(find_raised("Yoga was beneficial for balance scores in people with MS.", paper))
        is found
    )


def test_a_close_match_is_an_error_and_a_loose_one_a_warning():
    close = _raised("Magnesium tablets shortened the spasms.")
    assert close and close[0].sure
    loose = _raised("Magnesium shortened leg spasms at night in adults with MS who slept badly.")
    assert not loose or not loose[0].sure


def test_the_gate_reports_it_under_the_claims_check():
    summary = PlainSummary(
        **{**SECTIONS, "what_the_study_did": "Magnesium tablets shortened the spasms."}
    )
    findings = run_checks(REVIEW, summary, detect_design(REVIEW))
    mine = [f for f in findings if "tentatively" in f.message]
    assert mine and mine[0].check == "claims" and mine[0].severity == Severity.ERROR
    assert "may" in mine[0].hint


def test_a_paper_with_no_tentative_finding_is_not_read():
    paper = parse(
        "Background: Leg spasms at night disturb sleep in MS. Methods: Two trials compared "
        "stretching and magnesium with no treatment in adults with MS.\n\nResults: Stretching "
        "reduced night spasms. Magnesium shortened the spasms."
    )
    assert not find_raised("Magnesium shortened the spasms.", paper)
