"""A disease's name keeps its words: "motor nerve cell disease" beside the paper's "motor neuron
disease" read as two diseases (reader w1, CD011005). A nerve cell outside the name is still
"nerve cell". Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.simplify import plain_sentences


def _plain(text: str) -> str:
    return " ".join(p.text for p in plain_sentences(text, False, (0,), None))


def test_motor_neuron_disease_keeps_its_name() -> None:
    said = _plain("The review looked at fatigue in people with motor neuron disease.")
    assert "motor neuron disease" in said
    assert "nerve cell disease" not in said


def test_a_neuron_outside_the_name_is_a_nerve_cell() -> None:
    said = _plain("The drug protected each neuron from damage in the dish.")
    assert "nerve cell" in said
