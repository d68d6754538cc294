"""Sentences that lean on one the draft may not show (issue 9, from the readings of stop 51): "A
similar result was seen in ...", a result analysed again ("when the random-effects model was
used"), "Neither showed ...". Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.anchored import unanchored


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("A similar result was seen in trials looking at reminder devices at four weeks.", True),
        ("The similar benefit was found in studies of spacer devices.", True),
        ("A similar rise was seen in both groups.", False),
        ("A similar result was seen with the spray as with the tablets.", False),
    ],
)
def test_a_similar_result_leans_on_the_one_before(text: str, leans: bool) -> None:
    assert unanchored(text) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The results did not exclude no effect when the random-effects model was used.", True),
        ("The difference was no longer clear in the sensitivity analysis.", True),
        ("These results held with a fixed-effect model.", True),
        ("The results showed that the cream eased itching.", False),
        ("Itching eased in the sensitivity analysis as well as in the main one.", False),
    ],
)
def test_a_result_analysed_again_leans_on_the_one_before(text: str, leans: bool) -> None:
    assert unanchored(text) is leans


@pytest.mark.parametrize(
    "text", ["Neither showed any change in hearing.", "Either improved sleep a little."]
)
def test_neither_or_either_as_the_subject_leans_back(text: str) -> None:
    assert unanchored(text)
