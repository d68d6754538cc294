"""Overreach in lab and animal studies: babies, infants, newborns and toddlers are people, so
an effect said of them as fact from mouse, rat or cell work is overreach (issue 8; a bench miss
where a rat result was said of babies). Sentences written for these tests."""

import pytest

from plainsum.checks.overreach import overreach
from plainsum.schemas import StudyDesign

FLAGGED = [
    (StudyDesign.ANIMAL, "The supplement builds more brain cells in babies born early."),
    (StudyDesign.ANIMAL, "Giving the hormone protects newborns from lung damage."),
    (StudyDesign.LAB, "The sugar blocks the virus in infants."),
    (StudyDesign.ANIMAL, "The diet eases seizures in toddlers."),
    (StudyDesign.ANIMAL, "Babies fed the formula are protected from gut infection."),
]
PASSED = [
    (StudyDesign.ANIMAL, "Newborn rats given the supplement grew more brain cells."),
    (StudyDesign.ANIMAL, "The pups were protected from lung damage."),
    (StudyDesign.ANIMAL, "Whether babies would be helped in the same way is not known."),
    (StudyDesign.ANIMAL, "The results may one day help babies born early."),
    (StudyDesign.LAB, "Cells from infants were treated with the sugar in the lab."),
    # a trial in infants may say so
    (StudyDesign.TRIAL, "The formula protects infants from gut infection."),
]


@pytest.mark.parametrize("design,sentence", FLAGGED)
def test_an_effect_in_the_young_said_as_fact_from_lab_or_animal_work(design, sentence):
    assert overreach(sentence, design, []) is not None


@pytest.mark.parametrize("design,sentence", PASSED)
def test_what_was_seen_in_young_animals_or_a_hedged_hope_passes(design, sentence):
    assert overreach(sentence, design, []) is None
