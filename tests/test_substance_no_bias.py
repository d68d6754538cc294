"""Bias said to be low or absent is no limit the paper states (issue 8): a review whose only
word on bias is "All trials had low risk of bias" drew a stock_limits warning on limitations
that rightly gave none. Bias stated present still counts, beside a denial too. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.substance import stated_limits
from plainsum.ingest import parse


def _kinds(sentence: str) -> list[str]:
    text = (
        "Objectives: To assess cooling vests for heat-related fatigue in multiple sclerosis.\n"
        "Main results: Six trials with 240 people were included. Cooling reduced fatigue "
        f"scores. {sentence}\n"
        "Authors' conclusions: Cooling vests reduce fatigue in people with MS."
    )
    return stated_limits(parse(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "All trials had low risk of bias on the standard tool.",
        "The risk of bias was judged to be low in every trial.",
        "There was no evidence of publication bias.",
        "Risk of bias was generally low.",
    ],
)
def test_bias_said_low_or_absent_is_no_stated_limit(sentence):
    assert "bias or flaws" not in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most trials were at high risk of bias.",
        "Two trials had low risk of bias and four a high risk of bias.",
        "The trials were at low or unclear risk of bias.",
        "Four trials were open-label.",
    ],
)
def test_bias_stated_present_is_still_a_limit(sentence):
    assert "bias or flaws" in _kinds(sentence)
