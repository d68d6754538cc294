"""A counted set whose members the summary never names ("All three modes of administration
were linked with drops in pain", "both doses" with no dose given): a warning, so the draft
goes to an editor. A set named anywhere in the summary, by its noun or by a list, and the
units a study counts (trials, people, groups, years) pass. Texts written for these tests."""

import pytest

from plainsum.checks.fluency import check_fluency
from plainsum.checks.referent_sets import unnamed_sets
from plainsum.schemas import PlainSummary, Severity

BODY = {
    "what_the_study_did": "This review pooled 14 trials with 2,100 adults who had long-term "
    "back pain. Pain fell by about a fifth more than with a dummy treatment.",
    "why_it_matters": "If pain is a problem for you, talk with your doctor.",
    "limitations": "A review is only as good as the trials it includes, and most were small.",
}


def _sets(headline: str, **changes: str) -> list[tuple[str, str]]:
    return unnamed_sets({"headline": headline, **BODY, **changes})


@pytest.mark.parametrize(
    "headline",
    [
        "All three ways of giving the painkiller eased back pain",
        "Each of the four exercises eased back pain a little",
        "All five stretches eased long-term back pain a little",
    ],
)
def test_a_counted_set_never_named_is_flagged(headline):
    assert _sets(headline)


def test_a_pair_never_named_is_flagged_when_nothing_pairs_two_things():
    limits = "A review is only as good as the trials it includes. Most were small."
    assert _sets("Both injections eased back pain for a few months", limitations=limits)


@pytest.mark.parametrize(
    "headline,body",
    [
        (
            "All three ways of giving the painkiller eased back pain",
            "The painkiller was given by mouth, by skin patch or by injection.",
        ),
        (
            "Both creams eased long-term back pain more than a dummy cream",
            "One cream held capsaicin and the other a cooling gel.",
        ),
        (
            "The four exercise programmes eased back pain a little",
            "The programmes were yoga, pilates, walking and swimming.",
        ),
    ],
)
def test_a_set_named_anywhere_passes(headline, body):
    assert _sets(headline, what_the_study_did=body + " " + BODY["what_the_study_did"]) == []


@pytest.mark.parametrize(
    "headline",
    [
        "All three trials found that the painkiller eased back pain",
        "Both groups had less back pain after the course",
        "All 14 trials found less back pain over the three years",
        "The painkillers that were compared all eased back pain",
    ],
)
def test_units_a_study_counts_need_no_names(headline):
    assert _sets(headline) == []


def test_the_gate_sends_an_unnamed_set_for_review():
    summary = PlainSummary(
        headline="All three ways of giving the painkiller eased back pain", **BODY
    )
    found = [f for f in check_fluency(summary) if f.message.endswith("(unnamed_set)")]
    assert [(f.section, f.severity) for f in found] == [("headline", Severity.WARNING)]
