"""Abbreviations check: what counts as the same long form and as spelling an abbreviation
(issue 13: tests that fail when the code is wrong)."""

import pytest

from plainsum.checks.long_forms import _spells, same_long_form


@pytest.mark.parametrize(
    "a,b",
    [
        ("risk ratio", "a risk ratio estimate"),  # one holds the other
        ("relapsing remitting multiple sclerosis", "relapsing remitting"),
    ],
)
def test_a_long_form_holding_the_other_is_the_same(a, b):
    assert same_long_form(a, b) and same_long_form(b, a)


@pytest.mark.parametrize(
    "short,long_form,spells",
    [
        ("MS", "multiple sclerosis", True),
        # the letters are there, but the first word does not start with the first letter
        ("MS", "severe multiple sclerosis", False),
        ("CT", "new computed tomography", False),
    ],
)
def test_a_long_form_spells_an_abbreviation_from_its_first_word(short, long_form, spells):
    assert _spells(short, long_form) is spells
