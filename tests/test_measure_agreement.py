"""A measure of things whose verb agrees with the things (issue 8; stop 47's readers saw the gate
pass a draft's "The rate of ... were not clearly different"): the head is singular, so the verb
is too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems
from plainsum.checks.fluency_grammar import subject_agreement


@pytest.mark.parametrize(
    "sentence, span",
    [
        (
            "The rate of infections, strokes and heart attacks were not clearly different.",
            "rate of infections, strokes and heart attacks were",
        ),
        ("The safety of the creams were good in both trials.", "safety of the creams were"),
        (
            "After a year, the risk of falls and fractures were lower.",
            "risk of falls and fractures were",
        ),
        ("The change in pain and in sleep were small.", "change in pain and in sleep were"),
    ],
)
def test_a_singular_measure_with_a_plural_verb_is_caught(sentence: str, span: str) -> None:
    assert subject_agreement(sentence) == span
    assert "subject_agreement" in {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rate of infections was lower with the cream.",
        # two subjects joined: the verb is plural
        "The rate of falls and the number of fractures were lower.",
        # the plural verb belongs to a clause inside the subject
        "The risk of death in people who took the drug was lower.",
        "The risk of death in people who took the drug were lower than expected for",
        # heads that many writers let the things decide
        "The number of people with side effects were similar.",
        "The majority of the children were boys.",
    ],
)
def test_a_measure_whose_verb_may_be_plural_is_not_caught(sentence: str) -> None:
    assert subject_agreement(sentence) is None
