"""The clause a claim sits in (plainsum.checks.text.clause_bounds), which the overclaim checks
read for a negation or a hedge: cut at semicolons, colons and contrasts. Written for these
tests."""

import pytest

from plainsum.checks.text import clause_bounds


@pytest.mark.parametrize(
    "sentence,word,clause",
    [
        ("Fatigue fell; walking did not change.", "walking", " walking did not change."),
        ("It may help, but it cures no one.", "cures", " it cures no one."),
        ("It may help, but it cures no one.", "help", "It may help, but"),
        ("Sleep improved, although pain did not.", "pain", " pain did not."),
        ("Two results: pain fell and sleep rose.", "sleep", " pain fell and sleep rose."),
        ("Pain fell and sleep rose.", "sleep", "Pain fell and sleep rose."),
    ],
)
def test_the_clause_around_a_word(sentence: str, word: str, clause: str) -> None:
    start = sentence.index(word)
    a, b = clause_bounds(sentence, start, start + len(word))
    assert sentence[a:b] == clause
