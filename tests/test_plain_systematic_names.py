"""A chemical systematic name is said by the paper's own code ("a lead compound called
ZX417"), and a sentence that keeps one with no code of its own is never shown: a string of
locants and brackets is no word a reader can read (PLOS pntd.0001734 wrote one out)."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import plain_sentences
from plainsum.plain.systematic_names import by_code, systematic_name

NAME = "N-ethyl-4-{3-[2-(N-hydroxyamidino) pyridyl]-thiophen-5-yl}-benzamidine"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            f"A new lead compound, {NAME} (ZX417), was tested in rats with sleeping sickness.",
            "A new lead compound called ZX417 was tested in rats with sleeping sickness.",
        ),
        (
            "ZX417 was broken down to the active metabolite "
            "5-[4- (2-aminophenyl) -pyridyl-3-yl]-benzamide (ZX300), giving high blood levels.",
            "ZX417 was broken down to the active metabolite called ZX300, giving high blood "
            "levels.",
        ),
        (
            f"Mice were given {NAME} (ZX-417) by mouth.",
            "Mice were given ZX-417 by mouth.",
        ),
    ],
)
def test_a_systematic_name_is_said_by_its_code(text: str, said: str) -> None:
    assert by_code(text) == said


@pytest.mark.parametrize(
    "text",
    [
        # a name people say, and a code after an ordinary name: left as they are
        "Levels of 1,25-dihydroxyvitamin D (VD3) were low in people with MS.",
        "Patients took dimethyl fumarate (DMF) twice a day.",
        "The trial of ocrelizumab (OCR-301) enrolled 800 people.",
        "The COVID-19-related deaths (n = 12) were few.",
    ],
)
def test_a_name_that_can_be_read_stays(text: str) -> None:
    assert by_code(text) == text
    assert not systematic_name(text)


def test_a_systematic_name_with_no_code_is_never_shown() -> None:
    text = f"Rats were given {NAME} for ten days and their sleep got better."
    assert systematic_name(text)
    assert plain_sentences(text) == []


def test_the_drafted_sentence_names_the_code_and_no_locants() -> None:
    text = f"The effect of a lead compound, {NAME} (ZX417), was tested in monkeys."
    (piece,) = plain_sentences(text)
    assert "called ZX417" in piece.text
    assert "{" not in piece.text and "-yl" not in piece.text
