"""Issue 9 (stop 59 screen of dangling pointers: plaba-15902691's body "Other ... drugs are
probably just as helpful." with no drug named before it): "just as helpful" leans on the
sentence before, which says the one it is as helpful as (plain/pick.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.lines import Line
from plainsum.plain.pick import leans_back
from plainsum.plain.shown_before import without_unmet_leans


@pytest.mark.parametrize(
    "text",
    [
        "Other pills of this kind are probably just as helpful.",
        "Creams may be equally as effective.",
        "A lower dose was just as safe",
    ],
)
def test_as_helpful_as_nothing_named_leans(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        # as helpful as what, the sentence says
        "Stretching was just as helpful as massage.",
        "Stretching and massage were equally helpful for cramps.",
        "A lower dose was just as safe and worked as well as the usual one.",
    ],
)
def test_a_sentence_that_says_as_helpful_as_what_stands(text: str) -> None:
    assert not leans_back(text)


def test_as_helpful_after_other_lines_goes_from_the_body() -> None:
    lines = [
        Line("Cramps are sudden painful tightenings of a muscle.", (0,)),
        Line("A history and an exam help to find their cause.", (1,)),
        Line("Other pills of this kind are probably just as helpful.", (5,)),
    ]
    assert without_unmet_leans(lines) == lines[:2]


def test_as_helpful_right_after_its_own_sentence_stays() -> None:
    lines = [
        Line("Quinine eased cramps in four trials.", (4,)),
        Line("Other pills of this kind are probably just as helpful.", (5,)),
    ]
    assert without_unmet_leans(lines) == lines
