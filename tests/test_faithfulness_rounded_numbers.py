"""A number the paper gives, rounded and said so ("about eighteen hundred and fifty people" for
its 1,851; "about six and a half thousand women" for its 6,533) is the paper's number; a number
that is not rounded, not said to be, or a cut-off ("less than 2500 g") is held to the paper's
exactly. Papers and sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.faithfulness import check_faithfulness
from plainsum.ingest import parse
from plainsum.plain.number_words import spelled_value
from plainsum.schemas import PlainSummary

PAPER = parse(
    """Objectives: To assess walking programmes for people with long-term back pain.

Main results: We included 21 trials with 1851 participants and 6533 pregnant women. Babies \
weighed 2480 g on average. Walking eased pain a little at three months."""
)


def _numbers(sentence: str) -> list[str]:
    summary = PlainSummary(
        headline="Trials of a walking programme were reviewed",
        what_the_study_did=f"The review found twenty-one trials. {sentence}",
        why_it_matters="This review is not about MS. Ask your care team about exercise.",
        limitations="The trials were small, so the review is only as good as they are.",
    )
    return [f.message for f in check_faithfulness(PAPER, summary)]


@pytest.mark.parametrize(
    "sentence",
    [
        "They had about eighteen hundred and fifty people in all.",
        "They had roughly 1,850 people in all.",
        "They took in about six and a half thousand pregnant women.",
    ],
)
def test_a_rounded_number_said_so_is_the_papers(sentence: str) -> None:
    assert not _numbers(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "They had eighteen hundred and fifty people in all.",
        "They had about 2,100 people in all.",
        "Babies weighed less than 2500 g.",
    ],
)
def test_a_number_not_rounded_from_the_papers_is_still_an_error(sentence: str) -> None:
    assert _numbers(sentence)


def test_a_half_thousand_in_words() -> None:
    assert spelled_value("six and a half thousand") == 6500
    assert spelled_value("two hundred and six") == 206
