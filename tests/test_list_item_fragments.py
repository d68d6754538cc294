"""Items of a list lifted as sentences are fragments (issue 9): a compound adjective ending in
"-ed" is no verb ("Clinically and biochemically well-defined disorder."), and a noun phrase
whose only verb is its relative clause's ("A survey which was sent to all the clinics.") has
no main clause; the readers found both in a draft. Whole sentences with a relative clause stay.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.wholeness import broken, is_sentence


@pytest.mark.parametrize(
    "text",
    [
        "Clearly and simply well-described illness.",
        "A placebo-controlled design with two arms.",
        "A letter which was posted to every family doctor in the region.",
        "Home visits which were made by two nurses in the first year.",
    ],
)
def test_a_list_item_is_no_sentence(text: str) -> None:
    assert not is_sentence(text)
    assert broken(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Patients who received the drug had fewer relapses over two years.",
        "People who were given the drug were less tired at the end of the trial.",
        "Children who took the vitamin grew taller over the two years.",
        "Mice which lacked the gene lived longer than the other mice.",
        "The study which the authors ran in Spain found no effect on pain.",
        "Patients re-treated the wounds with a new cream after a month.",
        "The trial was placebo-controlled and lasted a year.",
    ],
)
def test_a_sentence_with_a_relative_clause_stays_whole(text: str) -> None:
    assert is_sentence(text)
