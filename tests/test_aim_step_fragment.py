"""A step of an aim's list lifted out of its "to ..." is an instruction, not a sentence (issue 9):
"Secondary aims were to (i) assess X, and where these data were not available, use age as a
proxy; and (ii) assess Y" gave the draft "Where these data were not available, use age of trial
people at the start as a proxy, and check ...". A subordinate clause before a main clause with
its subject stays whole. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.wholeness import broken, is_sentence


@pytest.mark.parametrize(
    "text",
    [
        "Where no scores were given, use the mean of the other two groups instead.",
        "If the trials differed in length, compare the first six months only.",
    ],
)
def test_a_bare_verb_after_an_opening_clause_is_no_sentence(text: str) -> None:
    assert not is_sentence(text)
    assert broken(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "When the drug was stopped, symptoms came back within a week.",
        "If pain persisted, use of a second drug was allowed.",
        "Where no data were given, the authors asked the trial teams.",
    ],
)
def test_an_opening_clause_before_a_main_clause_stays(text: str) -> None:
    assert is_sentence(text)
