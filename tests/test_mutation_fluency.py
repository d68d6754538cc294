"""Fluency rules that need a word's form, at their edges (issue 13: tests that fail when the
code is wrong). Sentences written for these tests."""

import pytest

from plainsum.checks.fluency import text_problems


@pytest.mark.parametrize(
    "sentence",
    [
        # a capitalised word before 'to' mid-sentence: the verb is part of a name in title case
        "Patients joined the Trial to Reduce fatigue.",
        "People in the Study to Improve walking did well.",
    ],
)
def test_a_capital_after_to_inside_a_name_is_not_a_capitalised_verb(sentence):
    assert "capital_verb" not in {p.rule for p in text_problems(sentence)}


def test_a_capital_after_to_in_plain_words_is_a_capitalised_verb():
    problems = [p for p in text_problems("The team planned to Reduce the dose.")]
    assert [p.rule for p in problems] == ["capital_verb"], problems
