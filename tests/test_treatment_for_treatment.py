"""Swaps that would say a word twice (issue 9): "interventions for the treatment of X" swapped
read "treatments for the treatment of X" (a reader's broken phrase); it says "treatments for X".
"non pharmacological", the paper's missing hyphen, swapped is "non-drug". Sentences written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "We looked at non pharmacological interventions for the treatment of fatigue in MS.",
            "We looked at non-drug treatments for fatigue in MS.",
        ),
        (
            "There is no evidence that ultrasound therapy helps in the treatment of leg ulcers.",
            "There is no evidence that ultrasound treatment helps in the treatment of leg ulcers.",
        ),
        (
            "No trials tested drug therapies for the treatment of dry eye.",
            "No trials tested drug treatments for dry eye.",
        ),
        (
            "Ultrasound therapy in the treatment of leg ulcers did not speed healing.",
            "Ultrasound treatment for leg ulcers did not speed healing.",
        ),
    ],
)
def test_a_swap_never_says_treatment_twice(text: str, plain: str) -> None:
    assert plain_words(text) == plain
