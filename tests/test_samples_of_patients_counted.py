"""Samples of a counted group of patients are a study of those patients (issue 9): "Blood
samples of 114 newly diagnosed IDDM patients were tested ..." was read as lab work with no people
and drafted "This work was done in the lab, not in people." (reading seed 20261790, plaba
10909610). Abstracts written for these tests (plain/numbers.py, design.py)."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.sample_size import people_studied
from plainsum.schemas import StudyDesign

TESTED = (
    "Antibody tests still rely on human tissue. We examined whether three newer blood tests "
    "could replace the old one. Blood samples of 86 newly diagnosed T1D patients, aged 3 to 30 "
    "years, were tested with all four assays by immunofluorescence. Fewer samples were positive "
    "with the old test than with the newer ones. We conclude the newer tests can replace it."
)


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Blood samples of 86 newly diagnosed T1D patients were tested.", 86),
        ("Serum samples from 120 untreated RA patients were tested for the antibody.", 120),
        ("Specimens from 45 adult CF patients were cultured.", 45),
    ],
)
def test_samples_of_counted_patients_count_the_patients(sentence: str, n: int) -> None:
    assert people_studied(sentence) == n


def test_a_lab_test_on_patients_samples_is_no_lab_study() -> None:
    info = detect_design(parse(TESTED))
    assert info.design != StudyDesign.LAB
    assert info.people == 86
