"""A long sentence whose ", and" closes a list of clauses is not split there: the first half
would be two clauses joined by a comma ("A improved, B fell."), which no editor can publish."""

import pytest

from plainsum.plain.splits import split_long

LISTS = [
    "Total pain scores improved, fewer people reported poor sleep, and more people returned "
    "to work with the new programme at twelve months compared with the waiting list.",
    "Walking speed improved in both groups, fatigue scores fell in the exercise group only, "
    "and mood did not change in either group over the twelve weeks of the study.",
    "Relapse rates fell in the first year, new brain lesions were fewer on the scans, but "
    "disability scores did not differ between the two groups at the end of the second year.",
]


@pytest.mark.parametrize("text", LISTS)
def test_the_list_stays_one_sentence(text: str) -> None:
    assert split_long(text, 20) == [text]


def test_a_phrase_before_the_first_clause_still_splits() -> None:
    # the comma after an opening phrase is no list of clauses: two whole sentences
    text = (
        "After six months of treatment, the people given the drug walked faster than before, "
        "and the people given the dummy pill walked no faster than they had at the start."
    )
    pieces = split_long(text, 20)
    assert len(pieces) == 2
    assert pieces[1].startswith("The people given the dummy pill")


def test_a_clause_after_a_subordinate_one_still_splits() -> None:
    # "Although A, B, and C": the first comma closes the "although" clause, no list of clauses
    text = (
        "Although several lab studies have grown live virus from air samples hours after "
        "release, the studies in real homes report very low levels of the virus, and few have "
        "found any virus that could still infect."
    )
    pieces = split_long(text, 20)
    assert len(pieces) == 2
    assert pieces[1] == "Few have found any virus that could still infect."
