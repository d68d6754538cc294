"""How long a treatment lasted is no short follow-up (issue 9): "studies with short duration of
stenting" gave "The authors say the studies had short follow-up." (CD004925). Studies of short
duration still do. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.limits import stated_limits
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence
from plainsum.schemas import StudyDesign


def _kinds(sentence: str) -> set[str]:
    sentences = [
        SourceSentence(0, "We included seven trials with 900 people.", Role.RESULTS, 0, 0),
        SourceSentence(1, sentence, Role.RESULTS, 0, 0),
    ]
    return {x.name for x in stated_limits(sentences, StudyDesign.REVIEW)}


def test_a_short_treatment_is_no_short_follow_up() -> None:
    sentence = "Stents cut infections in the studies with short duration of stenting."
    assert "short" not in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The evidence is limited by the short duration of the eligible studies.",
        "Nearly all studies were of short duration.",
        "The short duration of the trials limits what they show about harms.",
    ],
)
def test_short_studies_are_still_a_stated_limit(sentence: str) -> None:
    assert "short" in _kinds(sentence)
