"""A verb in the wrong form after 'have' (have_bare) and a comparison joined by 'to'
(comparison_to): what a swap or a half-done rewrite leaves (issue 8 item 3; the gate corpus's
"had improve" and "did worse to the placebo" variants passed before). Sentences written for
these tests; the whole ones beside them must pass."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems


def rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Most people said their walking had improve.", "have_bare"),
        ("The drug has reduce the number of relapses.", "have_bare"),
        ("Two people have not recover from the side effects.", "have_bare"),
        ("People on the drug did worse to the placebo group.", "comparison_to"),
        ("Pain scores were higher to those on usual care.", "comparison_to"),
    ],
)
def test_a_broken_form_is_named(sentence: str, rule: str) -> None:
    assert rule in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most people said their walking had improved.",
        "The drug has become a common choice.",
        "People on the drug had lower pain scores.",
        "Some had help from a nurse at home.",
        "Two people had a relapse during the trial.",
        "It is better to walk every day than to sit.",
        "Pain scores were higher than in those on usual care.",
        "Levels fell back to the level seen at the start.",
    ],
)
def test_whole_sentences_pass(sentence: str) -> None:
    assert not rules(sentence) & {"have_bare", "comparison_to"}
