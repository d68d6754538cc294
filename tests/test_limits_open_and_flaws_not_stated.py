"""Limits a review does not state are never said (issue 9): open-label studies only called for
("Long-term open-label studies monitoring safety are needed"), a mix of blinded and unblinded
trials taken in, and poor-quality studies named as what the doubt was not due to ("a lack of
studies rather than poor-quality studies") gave "people in the studies knew which treatment they
had" and "the studies had flaws" (stop 55 screen: CD012395, CD013278, CD006883, CD013135).
Open-label trials the review took in still count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.limits import stated_limits
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence
from plainsum.schemas import StudyDesign


def _kinds(sentence: str) -> set[str]:
    sentences = [
        SourceSentence(0, "We included seven trials with 900 people.", Role.RESULTS, 0, 0),
        SourceSentence(1, sentence, Role.CONCLUSION, 0, 0),
    ]
    return {x.name for x in stated_limits(sentences, StudyDesign.REVIEW)}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Long-term open-label studies that monitor safety are needed.", "open"),
        ("Additional trials that are blinded and not open-label would settle this.", "open"),
        ("We included blinded and unblinded trials of splints for wrist pain.", "open"),
        (
            "Our low confidence came from a lack of studies rather than poor-quality studies.",
            "bias",
        ),
    ],
)
def test_a_limit_not_stated_of_the_reviews_studies_is_not_said(sentence: str, kind: str) -> None:
    assert kind not in _kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Most of the trials were open-label, so people knew their treatment.", "open"),
        ("Many of the studies were of poor quality.", "bias"),
    ],
)
def test_a_limit_the_review_states_is_still_said(sentence: str, kind: str) -> None:
    assert kind in _kinds(sentence)
