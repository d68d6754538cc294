"""One micro unit is said in the singular ("each 1 micrometre"), any other amount in the plural
(lead, stop 54, from a hand-written OCT abstract: "Each 1 micrometres of loss")."""

from plainsum.plain.symbol_words import symbols_in_words


def test_one_unit_is_singular():
    assert symbols_in_words("Each 1 μm of thinning") == "Each 1 micrometre of thinning"


def test_other_amounts_are_plural():
    assert symbols_in_words("a layer of 21 μm") == "a layer of 21 micrometres"
    assert symbols_in_words("a gap of 0.1 μm") == "a gap of 0.1 micrometres"
    assert symbols_in_words("a gap of 11 μm") == "a gap of 11 micrometres"
