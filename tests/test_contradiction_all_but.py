"""A result the paper gives for every part but one ("in all but the twice-boosted group", "in
every arm except the lowest dose") is no result of every part: a summary that says it of all
of them widens it; one that keeps the exception passes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction

T_CELLS = ["Spike-specific T-cell responses increased in all but the twice-boosted subgroup."]
ARMS = ["Pain fell in every arm except the lowest dose."]


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        ("T-cell responses rose in all groups, including the twice-boosted one.", T_CELLS),
        ("Pain fell in all three arms.", ARMS),
    ],
)
def test_a_result_of_all_but_one_part_said_of_all_is_caught(sentence, paper):
    assert contradiction(sentence, paper) == ("every", paper[0])


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        ("T-cell responses rose in all groups but the twice-boosted one.", T_CELLS),
        ("T-cell responses rose in most groups.", T_CELLS),
        ("Pain fell in all arms but the lowest dose.", ARMS),
        ("Pain fell in all arms, but not with the lowest dose.", ARMS),
    ],
)
def test_the_exception_kept_passes(sentence, paper):
    assert contradiction(sentence, paper) is None
