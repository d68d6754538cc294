"""A vitamin's letter code is its name, not an abbreviation the headline's chooser costs
(issue 9). Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.headline.rank import UNEXPLAINED_COST, form_cost
from plainsum.plain.headline.vitamin_names import without_vitamin_codes


def test_the_codes_after_vitamin_go() -> None:
    assert without_vitamin_codes("People on the drug had low vitamin B12 levels") == (
        "People on the drug had low vitamin levels"
    )
    assert "D3" not in without_vitamin_codes("Vitamin D3 and vitamins B6 and B12 were given")
    assert "B12" not in without_vitamin_codes("Vitamin D3 and vitamins B6 and B12 were given")


def test_a_code_not_after_vitamin_stays() -> None:
    # an abbreviation of another kind, or a code standing alone, is left for the chooser to cost
    assert without_vitamin_codes("Levels of IL6 and B12 were measured") == (
        "Levels of IL6 and B12 were measured"
    )


def test_a_form_with_a_vitamin_code_costs_nothing_for_it() -> None:
    assert form_cost("People who take the drug more often have low vitamin B12") < UNEXPLAINED_COST
    # an unexplained abbreviation still costs
    assert form_cost("People who take the drug more often have low TSQ scores") >= UNEXPLAINED_COST
