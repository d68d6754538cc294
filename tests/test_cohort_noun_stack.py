""" "Cohort" before the nouns it modifies is the cohort's own people or data ("168 cohort
children", "the cohort data"): said "group" there, the stack reads as a count of groups or
breaks ("Hydroxyurea was given to 168 group sickle cell anemia children", a reader's firm
broken, 29555644). The paper's word stays; "a cohort of 200 adults", "the cohort was followed"
still read "group" (issue 9, whole sentences). Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import load_glossary


@pytest.mark.parametrize(
    "sentence",
    [
        "The drug was given to 140 cohort children with thalassaemia.",
        "The drug was given to 140 cohort SCD children.",
        "We analysed the cohort data from two clinics.",
        "Older cohort members had more relapses.",
    ],
)
def test_cohort_before_its_nouns_stays(sentence: str) -> None:
    plain = load_glossary().plain(sentence)
    assert "cohort" in plain
    assert "group" not in plain


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("We followed a cohort of 310 adults with MS.", "a group of 310 adults"),
        ("The cohort was followed for eight years.", "The group was followed"),
        ("Both cohorts had more relapses in winter.", "Both groups had"),
        ("The cohort had more women than men.", "The group had more women"),
    ],
)
def test_cohort_as_a_noun_is_a_group(sentence: str, said: str) -> None:
    assert said in load_glossary().plain(sentence)
