"""Faithfulness check at its limits: names beside numbers, words exactly as common as a name
may be, long forms at the very start of a text, what a finding tells the editor (issue 13:
tests that fail when the code is wrong). Texts written for these tests."""

import pytest
from gate_texts import LAB_SOURCE, LAB_SUMMARY, edit

from plainsum.checks.faithfulness import (
    NAME_ZIPF,
    check_faithfulness,
    name_candidates,
    number_mentions,
    unsupported_names,
)
from plainsum.checks.text import zipf

# Words exactly as common as NAME_ZIPF: common enough to be words, not names.
AT_THE_LIMIT = "blister"
DRUG_ENDING_AT_THE_LIMIT = "nucleotide"  # ends like a drug ("-tide")


def test_the_limit_words_sit_on_the_limit():
    assert zipf(AT_THE_LIMIT) == NAME_ZIPF == zipf(DRUG_ENDING_AT_THE_LIMIT)


def test_a_word_as_common_as_the_limit_before_a_hyphen_leaves_a_number():
    """'blister-2' is a word and a number (like 'day-7'), not a name like 'IL-17'."""
    text = f"The {AT_THE_LIMIT}-2 grade was rare."
    assert [value for value, _, _ in number_mentions(text)] == ["2"]
    assert name_candidates(text) == set()


def test_a_drug_ending_on_a_word_as_common_as_the_limit_is_no_name():
    assert name_candidates(f"One {DRUG_ENDING_AT_THE_LIMIT} was changed.") == set()


def test_a_lower_case_word_and_number_opening_the_text():
    """The word before the hyphen is read whole, even at the very start of the text."""
    assert [value for value, _, _ in number_mentions("week-12 scores improved.")] == ["12"]


def test_a_word_and_number_does_not_hide_the_names_after_it():
    assert name_candidates("At week-12, miR-155 levels fell.") == {"miR-155"}


@pytest.mark.parametrize("text", ["B cells that carry CD19 fell.", "Levels of IL17 rose."])
def test_digits_after_letters_belong_to_the_name(text):
    assert number_mentions(text) == []


def test_a_name_with_digits_the_paper_lacks_is_one_name_finding_not_a_number_too():
    text = LAB_SUMMARY.what_the_study_did + " B cells that carry CD19 took up the virus."
    findings = check_faithfulness(LAB_SOURCE, edit(LAB_SUMMARY, what_the_study_did=text))
    assert [f.message for f in findings] == ["The name 'CD19' is not in the source."]


def test_a_long_form_that_opens_the_text_defines_its_abbreviation():
    """'Nerve fibre layer (RNFL)': the paper's long form, though the summary's text begins with
    it (no word before it to read)."""
    # the paper's words do not spell RNFL in a row, so only the summary's definition supports it
    source_text = "We measured the nerve fibre layer of the retina in 40 adults with MS."
    text = "Nerve fibre layer (RNFL) thickness fell over two years."
    assert unsupported_names(source_text, text) == []
    assert unsupported_names(source_text, "The RNFL thickness fell.") == ["RNFL"]


def test_an_invented_number_finding_says_how_to_fix_it():
    text = LAB_SUMMARY.what_the_study_did + " The cells were kept for 96 hours."
    (found,) = check_faithfulness(LAB_SOURCE, edit(LAB_SUMMARY, what_the_study_did=text))
    assert found.message == "The number 96 is not in the source."
    assert found.hint.startswith("Use only numbers the paper gives")
    assert found.hint.endswith("or leave the number out.")


@pytest.mark.parametrize("text", ["People with COVID-19 did well.", "HIV-1 was not found."])
def test_a_known_abbreviation_with_a_number_is_no_name_to_hold_to_the_paper(text):
    """COVID and HIV are words every reader knows; 'COVID-19' and 'HIV-1' are them too."""
    assert name_candidates(text) == set()
