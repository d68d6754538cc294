"""A headline form's fit is kept by its text and the sentence it was cut from (speed, issue 9):
the same form cut from a sentence that reports a finding may head, and neither the form whole
nor the same words cut from a sentence that reports none may, however often each is asked.
Sentences written for the tests."""

from __future__ import annotations

from plainsum.plain.headline.form_fit import fits
from plainsum.plain.simplify import measured

FORM = "Home exercise in people with MS was the subject of the trial."
FOUND = "The trial showed that home exercise reduced fatigue in people with MS."
NOT_FOUND = "The trial of home exercise in people with MS ran for twelve weeks."


def test_a_cut_form_fits_by_the_sentence_it_was_cut_from() -> None:
    found, not_found = measured(FOUND, (0,)), measured(NOT_FOUND, (1,))
    for _ in range(2):  # asked again: the kept answers are the same
        assert fits(found, True, FORM, frozenset(), 30, True)
        assert not fits(found, False, FORM, frozenset(), 30, True)
        assert not fits(not_found, True, FORM, frozenset(), 30, True)


def test_length_and_dropped_forms_are_judged_before_the_kept_answer() -> None:
    found = measured(FOUND, (0,))
    assert fits(found, True, FORM, frozenset(), 30, True)
    assert not fits(found, True, FORM, frozenset({FORM}), 30, True)
    assert not fits(found, True, FORM, frozenset(), 5, True)
