"""Issue 9 (sentences dropped for one symbol): "11/40 cases", "<65 years", "∼3700" read
as debris to the drafter's fit check, which left out the whole sentence (who took part, a main
result); said in words they keep it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import plain_sentences
from plainsum.plain.symbol_words import symbols_in_words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The test found strep in 41/48 cases.", "The test found strep in 41 of 48 cases."),
        ("Virus levels rose again in 3/5 treated patients.", "in 3 of 5 treated patients"),
        ("People <40 years of age had strep more often.", "People under 40 years of age"),
        ("Adults ≥65 years were asked to take part.", "Adults at least 65 years were"),
        ("The rash covered > 50% of the skin.", "The rash covered over 50% of the skin."),
        ("Each mouse got ~20 mg of the drug.", "Each mouse got about 20 mg of the drug."),
    ],
)
def test_symbols_said_in_words(text: str, said: str) -> None:
    assert said in symbols_in_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The c.1241A>G change was common in the north.",  # a gene change
        "Doses of 20/10 mg were used.",  # a dose, not a count of a whole
        "On 12/05 the drug was stopped.",  # a date
        "Strep A/C infection was common.",  # a name
        "In 40/11 cases the test was wrong.",  # more than the whole: no count of it
        "All ∼3700 properties are backed by papers.",  # "All about" would read otherwise
        "Rashes came in 21/249 of children on the drug.",  # "21 of 249 of children" is broken
    ],
)
def test_other_symbols_stay(text: str) -> None:
    assert symbols_in_words(text) == text


def test_a_sentence_with_a_counted_slash_is_kept() -> None:
    kept = plain_sentences("The rapid test found strep in 41/48 cases in 12 practices.")
    assert [p.text for p in kept] == [
        "The rapid test found strep in 41 of 48 cases in 12 practices."
    ]
