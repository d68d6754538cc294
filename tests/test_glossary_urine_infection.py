"""A urinary tract infection is a urine infection, not a bladder infection (issue 9, a false
narrowing): a freeze reader at stop 57 marked plaba-34508491's "presented with left flank pain and
bladder infection" false, the abstract saying "urinary tract infection" (flank pain points to the
kidney, not the bladder). Sentences written for this test."""

from __future__ import annotations

from plainsum.plain.glossary import plain_words


def test_a_urinary_tract_infection_is_not_narrowed_to_the_bladder() -> None:
    out = plain_words("She had back pain and a urinary tract infection after the operation.")
    assert "bladder" not in out
    assert "urine infection" in out
