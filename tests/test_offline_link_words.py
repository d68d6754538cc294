"""A sentence that opens on a link to the one before it ("Further,", "Similarly,", "Likewise,")
is drafted without the link: the sentence it points at may not be in the draft, and what it
says is whole without it."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    ("text", "drafted"),
    [
        (
            "Further, the dose was given daily for another two months.",
            "The dose was given daily for another two months.",
        ),
        (
            "Similarly, no clear difference was found in how long the headaches lasted.",
            "No clear difference was found in how long the headaches lasted.",
        ),
        (
            "Likewise, the salt may lower the risk of anaemia.",
            "The salt may lower the risk of anaemia.",
        ),
    ],
)
def test_a_link_to_the_sentence_before_goes(text: str, drafted: str) -> None:
    assert [p.text for p in plain_sentences(text, review=True, sources=(4,))] == [drafted]


@pytest.mark.parametrize(
    "text",
    [
        "Further studies are needed to confirm these findings in adults.",
        "Similarly sized groups were given the cream or the gel.",
    ],
)
def test_the_same_word_that_is_no_link_stays(text: str) -> None:
    assert [p.text for p in plain_sentences(text, review=True, sources=(4,))] == [text]
