"""A review's own limits in words the rules missed (issue 9): signs of publication bias, missing
data the authors say were missing, too few good trials to judge.
Never where the authors say the opposite ("no evidence of publication bias", "missing data had no
impact"), nor where missing data are only how they worked, nor too few trials of one part of what
the review looked at. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.limits import stated_limits
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence
from plainsum.schemas import StudyDesign


def _kinds(sentence: str) -> set[str]:
    sentences = [
        SourceSentence(0, "We included nine trials with 1200 people.", Role.RESULTS, 0, 0),
        SourceSentence(1, sentence, Role.RESULTS, 0, 0),
    ]
    return {x.name for x in stated_limits(sentences, StudyDesign.REVIEW, 9)}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "There was clear evidence of publication bias among the trials of zinc lozenges.",
            "publication_bias",
        ),
        ("Publication bias was likely in the smaller studies of massage.", "publication_bias"),
        (
            "Most trials were well run, although we could not tell whether missing data had an "
            "effect on the results.",
            "missing_data",
        ),
        ("High rates of missing data in two trials limited the pooled analysis.", "missing_data"),
        (
            "There are insufficient good-quality trials to guide the use of splints after "
            "wrist surgery.",
            "weak_evidence",
        ),
    ],
)
def test_a_reviews_own_limit_in_its_own_words_is_said(sentence: str, kind: str) -> None:
    assert kind in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We found no evidence of publication bias.",
        "There was no evidence of publication bias in any comparison.",
        "Missing data had no effect on the results.",
        "Missing data were obtained from the authors of three trials.",
        # too few trials of some of the treatments: a part, never the whole review's evidence
        "There are insufficient trials of massage and heat to draw conclusions.",
        # (too little information on one outcome: a part too)
        "There is insufficient information to estimate the effect of reminders on falls.",
    ],
)
def test_no_limit_is_read_where_the_authors_state_none(sentence: str) -> None:
    assert not {"publication_bias", "missing_data", "weak_evidence"} & _kinds(sentence)
