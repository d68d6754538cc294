"""Issue 8 (a gate that fails a correct sentence for its wording is wrong): a substance named as
"<word> acid" ("Lipoic acid did not slow brain shrinkage", "tranexamic acid") and an
antihistamine ("clemastine") are medicine-like names a reader takes for substances: a warning for
an editor, as other medicine names are, not an error (readers at stop 56's freeze: the gate
failed single drug names while multi-word technical terms passed). Sentences written for these
tests (checks/drug_names.py)."""

from __future__ import annotations

from plainsum.checks.drug_names import drug_name, in_medicine_slot


def test_a_word_before_acid_stands_where_a_substance_stands():
    text = "Lipoic acid did not slow brain shrinkage in progressive MS."
    assert in_medicine_slot(text, 0, len("Lipoic"))


def test_a_word_before_another_noun_is_not_in_a_medicine_slot():
    text = "Lipoic scores did not change."
    assert not in_medicine_slot(text, 0, len("Lipoic"))


def test_an_antihistamine_ending_is_a_medicine_name():
    assert drug_name("clemastine")
    assert not drug_name("pristine")
