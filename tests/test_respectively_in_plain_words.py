"""Issue 9 (true, whole sentences): ", respectively" pairs figures with things named in order.
Where the sentence names them ("in the drug and placebo groups") the order says it and it goes;
where it names none (they are in the sentence before), dropped it would leave "Disability
worsened in 21% and 19%" saying nothing of which is which (the lead's hand-written v10): it is
said plainly. Sentences written for these tests (plain/simplify.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import rewrite


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Disability worsened in 21% and 19%, respectively.",
            "Disability worsened in 21% and 19%, in that order.",
        ),
        (
            "Protection was 81%, 57%, and 90%, respectively.",
            "Protection was 81%, 57%, and 90%, in that order.",
        ),
    ],
)
def test_respectively_with_nothing_named_beside_it_is_said_plainly(text, plain):
    assert rewrite(text) == plain


def test_respectively_after_the_things_it_pairs_goes():
    out = rewrite("Remission was 27% and 20% in the drug and the placebo groups, respectively.")
    assert "respectively" not in out
    assert "in that order" not in out
