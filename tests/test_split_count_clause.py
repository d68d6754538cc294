"""A semicolon before a clause that opens on a count ("...; only 9 of them had been diagnosed
before") splits a long result into two whole sentences, the second leaning on the first; a
result that opens on a phrase ("Of 198 who finished testing, 71 had ...") is whole."""

import pytest

from plainsum.plain.pick import leans_back
from plainsum.plain.splits import split_long

LONG = (
    "Of 310 who returned the form, 84 had moderate or severe restless legs, defined by a score "
    "of 11 or more on the rating scale; only 12 of them had been told so by a doctor."
)


def test_a_count_clause_after_a_semicolon_is_its_own_sentence() -> None:
    first, second = split_long(LONG, 25)
    assert first.startswith("Of 310 who returned the form, 84 had")
    assert second == "Only 12 of them had been told so by a doctor."
    assert leans_back(second) and not leans_back(first)


@pytest.mark.parametrize(
    "text",
    [
        "Only 12 of them had been told so by a doctor.",
        "Nearly half of them stopped the drug early.",
        "Just two of those had a relapse.",
    ],
)
def test_a_count_of_them_leans_on_the_sentence_before(text: str) -> None:
    assert leans_back(text)


def test_a_count_of_a_named_group_does_not_lean() -> None:
    assert not leans_back("Only one of the six trials was blinded.")


def test_a_harm_after_a_semicolon_that_opens_on_a_count_is_its_own_sentence() -> None:
    text = (
        "Rashes were seen in 4.1% of people taking the new tablet and 1.9% of those taking the "
        "old one; three people taking the new tablet had a skin reaction that needed care in "
        "hospital."
    )
    assert split_long(text, 25)[-1] == (
        "Three people taking the new tablet had a skin reaction that needed care in hospital."
    )
