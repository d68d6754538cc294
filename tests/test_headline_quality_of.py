"""A grade said after "evidence", the evidence the subject of the claim's verb ("Limited evidence
of low to very low quality supports the use of X"), is said short in front ("Weak evidence
supports the use of X"), no stronger and no weaker. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.shorten import short_forms


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Limited evidence of low to very low quality supports the use of cooling vests for "
            "easing tiredness in hot weather in adults with MS.",
            "Weak evidence supports the use of cooling vests for easing tiredness in hot weather "
            "in adults with MS",
        ),
        (
            "Evidence of moderate quality suggests that balance classes reduce falls in people "
            "with MS.",
            "Moderate evidence suggests balance classes reduce falls in people with MS",
        ),
        # a claim that hedges itself takes a low grade after it, never a second hedge
        (
            "Evidence of low certainty suggests that balance classes may reduce falls in people "
            "with MS.",
            "Balance classes may reduce falls in people with MS, but the evidence is weak",
        ),
    ],
)
def test_a_grade_after_evidence_is_said_short_in_front(sentence: str, expected: str) -> None:
    assert expected in short_forms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No evidence of high quality supports the use of cooling vests in adults with MS.",
        "Little evidence of moderate quality suggests that balance classes reduce falls.",
    ],
)
def test_no_evidence_is_never_said_as_a_grade(sentence: str) -> None:
    assert not any(f.startswith(("Good", "Moderate", "Weak")) for f in short_forms(sentence))
