"""MS treatment words a reader meets in trial and cohort abstracts are explained where first used
("anti-CD20 treatments", "cholecalciferol", "sphingosine-1-phosphate receptor modulator"), also
before a verb in the present tense ("whether oral cholecalciferol reduces ..."), and never with
a name the paper does not use (a bracket "vitamin D3" failed the gate's faithfulness check on a
paper that says only "vitamin D"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.explain import explain_terms


@pytest.mark.parametrize(
    ("sentence", "explained"),
    [
        (
            "The researchers wanted to find out whether high-dose oral cholecalciferol reduces "
            "relapses in adults with MS.",
            "cholecalciferol (a form of vitamin D) reduces",
        ),
        (
            "The study compared the rate of serious infections with anti-CD20 treatments and "
            "with other drugs.",
            "anti-CD20 treatments (drugs that remove B cells, a type of immune cell)",
        ),
        (
            "The trial tested an oral sphingosine-1-phosphate receptor modulator in adults with "
            "relapsing MS.",
            "modulator (a drug that keeps some white blood cells in the lymph nodes)",
        ),
    ],
)
def test_ms_treatment_words_are_explained(sentence: str, explained: str) -> None:
    assert explained in explain_terms(sentence)


def test_a_term_inside_a_noun_phrase_is_left_for_its_next_use() -> None:
    sentence = "Relapses were fewer in the cholecalciferol group than in the placebo group."
    assert explain_terms(sentence) == sentence


def test_no_explanation_names_a_vitamin_the_paper_may_not_name() -> None:
    said = explain_terms("Whether oral cholecalciferol reduces relapses is not known.")
    assert "D3" not in said
