"""A noun phrase alone, its noun after the participle that describes it (issue 8; stop 47's
readers found "... well-defined disorder." as a sentence of a draft): a title or a list line,
not a sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems
from plainsum.checks.fluency_fragments import described_noun


@pytest.mark.parametrize(
    "sentence, span",
    [
        (
            "Genetically and clinically well-described syndrome.",
            "clinically well-described syndrome",
        ),
        ("A cheap and widely used test of kidney function.", "widely used test"),
        ("Recently diagnosed adults with epilepsy.", "Recently diagnosed adults"),
        ("A well-known cause of headache in children.", "well-known cause"),
    ],
)
def test_a_described_noun_alone_is_a_fragment(sentence: str, span: str) -> None:
    assert described_noun(sentence) == span
    assert "participle_fragment" in {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "A widely used test of kidney function was checked.",
        "Recently diagnosed adults with epilepsy took part.",
        "Widely used tests include a urine test.",
        "Two nurses independently checked each chart.",
        "The trials were well designed.",
    ],
)
def test_a_described_noun_with_a_verb_is_a_sentence(sentence: str) -> None:
    assert described_noun(sentence) is None
