"""A clause before a colon that has its own verb is the sentence's, not a heading (issue 9):
"Three themes emerged: X, Y, and Z." was drafted as the fragment "X, Y, and Z." (the gate
failed it: no verb)."""

from __future__ import annotations

import pytest

from plainsum.plain.labels import strip_label
from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    "sentence",
    [
        "Four themes emerged: losing a job, telling family, coping with fatigue, and planning.",
        "Two patterns were seen: early relapses and late relapses.",
        "Nine people had side effects: 6 in the drug group and 3 in the placebo group.",
    ],
)
def test_a_clause_with_a_verb_before_the_colon_stays(sentence: str) -> None:
    assert strip_label(sentence) == sentence
    [piece] = plain_sentences(sentence)
    assert piece.text.startswith(sentence.split(":")[0])


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("Primary outcome: walking speed rose by a tenth.", "walking speed rose by a tenth."),
        ("Included studies: nine trials met the criteria.", "nine trials met the criteria."),
        ("Adverse events: two people had headaches.", "two people had headaches."),
        # a verb whose object the colon opens: what follows is no sentence with it either
        (
            "We aimed to explore: the effect of timing and of place.",
            "the effect of timing and of place.",
        ),
    ],
)
def test_a_heading_before_the_colon_goes(sentence: str, rest: str) -> None:
    assert strip_label(sentence) == rest
