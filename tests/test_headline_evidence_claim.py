"""A headline about evidence says what the evidence is for (issue 9): the gate's headline rule,
and the splitter and shortener, which never cut the claim from its evidence. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_shape import evidence_of_nothing
from plainsum.ingest import parse
from plainsum.plain.shorten import short_forms
from plainsum.plain.splits import split_long
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Exercise for fatigue in multiple sclerosis: a systematic review

Objectives: To assess whether exercise reduces fatigue in people with multiple sclerosis.

Methods: We searched MEDLINE and Embase to March 2020. Randomised trials of exercise were
eligible. Eleven trials with 540 participants met the inclusion criteria.

Results: Exercise reduced fatigue compared with usual care. Adverse events were rare and mild.

Conclusions: We found good evidence that exercise reduces fatigue in people with multiple
sclerosis."""
)

BODY = {
    "what_the_study_did": "Reviewers pooled eleven trials of exercise in people with MS.",
    "why_it_matters": "Fatigue is common in MS. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


@pytest.mark.parametrize(
    ("headline", "span"),
    [
        ("The review authors found good evidence in a meta-analysis", "found good evidence"),
        ("The review authors found good evidence", "found good evidence"),
        (
            "The review authors found high-quality evidence in a meta-analysis of four trials",
            "found high-quality evidence",
        ),
        ("There is no evidence from this large review", "is no evidence"),
        ("All the main results were very weak evidence", "were very weak evidence"),
    ],
)
def test_evidence_about_nothing_is_flagged(headline: str, span: str) -> None:
    """Guards evidence_of_nothing: evidence with nothing after it, or only where it came from."""
    assert evidence_of_nothing(headline) == span


@pytest.mark.parametrize(
    "headline",
    [
        "The review authors found good evidence that exercise eases tiredness",
        "The review authors found good evidence for the benefit of exercise plus advice",
        "Good evidence shows that exercise eases tiredness in people with MS",
        "Strong evidence from eleven trials shows exercise eases tiredness",
        "The review found some evidence in four trials that exercise eases tiredness",
        "There is weak evidence in support of exercise for tiredness",
        "There was no evidence of harm from exercise",
        "There is little evidence from trials on the effects of cooling vests",
        "There was some evidence from two trials (80 people) of a short-term benefit",
    ],
)
def test_evidence_with_its_claim_passes(headline: str) -> None:
    """Guards evidence_of_nothing's false alarms: the claim said straight after the evidence,
    after where it came from, or by a verb ('shows')."""
    assert evidence_of_nothing(headline) is None


def test_the_headline_check_says_the_evidence_has_no_finding() -> None:
    """Guards the gate's finding, word for word, for a headline about evidence for nothing."""
    headline = "The review authors found good evidence in a meta-analysis"
    (finding,) = check_headline(REVIEW, PlainSummary(headline=headline, **BODY))
    assert finding.message == (
        "The headline says evidence was found ('found good evidence') but not what it is for: "
        f"it has no finding: {headline!r}."
    )


def test_the_headline_check_passes_evidence_with_its_claim() -> None:
    """Guards that a graded headline with its claim is no finding of this rule."""
    summary = PlainSummary(
        headline="Good evidence shows that exercise eases tiredness in people with MS", **BODY
    )
    assert not any("not what it is for" in f.message for f in check_headline(REVIEW, summary))


@pytest.mark.parametrize(
    "sentence",
    [
        "We found high-quality evidence in a pooled analysis including five of the eleven "
        "included trials that regular exercise is effective in helping people with multiple "
        "sclerosis to feel less tired.",
        "We found moderate-quality evidence in a meta-analysis including four trials with "
        "320 participants that a cooling vest worn at home helps people with multiple "
        "sclerosis to walk further.",
    ],
)
def test_a_cut_never_leaves_evidence_without_its_claim(sentence: str) -> None:
    """Guards split_long and short_forms: a list tail dropped after 'evidence in X including'
    took the claim ('that X is effective') with it, leaving evidence for nothing."""
    assert all(evidence_of_nothing(piece.rstrip(".")) is None for piece in split_long(sentence))
    assert all(evidence_of_nothing(form) is None for form in short_forms(sentence))
