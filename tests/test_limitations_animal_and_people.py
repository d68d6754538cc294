"""An animal study that also measured people's samples says most of its work was in animals:
"done in mice, not in people" would be false of the part done with patients' samples. One with
no such part keeps the plain animal caveat. Abstracts written for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.settings import Settings

MICE_ONLY = (
    "Background: Kidney cysts grow faster when a signalling protein is active.\n"
    "Methods: We blocked the protein with an antibody in 40 mice with inherited kidney cysts.\n"
    "Results: Mice given the antibody had smaller cysts and better kidney function than mice "
    "given a dummy antibody. They also lived longer.\n"
    "Conclusions: Blocking the protein slowed cyst growth in mice."
)
MICE_AND_PATIENTS = MICE_ONLY.replace(
    "They also lived longer.",
    "They also lived longer. The protein was also high in urine from patients with the disease.",
)


def _limitations(text: str) -> str:
    return draft(text, Settings(backend="offline")).summary.limitations


def test_an_animal_study_that_measured_patients_samples_says_most_of_it_was_in_animals():
    lim = _limitations(MICE_AND_PATIENTS)
    assert "Most of this work was done in mice, not in people." in lim


def test_an_animal_study_with_no_human_part_keeps_the_plain_caveat():
    lim = _limitations(MICE_ONLY)
    assert "This work was done in mice, not in people." in lim
    assert "Most of" not in lim


def test_a_likeness_to_a_human_disease_is_no_human_part():
    text = MICE_ONLY.replace(
        "They also lived longer.",
        "Their cysts looked like those formed in human kidney disease.",
    )
    assert "Most of" not in _limitations(text)
