"""Issue 9 (firm false): "In all studies a less radical treatment was compared with a more
radical one" is true of the studies the sentence before counts ("Seven trials assessed a
medical treatment"); shown alone after "The review included fifteen trials", it read as true of
all fifteen (reader w2 at stop 56's freeze). It is shown only right after the sentence it leans
on; "All studies had a high risk of bias" (no "In") is said of the whole review and stands.
Sentences written for these tests (plain/anchored.py)."""

from __future__ import annotations

from plainsum.plain.anchored import unanchored


def test_in_all_studies_leans_on_the_sentence_before():
    assert unanchored("In all studies a shorter operation was compared with a longer one.")
    assert unanchored("In all the trials the drug was given by mouth.")


def test_all_studies_as_the_subject_stands_alone():
    assert not unanchored("All studies had a high risk of bias.")
    assert not unanchored("All trials were done in high-income countries.")
