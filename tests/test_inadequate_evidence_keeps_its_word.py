""" "Inadequate" of how much evidence or data there is means "not enough": swapped for "poor" it
read "There is poor trustworthy evidence to check X" (a reader's broken headline). There it
stays as written; of other things ("an inadequate diet") the plain word still fits."""

from plainsum.plain.glossary import plain_words


def test_inadequate_evidence_keeps_its_word():
    said = plain_words("There is inadequate trustworthy evidence to judge the effects of yoga.")
    assert "inadequate trustworthy evidence" in said
    assert "poor" not in said
    assert "inadequate data" in plain_words("The trials gave inadequate data on side effects.")


def test_inadequate_of_other_things_is_still_plain():
    assert "poor diet" in plain_words("Many of the children had an inadequate diet.")
