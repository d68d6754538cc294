"""A purpose that points back at questions the summary never asked is dropped from the sentence
(issue 9): "To address these questions, the researchers explored ..." with no questions before it
(plaba 32489015, a reader's firm broken sentence at 97019d0)."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "To address these questions, we measured vitamin D in 80 adults with MS.",
            "The researchers measured vitamin D in 80 adults with MS.",
        ),
        (
            "To test this hypothesis, we fed mice a low-salt diet for six weeks.",
            "The researchers fed mice a low-salt diet for six weeks.",
        ),
    ],
)
def test_the_purpose_pointing_back_goes(sentence: str, plain: str) -> None:
    assert [p.text for p in plain_sentences(sentence)] == [plain]


def test_a_purpose_that_names_what_it_is_stays() -> None:
    sentence = "To test whether salt matters, we fed mice a low-salt diet for six weeks."
    [piece] = plain_sentences(sentence)
    assert piece.text.startswith("To test whether salt matters")
