"""A bracketed capital short form after a phrase whose words do not spell it is no definition:
"few significant effects on biological (STI) outcomes" never makes STI "significant effects on
biological" (lead, stop 54, from draft54r's report on CD001035)."""

from plainsum.plain.abbreviations import find_definitions
from plainsum.plain.long_form_guess import plausible


def test_a_phrase_that_spells_only_the_first_letter_is_no_long_form():
    assert not plausible("STI", "significant effects on biological")
    text = "There were few statistically significant effects on biological (STI) outcomes."
    assert "STI" not in find_definitions(text)


def test_real_long_forms_still_count():
    assert plausible("PTSD", "post-traumatic stress disorder")
    assert plausible("DNA", "deoxyribonucleic acid")
    assert plausible("AST", "aspartate aminotransferase")
    assert plausible("MTX", "methotrexate")
    text = "Children with post-traumatic stress disorder (PTSD) were treated."
    assert find_definitions(text)["PTSD"] == "post-traumatic stress disorder"
