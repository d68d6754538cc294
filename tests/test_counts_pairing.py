"""A count of studies said of the wrong step, or paired with people another count holds.

"Fourteen eligible trials were identified but only seven could be included": fourteen counts
the studies found, so "The review included fourteen trials" is false. "We included 10 studies:
four gave data (437 participants)": the 437 were in the four, so "10 studies with 437 people"
is false. Papers and sentences written for these tests, modelled on many reviews' methods."""

from __future__ import annotations

import pytest

from plainsum.checks.counts_misplaced import misplaced_counts
from plainsum.ingest import parse


def _review(results: str) -> object:
    return parse(
        "Objectives: To assess a treatment for a common condition.\n"
        "Search methods: We searched four databases up to March 2021.\n"
        f"Main results: {results} The treatment may help a little.\n"
        "Authors' conclusions: The evidence is weak."
    )


@pytest.mark.parametrize(
    ("results", "sentence"),
    [
        (
            "Fourteen eligible trials were identified but only seven trials could be included.",
            "The review included fourteen trials.",
        ),
        (
            "Twelve potentially eligible studies were identified, but only five could be included.",
            "The review included 12 studies.",
        ),
        (
            "We identified 23 relevant trials but only 9 trials were included.",
            "The review included 23 trials.",
        ),
        (
            "Eleven studies met the criteria, of which four were pooled in the analysis.",
            "The review included eleven studies and pooled them.",
        ),
        (
            "We included 10 studies: four provided data for the analyses (437 participants); "
            "six were surveys.",
            "The review included 10 studies with 437 people.",
        ),
        (
            "We included 8 trials: three reported pain (212 participants) and five reported sleep.",
            "The review included 8 trials with 212 people.",
        ),
        (
            "We included 15 studies (2400 participants); six trials (830 participants) "
            "compared the drug with placebo.",
            "The review included 15 studies with 830 people.",
        ),
        (
            "We included 9 RCTs: two trials (96 participants) tested the cream; seven tested "
            "tablets.",
            "Nine trials with 96 people were included.",
        ),
    ],
)
def test_a_count_tied_to_the_wrong_step_or_partner_is_misplaced(
    results: str, sentence: str
) -> None:
    assert misplaced_counts(sentence, _review(results))


@pytest.mark.parametrize(
    ("results", "sentence"),
    [
        (
            "Fourteen eligible trials were identified but only seven trials could be included.",
            "The review included seven trials.",
        ),
        (
            "We identified nine eligible trials with 540 participants.",
            "The review included nine trials with 540 people.",
        ),
        (
            "We included 10 studies: four provided data for the analyses (437 participants); "
            "six were surveys.",
            "Four studies with 437 people gave data.",
        ),
        (
            "We included 15 studies (2400 participants); six trials (830 participants) "
            "compared the drug with placebo.",
            "The review included 15 studies with 2400 people.",
        ),
        (
            "Ten trials with 1234 participants were included; three of them were large.",
            "The review included ten trials with 1234 people.",
        ),
        (
            "We included 12 trials, of which 3 were eligible for pooling (300 people).",
            "The review included 12 trials.",
        ),
        (
            "We found 30 studies, of which 8 were included.",
            "The review included 8 studies.",
        ),
        (
            "Of 19 trials identified, four trials (233 participants) met the inclusion criteria.",
            "The review included four trials with 233 people.",
        ),
        (
            "We included 6 trials and 520 participants; the trials were small.",
            "Six trials with 520 people were included.",
        ),
        # a whole broken down in brackets, its publications, the next item of a list
        (
            "We included 40 (31 cohort and 9 case-control) studies involving 52,300 participants.",
            "The review included 40 studies with 52,300 people.",
        ),
        (
            "Five trials (four RCTs and one quasi-RCT) involving 310 children were included.",
            "The review included five trials with 310 children.",
        ),
        (
            "We included 17 RCTs, reported in 25 papers with a total of 1210 participants.",
            "The review included 17 trials with 1210 people.",
        ),
        (
            "We identified 22 studies (35 reports) including 9,140 participants and three "
            "ongoing studies.",
            "The review included 22 studies with 9140 people.",
        ),
    ],
)
def test_a_count_tied_as_the_paper_ties_it_passes(results: str, sentence: str) -> None:
    assert misplaced_counts(sentence, _review(results)) == []
