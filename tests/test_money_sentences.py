"""An economic evaluation's results are prices: "The programme cost £312 per person." is a
whole sentence a reader can read, never dropped as a fragment or as symbols (lead, stop 54)."""

from plainsum.plain.simplify import plain_sentences
from plainsum.plain.wholeness import broken


def _said(text: str) -> list[str]:
    return [p.text for p in plain_sentences(text)]


def test_cost_before_a_price_is_a_verb():
    assert broken("The programme cost £312 per person.") is None
    assert broken("Each home visit costs 40 euros.") is None
    assert broken("The cost of the home visits.") is not None  # a noun: still a fragment


def test_a_price_is_readable():
    assert _said("The programme cost £312 per person.") == ["The programme cost £312 per person."]
    assert _said("The cost per visit was $85.") == ["The cost per visit was $85."]


def test_a_currency_sign_without_an_amount_is_not():
    assert _said("Savings were shown in $ terms only.") == []
