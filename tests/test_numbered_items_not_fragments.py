"""A numbered item cut from its lead-in is never said as a sentence of its own (issue 9): "We
planned analyses to assess (1) X, and (2) effects on Y linked with Z" was drafted with "Effects on
Y linked with Z." standing alone, a fragment with no verb (CD004127's planned analyses). A sentence
a split would cut so is left out. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.plain.numbered_lists import numbered
from plainsum.plain.simplify import plain_sentences

PLANNED = (
    "We planned sensitivity and subgroup analyses to assess (1) the influence on relapses and "
    "fatigue of excluding quasi-randomized trials, and (2) effects on relapses and walking speed "
    "associated with different causes of nerve damage."
)
ASSESSED = (
    "We planned subgroup analyses to assess (1) the influence on mortality and relapse of "
    "excluding open-label trials, and (2) effects on mortality and relapse associated with "
    "different causes of respiratory failure."
)


@pytest.mark.parametrize("text", [PLANNED, ASSESSED])
def test_a_later_item_is_never_a_sentence_of_its_own(text):
    pieces = [p.text for p in plain_sentences(text, True, (3,))]
    assert not any(p.startswith(("Effects on", "The effects on")) for p in pieces)
    assert pieces == []  # the lead-in with its first item alone says one item as if all


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (PLANNED, True),
        ("Outcomes were (a) relapse and (b) disability.", True),
        ("Two groups (2) were compared (1) twice.", False),
        ("Only one item (1) is here.", False),
    ],
)
def test_a_numbered_list_is_told(text, listed):
    assert numbered(text) is listed
