"""A long form that opens on a minor word ("in vitro fertilisation (IVF)") is the words that
each give one letter, never a longer tail that reaches back to a verb for the first letter
("improve outcomes of in vitro fertilisation"): a growth-hormone review's conclusion read "The
use of growth hormone in improve outcomes of in vitro fertilisation treatment protocols".
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import find_definitions


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "To improve outcomes of in vitro fertilisation (IVF), some clinics add a hormone.",
            "IVF",
            "in vitro fertilisation",
        ),
        (
            "Ways to increase success of in vitro fertilization (IVF) cycles were compared.",
            "IVF",
            "in vitro fertilization",
        ),
        # a minor word inside the long form still spells nothing by itself
        ("We measured the range of motion (ROM) of the knee.", "ROM", "range of motion"),
        ("The number needed to treat (NNT) was five.", "NNT", "number needed to treat"),
    ],
)
def test_the_long_form_is_the_words_that_spell_it(text: str, short: str, long: str) -> None:
    assert find_definitions(text)[short] == long
