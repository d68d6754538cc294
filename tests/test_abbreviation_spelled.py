"""An abbreviation left unexplained where it is used, whose words the summary writes out
elsewhere, is a warning, not an error (plainsum.checks.abbreviation_spelled, used by the shape
check). Texts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.abbreviation_spelled import spelled_elsewhere
from plainsum.checks.shape import check_shape
from plainsum.schemas import PlainSummary

UNDEFINED = """Objectives: To assess oral iron for anaemia in adults with active ulcerative colitis.
Main results: Six trials of UC with 400 people were included. Iron raised haemoglobin."""
DEFINED = """Objectives: To assess early treatment of patent ductus arteriosus (PDA) in preterm
babies. Main results: Early treatment closed the PDA more often. Deaths did not differ."""
ONE_WORD = """Objectives: To compare real acupuncture (AC) with sham needling for knee pain.
Main results: AC lowered pain scores. Control AC gave no clear change."""


def _summary(headline: str, body: str) -> PlainSummary:
    return PlainSummary(
        headline=headline,
        what_the_study_did=body,
        why_it_matters="This review did not look at MS. Talk with your doctor or care team.",
        limitations="A review can only be as good as the studies it includes.",
    )


@pytest.mark.parametrize(
    "source,token,text,long_form",
    [
        (
            UNDEFINED,
            "UC",
            "Iron helped in UC. Six trials of ulcerative colitis.",
            "ulcerative colitis",
        ),
        (
            DEFINED,
            "PDA",
            "The PDA closed. Babies with patent ductus arteriosus.",
            "patent ductus arteriosus",
        ),
    ],
)
def test_words_written_out_elsewhere_are_found(source, token, text, long_form):
    assert spelled_elsewhere(token, text, source) == long_form


@pytest.mark.parametrize(
    "source,token,text",
    [
        # a one-word long form is no initialism a reader can decode
        (ONE_WORD, "AC", "AC lowered pain. Acupuncture was done weekly."),
        # words that spell the capitals by chance, common or not in the paper
        (UNDEFINED, "UC", "Iron helped in UC. Unwanted changes were rare."),
        (UNDEFINED, "UC", "Iron helped in UC. Ulcerative conditions were not studied."),
        # the summary never writes the words out
        (DEFINED, "PDA", "The PDA closed more often with early treatment."),
    ],
)
def test_no_long_form_elsewhere_is_none(source, token, text):
    assert spelled_elsewhere(token, text, source) is None


def test_the_shape_check_warns_when_the_words_stand_elsewhere_and_errs_when_not():
    body = "The review had six trials in adults with ulcerative colitis. Iron raised blood levels."
    spelled = _summary("Oral iron raised blood levels in UC", body)
    (found,) = [f for f in check_shape(spelled, UNDEFINED) if f.span == "UC"]
    assert found.severity.value == "warning"
    assert "ulcerative colitis" in found.message
    bare = _summary("Oral iron raised blood levels in UC", "Six trials were included.")
    (found,) = [f for f in check_shape(bare, UNDEFINED) if f.span == "UC"]
    assert found.severity.value == "error"


def test_a_body_abbreviation_stays_an_error_though_its_words_stand_elsewhere():
    body = "Six trials were in ulcerative colitis. Iron raised blood levels in UC within weeks."
    summary = _summary("Oral iron raised blood levels in adults with bowel disease", body)
    (found,) = [f for f in check_shape(summary, UNDEFINED) if f.span == "UC"]
    assert found.severity.value == "error"
