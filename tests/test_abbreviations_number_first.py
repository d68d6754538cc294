"""An abbreviation that opens on its number ("6MWD", six-minute walk distance) is an
abbreviation like "EDSS" (issue 8: a development set's jargon flaw "had a better 6MWD" passed);
a number before one capital ("3D", "2D") is not. Sentences written for these tests."""

from __future__ import annotations

from plainsum.checks.abbreviations import abbreviations, unexplained_abbreviations


def test_an_abbreviation_opening_on_its_number_must_be_explained() -> None:
    assert unexplained_abbreviations("People walked further on the 6MWT after 8 weeks.") == ["6MWT"]
    assert unexplained_abbreviations("The six-minute walk test (6MWT) improved.") == []


def test_a_number_before_one_capital_is_no_abbreviation() -> None:
    assert abbreviations("A 3D scan and 2D images were taken at 10am.") == []
