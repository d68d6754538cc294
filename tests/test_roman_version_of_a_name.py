"""A Roman numeral joined to a name as its version ("Beck Depression Inventory-II", "DSM-IV") is
no abbreviation to explain; "IV" on its own still is one (intravenous)."""

from plainsum.checks.abbreviations import unexplained_abbreviations


def test_a_version_numeral_is_no_abbreviation():
    text = "Depression was scored on the Beck Depression Inventory-II and the DSM-IV criteria."
    assert not {"II", "IV"} & set(unexplained_abbreviations(text))


def test_iv_alone_is_still_an_abbreviation():
    assert "IV" in unexplained_abbreviations("The drug was given by IV drip for two days.")
