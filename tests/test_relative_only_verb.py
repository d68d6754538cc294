"""A noun phrase whose only verb is inside its relative clause is a fragment, in the body and in
the headline (issue 8 item 3: a draft was headed with a list item of this kind and passed the
gate). Sentences written for these tests, in the style of abstracts and of drafts; the whole
sentences beside them must pass."""

from __future__ import annotations

import pytest
from gate_texts import LAB_SOURCE, LAB_SUMMARY, edit

from plainsum.checks.fluency import check_fluency, sentence_problems, text_problems
from plainsum.checks.relative_only_verb import relative_only_verb
from plainsum.schemas import Severity


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "The hidden strain of caring at night, and clinics that treat the patient but not "
            "the partner",
            "clinics that",
        ),
        ("Practical help for families, and nurses who visit the home each week.", "nurses who"),
        ("Adults with relapsing MS whose symptoms had settled within a month.", "MS whose"),
        ("A long wait for a first scan, which delays the diagnosis.", "scan which"),
    ],
)
def test_a_noun_phrase_with_its_only_verb_in_a_relative_clause_is_a_fragment(
    sentence: str, span: str
) -> None:
    assert relative_only_verb(sentence) == span
    assert "relative_only" in {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "People who walk daily sleep better than those who do not.",
        "Women who took the tablets had fewer relapses.",
        "The review suggests that the exercise plan lowers tiredness.",
        "Current evidence shows that this kind of training helps balance.",
        "The cream works by raising proteins that calm the skin.",
        "The trial starts with a scan that measures brain volume.",
        "Patients on that drug relapsed less often than before.",
        "Aspirin lowers that risk by a tenth.",
        "We therefore suggest that the dose is kept low.",
        "Smoking, which harms the lungs, also speeds up disability.",
        "Who gains most from starting treatment early?",
        "Exercise for tiredness in MS: a review of trials that compared programmes",
    ],
)
def test_a_sentence_with_a_main_verb_or_a_label_passes(sentence: str) -> None:
    assert relative_only_verb(sentence) is None
    assert "relative_only" not in {p.rule for p in sentence_problems(sentence)}


def test_the_headline_fragment_is_an_error_though_the_headline_has_no_verb_rule() -> None:
    headline = "Lonely nights of care at home, and services that see the patient but not the carer"
    findings = [f for f in check_fluency(edit(LAB_SUMMARY, headline=headline), LAB_SOURCE.text)]
    assert [(f.section, f.span, f.severity) for f in findings] == [
        ("headline", "services that", Severity.ERROR)
    ]
    # a headline that is a label with no verb at all stays the headline check's business
    label = "Growth of a herpes virus in brain cells in the lab"
    assert check_fluency(edit(LAB_SUMMARY, headline=label), LAB_SOURCE.text) == []


def test_a_fragment_another_rule_already_names_is_not_named_twice() -> None:
    problems = text_problems("People who napped for longer more likely to have diabetes.")
    assert {p.rule for p in problems} & {"no_main_verb", "relative_only"} == {"no_main_verb"}
