"""A one-word long form is what the paper's short form stands for only where nothing says it is
part of a longer name (plain/one_word_forms.py, used by plain/abbreviations.find_definitions).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import expand, find_definitions
from plainsum.plain.one_word_forms import completed, name_may_stand_for, tail_of_longer


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # the tail of a longer name: a common word, or a word code with a qualifier after it
        ("We measured antibodies to insulin (IAA) in the children.", "IAA"),
        ("The tests had high positive (PPVs) and negative values.", "PPVs"),
        ("Babies with high fetal haemoglobin (HbF) had fewer crises.", "HbF"),
        ("The apparent oral clearance (CL/F) fell with age.", "CL/F"),
        ("The renal clearance (CLR) fell with age.", "CLR"),
    ],
)
def test_one_word_that_is_part_of_a_longer_name_defines_nothing(text: str, short: str) -> None:
    assert short not in find_definitions(text)


@pytest.mark.parametrize(
    ("text", "short", "long_form"),
    [
        ("Children were given desmopressin (DDAVP) at night.", "DDAVP", "desmopressin"),
        ("The clearance (CL) of the drug fell with age.", "CL", "clearance"),
        (
            "Muscle activity was read by masseteric electromyography (EMG).",
            "EMG",
            "electromyography",
        ),
        ("Adults took soy-derived phosphatidylserine (PS) daily.", "PS", "phosphatidylserine"),
        ("Drugs were given by the intravenous (IV) route.", "IV", "intravenous"),
    ],
)
def test_one_word_that_is_the_whole_name_is_kept(text: str, short: str, long_form: str) -> None:
    assert find_definitions(text)[short] == long_form


def test_a_head_word_of_one_vetted_long_form_is_made_whole() -> None:
    text = "The mean was 2 (95% confidence (CI) 1 to 3). The CI was wide in the small trials."
    defined = find_definitions(text)
    assert defined["CI"] == "confidence interval"
    assert "The confidence interval was wide" in expand(text, defined)
    assert find_definitions("There were few adverse (AEs) events.")["AEs"] == "adverse events"


def test_completion_needs_one_vetted_long_form_that_the_word_opens() -> None:
    assert completed("CI", "confidence") == "confidence interval"
    assert completed("CI", "cardiac") == "cardiac index"
    assert completed("CI", "clinical") == "clinical"  # no vetted sense opens so: as written
    assert completed("CI", "confidence interval") == "confidence interval"
    assert completed("XYZ", "xylene") == "xylene"


def test_a_name_may_stand_for_a_code_only_when_rare_and_unqualified() -> None:
    assert name_may_stand_for("DDAVP", "desmopressin")
    assert not name_may_stand_for("IAA", "insulin")  # common word: the tail of a name
    assert not name_may_stand_for("HbA1c", "hemoglobin")  # "Hb" plus a qualifier
    assert not name_may_stand_for("CL/F", "clearance")


def test_tail_of_longer_needs_an_adjective_opening_with_the_last_letter() -> None:
    assert tail_of_longer("CLR", "clearance", "the renal clearance ")
    assert not tail_of_longer("CLR", "clearance", "the renal, clearance ")
    assert not tail_of_longer("EMG", "electromyography", "by masseteric electromyography ")
    assert not tail_of_longer("CLR", "renal clearance", "the renal clearance ")
