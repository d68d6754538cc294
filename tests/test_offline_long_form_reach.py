"""A paper's long form that is short of a word is not taken for a longer guess that reaches
back into the sentence (a paper wrote "the susceptibility to the acute respiratory syndrome
coronavirus 2 (SARS-CoV-2)", leaving out "severe": S was taken from "susceptibility", and every
later SARS-CoV-2 became "risk to the acute breathing syndrome coronavirus 2")."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.abbreviations import find_definitions
from plainsum.plain.long_form_guess import reaches_into_sentence
from plainsum.settings import Settings

SLIP = (
    "We tested whether two strains changed the susceptibility to the acute respiratory "
    "syndrome coronavirus 2 (SARS-CoV-2) of human lung cells."
)


def test_a_word_of_the_sentence_is_not_the_first_letter() -> None:
    assert "SARS-CoV-2" not in find_definitions(SLIP)


@pytest.mark.parametrize(
    ("text", "short", "long_form"),
    [
        ("Scores showed regression to the mean (RTM) over time.", "RTM", "regression to the mean"),
        (
            "We measured the area under the curve (AUC) for each dose.",
            "AUC",
            "area under the curve",
        ),
        (
            "Children with maturity onset diabetes of the young (MODY) were seen.",
            "MODY",
            "maturity onset diabetes of the young",
        ),
        (
            "Quality of life was rated on the Schedule for the Evaluation of Individual Quality "
            "of Life (SEIQoL).",
            "SEIQoL",
            "Schedule for the Evaluation of Individual Quality of Life",
        ),
        (
            "Cells were infected with severe acute respiratory syndrome coronavirus 2 "
            "(SARS-CoV-2).",
            "SARS-CoV-2",
            "severe acute respiratory syndrome coronavirus 2",
        ),
    ],
)
def test_long_forms_that_hold_their_joining_words_stay(
    text: str, short: str, long_form: str
) -> None:
    assert find_definitions(text).get(short) == long_form


@pytest.mark.parametrize(
    ("short", "long_form", "reaches"),
    [
        ("SARS-CoV-2", "susceptibility to the acute respiratory syndrome coronavirus 2", True),
        ("HIV", "history of the immunodeficiency virus", True),
        ("RTM", "regression to the mean", False),
        ("AUC", "area under the curve", False),
        ("SEIQoL", "Schedule for the Evaluation of Individual Quality of Life", False),
        ("PPHN", "persistent pulmonary hypertension of the newborn", False),
    ],
)
def test_reaches_into_sentence(short: str, long_form: str, reaches: bool) -> None:
    assert reaches_into_sentence(short, long_form) is reaches


def test_the_draft_never_writes_the_sentence_into_a_later_use() -> None:
    text = (
        "Probiotic strains and viral infection of lung cells\n\n"
        "Lactic acid bacteria may protect against respiratory viruses. "
        + SLIP
        + " Cells treated with either strain and then exposed to SARS-CoV-2 had lower viral "
        "loads than untreated cells. These strains may reduce SARS-CoV-2 infection of lung "
        "cells, and studies in animals are needed."
    )
    summary = draft(text, Settings(backend="offline")).summary
    body = " ".join([summary.headline, summary.what_the_study_did, summary.why_it_matters])
    assert "exposed to risk" not in body
    assert "risk to the" not in body


def test_a_long_form_never_opens_on_a_lower_case_the() -> None:
    text = "We counted the share of CD4+CD25+ regulatory T cells (Tregs) in blood."
    assert "Tregs" not in find_definitions(text)
    named = "Records came from The Health Improvement Network (THIN) database."
    assert find_definitions(named)["THIN"] == "The Health Improvement Network"
