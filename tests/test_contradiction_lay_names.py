"""Reversals said with the everyday name of a paper's term ("strokes" for cerebrovascular
events, "premature" for preterm), which plain_equivalents joins (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction

STROKE_DOWN = ["The new drug reduced cerebrovascular events compared with aspirin."]
STROKE_NULL = ["The new drug did not reduce cerebrovascular events."]
PRETERM_NULL = ["The gel did not reduce preterm birth before 34 weeks."]
PRETERM_DOWN = ["Daily progesterone reduced preterm birth."]


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        ("People on the new drug had more strokes.", STROKE_DOWN),
        ("Strokes were less common with the new drug.", STROKE_NULL),
        ("Strokes became more frequent with the new drug.", STROKE_DOWN),
        ("Premature births were less common with the gel.", PRETERM_NULL),
        ("The gel lowered the number of premature births.", PRETERM_NULL),
        ("Premature births became more common with daily progesterone.", PRETERM_DOWN),
    ],
)
def test_a_reversal_in_everyday_names_is_caught(sentence: str, paper: list[str]) -> None:
    assert contradiction(sentence, paper)


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        ("People on the new drug had fewer strokes.", STROKE_DOWN),
        ("Strokes were as common with the new drug as with aspirin.", STROKE_NULL),
        ("Premature births were about as common with the gel.", PRETERM_NULL),
        ("The gel did not lower the number of premature births.", PRETERM_NULL),
        ("Fewer babies were born premature with daily progesterone.", PRETERM_DOWN),
        ("Premature births became less common with daily progesterone.", PRETERM_DOWN),
    ],
)
def test_the_same_result_in_everyday_names_passes(sentence: str, paper: list[str]) -> None:
    assert contradiction(sentence, paper) is None
