"""A numbered list of whole clauses after a lead-in that only says a list follows is drafted as
one sentence per item: its numbers went as a statistic's brackets, its lead-in ("the following
conclusions are drawn") kept the sentence out, and a split at an item's ", but" made a fragment
("But within safe upper limits, for iron is justified; ..."). A list of noun phrases, or one
whose lead-in says something of its own, is left as it was. "Supplementation with X is" keeps
its word: "Supplements with X is" breaks the agreement."""

from __future__ import annotations

import pytest

from plainsum.plain.numbered_lists import listed_clauses
from plainsum.plain.simplify import plain_sentences
from plainsum.plain.standalone import leans_back

CONCLUDED = (
    "On this basis the following conclusions are drawn: (1) daily walking is a safe and "
    "low-cost way to ease tiredness in older adults; (2) iron above the usual daily amount, but "
    "within safe upper limits, is justified for women with low iron stores; and (3) family "
    "doctors are urged to ask about tiredness at every visit."
)


def test_each_item_of_a_concluded_list_is_a_sentence_of_its_own() -> None:
    assert listed_clauses(CONCLUDED) == [
        "Daily walking is a safe and low-cost way to ease tiredness in older adults.",
        "Iron above the usual daily amount, but within safe upper limits, is justified for "
        "women with low iron stores.",
        "Family doctors are urged to ask about tiredness at every visit.",
    ]
    texts = [p.text for p in plain_sentences(CONCLUDED, sources=(4,))]
    assert len(texts) == 3
    assert texts[1].startswith("Iron above the usual daily amount, but within safe upper limits")
    assert not any(t.startswith("But ") for t in texts)


@pytest.mark.parametrize(
    "text",
    [
        # a list of noun phrases: no item is a clause
        "Outcomes included: (i) tiredness on a standard scale; (ii) walking speed; and (iii) mood.",
        # a lead-in that says something of its own: its items are true only under it
        "If people relapsed, the dose was raised as follows: (1) people on placebo started the "
        "drug, (2) people on the low dose had it doubled, and (3) people on the high dose had it "
        "twice a week.",
        # numbers out of order are no list
        "The following conclusions are drawn: (2) walking helps; (1) rest helps.",
        # no lead-in
        "We found that (1) walking eased tiredness and (2) rest did not.",
    ],
)
def test_other_lists_are_left_as_they_are(text: str) -> None:
    assert listed_clauses(text) is None


def test_the_above_points_back_anywhere_in_the_sentence() -> None:
    assert leans_back("Supplementation with the above vitamins is a safe way to ease tiredness.")
    assert not leans_back("Supplementation with vitamin D is a safe way to ease tiredness.")
