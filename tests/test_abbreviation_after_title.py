"""A long form that opens the abstract after a title with no full stop is the sentence's capital,
not a name's (issue 9): "help human Oligodendrocyte precursor cells mature" read as a slip."""

from __future__ import annotations

from plainsum.plain.abbreviations import find_definitions

TITLE = "Zinc signalling in human microglial progenitor cells"


def test_a_long_form_opening_the_text_after_a_title_is_lower_cased() -> None:
    text = f"{TITLE}\n\nMicroglial progenitor cells (MPCs) renew the brain's immune cells."
    assert find_definitions(text) == {"MPCs": "microglial progenitor cells"}


def test_a_name_after_a_title_keeps_its_capitals() -> None:
    text = f"{TITLE}\n\nEpstein-Barr virus (EBV) infects most adults."
    assert find_definitions(text) == {"EBV": "Epstein-Barr virus"}


def test_a_long_form_wrapped_over_a_line_is_still_found() -> None:
    text = "We studied adults with relapsing multiple\nsclerosis (MS) in two clinics."
    assert find_definitions(text)["MS"] == "multiple sclerosis"
