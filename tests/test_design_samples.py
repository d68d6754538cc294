"""What a paper's design is read as when its words belong to two kinds of study (issue 9).

Lab tests run on blood or serum from counted patients study those patients: the draft must
not say "This work was done in the lab, not in people". Cells grown from donors and
experimented on stay lab work. And how few people a paper studied decides the few_people
caveat whatever its design. Abstracts written for these tests.
"""

import pytest

from plainsum.checks.caveats import caveats_for
from plainsum.design import DesignInfo, detect_design
from plainsum.ingest import parse
from plainsum.schemas import StudyDesign

DESIGNS = [
    # a marker measured in patients' serum, after a first try on cell lines
    (
        "We built an assay for vesicle surface sugars and tried it first on four cancer cell "
        "lines grown in culture. The best markers were then measured in serum samples from "
        "early-stage (n = 12) and late-stage (n = 12) patients and from healthy controls "
        "(n = 10). One marker was raised in 9 of the 12 early-stage patients, suggesting it "
        "could help detect the cancer early.",
        StudyDesign.DIAGNOSTIC,
    ),
    # patients' urine measured, nothing told apart: a study that watches
    (
        "Cells were cultured in vitro and exposed to urine samples from 30 patients with "
        "kidney stones. Protein levels in the cultured cells were measured by western blot "
        "and compared with untreated cells.",
        StudyDesign.OBSERVATIONAL,
    ),
    # blood from healthy donors made into cells for experiments: lab work
    (
        "Immune cells were isolated from blood of 8 healthy donors and cultured in vitro. The "
        "cells were stimulated with the toxin, and western blot showed that the receptor was "
        "phosphorylated within minutes.",
        StudyDesign.LAB,
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESIGNS)
def test_the_design_is_what_was_studied(text: str, expected: StudyDesign) -> None:
    assert detect_design(parse(text)).design == expected


def _info(design: StudyDesign, people: int | None, studies: int | None = None) -> DesignInfo:
    return DesignInfo(design, True, True, True, people=people, studies=studies)


@pytest.mark.parametrize(
    ("info", "required"),
    [
        (_info(StudyDesign.REVIEW, 14, studies=1), True),  # a review of one 14-person trial
        (_info(StudyDesign.REVIEW, 14), False),  # several studies: the count may be one's
        (_info(StudyDesign.LAB, 11), True),  # lab work on cells of 11 patients
        (_info(StudyDesign.DIAGNOSTIC, 43), True),
        (_info(StudyDesign.DIAGNOSTIC, 430), False),
        (_info(StudyDesign.ANIMAL, 20), False),  # the people an animal paper names are not its own
        (_info(StudyDesign.NARRATIVE_REVIEW, 20), False),
        (_info(StudyDesign.GUIDELINE, 20), False),
    ],
)
def test_a_small_count_is_small_whatever_the_design(info: DesignInfo, required: bool) -> None:
    assert ("few_people" in {c.name for c in caveats_for(info)}) is required


def test_every_review_needs_its_quality_caveat() -> None:
    for design in (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW):
        assert "review_quality" in {c.name for c in caveats_for(_info(design, None))}
