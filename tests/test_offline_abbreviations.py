"""Abbreviations an offline draft writes out with the paper's own definition
(plain/abbreviations.py): the case a long form keeps and the compounds a short form opens.
Every sentence is written for these tests."""

from __future__ import annotations

from plainsum.plain.abbreviations import expand, find_definitions


def test_a_definition_inside_a_sentence_keeps_the_capital_of_a_name() -> None:
    text = (
        "Some children have Gaucher disease (GD). Children with GD grow slowly. "
        "Parkinson's disease (PD) is common in old age. PD slows walking. "
        "Short-arm casts (SAC) were used. SAC were light."
    )
    out = expand(text, find_definitions(text))
    assert "Children with Gaucher disease grow slowly." in out
    assert "Parkinson's disease slows walking." in out
    assert "short-arm casts were light." in out  # a sentence's capital, lowered


def test_an_abbreviation_opening_a_compound_with_a_word_is_written_out() -> None:
    text = (
        "Worms had reached the central nervous system (CNS) in half of the mice. "
        "The new drug cleared CNS-stage worms. Parkinson's disease (PD) was not studied. "
        "PD-related falls and PD-1 levels were not measured."
    )
    out = expand(text, find_definitions(text))
    assert "cleared central nervous system-stage worms" in out
    assert "Parkinson's disease-related falls" in out
    assert "PD-1 levels" in out  # a number after the hyphen: another name, left as it is
