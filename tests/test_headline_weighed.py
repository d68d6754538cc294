"""The headline chooser weighs a sentence by its claim, not by the explanation of a hard term
in brackets (issue 9): the explanation's words neither push a whole conclusion past the
headline's length nor read as the claim's own ("also used against ..." is no finding besides
another). Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from plainsum.plain.headline import choose_headline, weighed
from plainsum.plain.headline.forms import headline_forms
from plainsum.plain.headline.weighed import claim, explained_again, head_words
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

CUPRIZONE = "cuprizone (a chemical that strips myelin)"  # a row of data/explanations.tsv


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (f"Mice fed {CUPRIZONE} walked less far", 6),
        ("Mice fed cuprizone walked less far", 6),
        # any other bracket is part of the claim
        ("Relapses fell (by about a third) in the treated group", 10),
        ("Mice fed cuprizone (for six weeks) walked less far", 9),
    ],
)
def test_a_headline_is_counted_without_an_explanation_bracket(text: str, words: int) -> None:
    assert head_words(text) == words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Mice fed {CUPRIZONE} walked less far.", "Mice fed cuprizone walked less far."),
        ("Relapses fell (by a third) in the trial.", "Relapses fell (by a third) in the trial."),
        ("Relapses fell in the trial.", "Relapses fell in the trial."),
    ],
)
def test_the_claim_keeps_every_bracket_but_an_explanation(text: str, expected: str) -> None:
    assert claim(text) == expected


@pytest.mark.parametrize(
    ("form", "sentence", "expected"),
    [
        # the term kept by the cut gets its explanation back, at its first use
        (
            "Cuprizone slowed the mice",
            f"In this work, {CUPRIZONE} slowed the mice, as earlier studies found.",
            f"C{CUPRIZONE[1:]} slowed the mice",
        ),
        # a cut that left the term out has nothing to explain
        (
            "The mice were slower",
            f"The mice were slower after {CUPRIZONE} than before it.",
            "The mice were slower",
        ),
    ],
)
def test_a_cut_form_gets_its_explanation_back(form: str, sentence: str, expected: str) -> None:
    assert explained_again(form, sentence) == expected


def test_an_explained_conclusion_too_long_only_with_its_bracket_still_heads() -> None:
    # 26 words of claim, 32 with the explanation: over the longest whole conclusion taken if
    # the bracket counted, and a result would head instead
    conclusion = measured(
        "Benzodiazepines (a group of calming medicines) taken for two weeks did not lower the "
        "number of nights that older adults woke up compared with a dummy treatment in three "
        "small trials.",
        (7,),
        7,
    )
    result = measured("People who took them felt more sleepy during the day.", (5,), 5)
    head = choose_headline([conclusion], [result], StudyDesign.REVIEW)
    assert head.sources[:1] == (7,)
    assert "did not lower" in head.text


def test_an_explanation_never_reads_as_the_claim_leaning_on_another(monkeypatch) -> None:
    said = "a medicine that calms the immune system, also used in arthritis"
    monkeypatch.setattr(weighed, "gloss", lambda: {"zorbalimab": said})
    monkeypatch.setattr(weighed, "_explanation", lambda: re.compile(rf" \({re.escape(said)}\)"))
    conclusion = measured(
        f"Zorbalimab ({said}) did not slow the worsening of disability in people with progressive "
        "MS.",
        (9,),
        9,
    )
    result = measured("Two people in the treated group had a rash in the first month.", (6,), 6)
    forms = headline_forms(conclusion, StudyDesign.REVIEW, "animals")
    assert forms[0][1].startswith(f"Zorbalimab ({said}) did not slow")
    head = choose_headline([conclusion], [result], StudyDesign.REVIEW)
    assert head.sources[:1] == (9,)
