"""Noun phrases standing as sentences that the generous verb test passed (issue 8 item 3):
adjective_fragment, reported_fragment, clause_fragment, and the plural subject before a
singular verb (plural_was). Sentences written for these tests, in the style of abstracts and
of the drafts that copy them; the whole sentences beside them must pass."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems
from plainsum.checks.fluency_phrases import (
    adjective_fragment,
    clause_fragment,
    plural_was,
    reported_fragment,
)


def rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Time to confirmed disability worsening over two years.", "confirmed"),
        ("Relapsing disease in most of the people in the trial.", "Relapsing"),
        ("Speed of walking with the added weights.", "walking"),
        ("Number of people with worsening fatigue after the switch.", "worsening"),
    ],
)
def test_a_noun_phrase_whose_only_verbs_describe_nouns_is_a_fragment(
    sentence: str, span: str
) -> None:
    assert adjective_fragment(sentence) == span
    assert "adjective_fragment" in rules(sentence)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("No other serious side effects noted.", "effects noted"),
        ("No differences found between the two diets.", "differences found"),
        ("No new safety signals identified during the extension.", "signals identified"),
        ("Two further cases of hepatitis reported.", "hepatitis reported"),
    ],
)
def test_a_report_with_its_auxiliary_cut_is_a_fragment(sentence: str, span: str) -> None:
    assert reported_fragment(sentence) == span
    assert "reported_fragment" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No good evidence that either dose works better than the other.",
        "Some evidence that the vaccine may lower the risk of flu.",
        "Strong evidence that the cream helps.",
    ],
)
def test_an_evidence_phrase_whose_clause_holds_the_only_verb_is_a_fragment(
    sentence: str,
) -> None:
    assert clause_fragment(sentence) == "evidence that"
    assert "clause_fragment" in rules(sentence)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Inhaled steroids was better than the dummy inhaler for cough.", "steroids was"),
        ("Daily cooling vests is linked with longer walks.", "vests is"),
        ("Active warming blankets has lowered shivering after surgery.", "blankets has"),
    ],
)
def test_a_plural_subject_before_a_singular_verb_is_broken(sentence: str, span: str) -> None:
    assert plural_was(sentence) == span
    assert "plural_was" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb is there, or the -ed word is one
        "The treated group walked further than the others.",
        "People with relapsing MS took part in the trial.",
        "Vitamin A reduced deaths in children with measles.",
        "The added exercise improved walking speed.",
        "Growth signalling extended the cell's cilia, but not its nucleus.",
        "Most people found in the survey that the app helped them.",
        "Three studies reported on quality of life.",
        "Trials tested only three of the eight treatments found.",
        "No deaths were reported.",
        "No one reported feeling worse after the switch.",
        "The researchers found no differences between the diets.",
        # a main verb after the clause
        "Evidence that exercise helps fatigue is growing.",
        "The evidence that vitamin D lowers relapses remains weak.",
        "There is no good evidence that either dose works better.",
        # singular subjects and amounts
        "Taking vitamins is safe for most people.",
        "Two years is a short time to see a change in disability.",
        "Diabetes is common in older people.",
        "Multiple sclerosis is a disease of the brain and spinal cord.",
        "The number of relapses was lower with the drug.",
        "Analysis of the scans was done by two doctors.",
        "News of the trial was shared with the people who took part.",
    ],
)
def test_whole_sentences_pass(sentence: str) -> None:
    assert not rules(sentence) & {
        "adjective_fragment",
        "reported_fragment",
        "clause_fragment",
        "plural_was",
    }
