"""A headline names the animal only of what was done in it (issue 9): "... in rats" added to a
result in cells, which may have been grown in a dish, was false (readers found it for western
blots on cell lines). Sentences written for the tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.forms import headline_forms
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("sentence", "placed"),
    [
        # a result in the animal: the animal is named
        ("The herbal drug eased lung swelling and cut the number of deaths.", True),
        # a result in cells: no animal added
        ("The herbal drug lowered the release of swelling signals in immune cells.", False),
        ("The drug slowed the growth of two cancer cell lines.", False),
        ("The tea extract shielded gut epithelial cells from the toxin at higher doses.", False),
        ("The drug protected endothelial cells from damage by the bacterial toxin.", False),
        # a result about a germ or the cells it infects: work most often done in a dish
        ("Parasites without the protein entered host cells four times less often.", False),
        ("Bacteria lacking the pump grew slowly and made less toxin.", False),
        ("The mutants formed fewer spores than the parent strain.", False),
        # the sentence names its animal already
        ("The drug eased lung swelling in treated rats.", False),
    ],
)
def test_the_animal_is_named_only_of_what_was_done_in_it(sentence: str, placed: bool) -> None:
    forms = headline_forms(measured(sentence), StudyDesign.ANIMAL, "rats")
    full = forms[0][1]
    assert full.endswith(" in rats") is placed


@pytest.mark.parametrize(
    "sentence",
    [
        # a named cell in the animal keeps the animal
        "Sleep early in life speeds the growth of nerve stem cells.",
        "Losing the gene lets T cells attack the pancreas.",
    ],
)
def test_a_cell_in_the_animal_keeps_the_animal(sentence: str) -> None:
    forms = headline_forms(measured(sentence), StudyDesign.ANIMAL, "rats")
    assert forms[0][1].endswith(" in rats")


def test_an_animal_named_first_is_not_named_again() -> None:
    forms = headline_forms(
        measured("Rats without the gene grow many small cysts in the kidney."),
        StudyDesign.ANIMAL,
        "rats",
    )
    assert not forms[0][1].endswith(" in rats")
