"""A list's last item, a noun phrase whose only verb-like word is a participle after its last
noun ("..., and parents' views of health workers and the information provided"), is never split
off as a sentence of its own (issue 9: a review's headline was that fragment, "Parents'
perceptions of health workers and the information provided", and the gate passed it).
Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.splits import split_long


def test_a_lists_last_item_stays_in_its_sentence() -> None:
    text = (
        "Clinics should consider the timing for giving advice to patients, the places where "
        "advice is available, the provision of clear advice tailored to patients' needs, and "
        "patients' views of nurses and the advice provided."
    )
    assert split_long(text) == [text]


def test_two_clauses_joined_by_and_still_split() -> None:
    text = (
        "The drug lowered blood pressure in most of the adults who took part, and the people in "
        "the control group stayed the same."
    )
    assert len(split_long(text)) == 2
