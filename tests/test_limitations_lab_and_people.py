"""A lab study that also measured something in people says most of its work was in the lab:
"done in the lab, not in people" is false of a cell study that also found a marker higher in
patients who died of the infection (reader59_w1, plaba 34531331). A cell study with no such part,
or one that only speaks of patients in its aims, keeps the plain lab caveat. Abstracts written
for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.plain.frames import with_human_part
from plainsum.settings import Settings

CELLS_ONLY = (
    "Background: A liver virus makes infected cells release signals of damage.\n"
    "Methods: We infected cultured human liver cells with the virus and blocked a sensor "
    "protein with a small molecule.\n"
    "Results: Blocking the sensor stopped the release of damage signals in infected cells. "
    "The sensor was more active in infected cells than in cells that were not infected.\n"
    "Conclusions: The sensor drives damage signals in infected liver cells."
)
CELLS_AND_PATIENTS = CELLS_ONLY.replace(
    "were not infected.",
    "were not infected. The sensor was also higher in patients who died of the infection "
    "than in those who died of other causes.",
)


def _limitations(text: str) -> str:
    return draft(text, Settings(backend="offline")).summary.limitations


def test_a_lab_study_that_measured_patients_says_most_of_it_was_in_the_lab():
    lim = _limitations(CELLS_AND_PATIENTS)
    assert "Most of this work was done in the lab, not in people." in lim
    assert "This work was done in the lab, not in people." not in lim


def test_a_lab_study_with_no_human_part_keeps_the_plain_caveat():
    lim = _limitations(CELLS_ONLY)
    assert "This work was done in the lab, not in people." in lim
    assert "Most of" not in lim


def test_a_measure_in_patients_is_a_human_part_and_a_hope_for_patients_is_not():
    died = ["The marker was higher in patients who died of the infection."]
    assert with_human_part(died, lab=True)
    assert with_human_part(["Levels were reduced in two patients with the disease."], lab=True)
    assert not with_human_part(["This may help patients with the infection in future."], lab=True)
    assert not with_human_part(["The cells were grown in dishes for two weeks."], lab=True)
    # human cells grown in the lab are lab work, not people
    cells = ["We identified 40 partners of the protein in human cells."]
    assert not with_human_part(cells, lab=True)
    assert with_human_part(["The protein was high in urine from patients."])
