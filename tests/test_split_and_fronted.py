"""'X was seen within a day and, at the end of treatment, Y was found': the comma after 'and'
opens a phrase set before the second clause, so the sentence splits there as ', and at the end
of treatment, Y' does (a 44-word result of a monkey study, PLOS pntd.0001734, was left out
whole, and the draft said no result)."""

from __future__ import annotations

import pytest

from plainsum.plain.splits import split_long


def test_and_before_a_fronted_phrase_splits_into_two_whole_sentences() -> None:
    text = (
        "Parasite counts in the blood fell a hundred-fold within two days of the second dose "
        "and, at the last check made a week after the final dose, no parasites were found in "
        "the blood or spinal fluid of any of the treated rats."
    )
    assert split_long(text) == [
        "Parasite counts in the blood fell a hundred-fold within two days of the second dose.",
        "At the last check made a week after the final dose, no parasites were found in the "
        "blood or spinal fluid of any of the treated rats.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the part after the phrase has no subject of its own: no second sentence
        "Patients were first given the low dose of the new tablet for a month and, in a second "
        "step lasting two more months, the higher dose or a dummy tablet until the end.",
        # short: said whole
        "Pain fell within a week and, at the end of the trial, fatigue was lower too.",
    ],
)
def test_and_before_a_phrase_stays_whole_when_no_clause_follows(text: str) -> None:
    assert split_long(text) == [text]
