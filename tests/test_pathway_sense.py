"""A "pathway" is a "chain of signals" only as a cell's signalling pathway (issue 9): a route
or mechanism ("a possible pathway by which ..."), a chain of reactions ("metabolic pathways")
or a way through care ("the diagnostic pathway") keeps the paper's word, where "chain of
signals" was false. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    "text",
    [
        "Poor sleep may be a possible pathway by which stress raises the risk of relapse.",
        "Genes of metabolic pathways were less active in the patients.",
        "Patients followed the standard diagnostic pathway at the clinic.",
        "Emergency consent pathways should be made simpler for trials.",
    ],
)
def test_a_pathway_that_is_no_signalling_chain_stays(text: str) -> None:
    assert plain_words(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "The drug blocked this pathway and its receptor in mice.",
        "The drug acts on inflammatory pathways in the brain.",
    ],
)
def test_a_signalling_pathway_is_a_chain_of_signals(text: str) -> None:
    assert "chain" in plain_words(text) and "pathway" not in plain_words(text)
