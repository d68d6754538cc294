"""Overreach in lab and animal studies: an effect in people said as fact in the passive ("are
better protected", "can be treated by"), or as a promise on a condition ("will walk better if
they take it"). Sentences written for these tests, from mouse, rat and cell studies."""

import pytest

from plainsum.checks.overreach import overreach
from plainsum.schemas import StudyDesign

FLAGGED = [
    (StudyDesign.ANIMAL, "People who lack the protein are better protected from infection."),
    (StudyDesign.ANIMAL, "Patients can be treated by blocking the enzyme."),
    (StudyDesign.ANIMAL, "People with MS will walk better if they take the compound."),
    (StudyDesign.ANIMAL, "Children given the vitamin are shielded from the virus."),
    (StudyDesign.LAB, "Adults with the gene change are spared the nerve damage."),
    (StudyDesign.LAB, "Patients are helped by lowering this protein in their blood."),
    (StudyDesign.LAB, "Women with the disease get relieved of pain once they take the drug."),
    (StudyDesign.ANIMAL, "People with MS will have fewer relapses when they eat less salt."),
    (StudyDesign.ANIMAL, "The compound repairs nerve damage in people with MS."),
]
PASSED = [
    (StudyDesign.ANIMAL, "In mice, lacking the protein meant fewer germs and less swelling."),
    (StudyDesign.ANIMAL, "The mice were protected from the infection."),
    (StudyDesign.ANIMAL, "People with MS may one day be helped by drugs like this."),
    (StudyDesign.LAB, "If it works in people too, patients could be treated this way."),
    (StudyDesign.LAB, "Cells from patients were treated with the drug in the lab."),
    (StudyDesign.LAB, "Human cells were protected from the virus in the lab."),
    (StudyDesign.ANIMAL, "Researchers hope patients will be helped by this one day."),
    (StudyDesign.ANIMAL, "Whether people would be protected in the same way is not known."),
    # what may be, and the next step: no effect in people said as fact
    (
        StudyDesign.ANIMAL,
        "The results point to the enzyme as a possible route to nerve repair in people with MS.",
    ),
    (StudyDesign.ANIMAL, "These findings support testing the compound in people with MS."),
    # a trial in people may say so
    (StudyDesign.TRIAL, "Patients were better protected from relapses on the drug."),
]


@pytest.mark.parametrize("design,sentence", FLAGGED)
def test_an_effect_in_people_said_as_fact_from_lab_or_animal_work(design, sentence):
    assert overreach(sentence, design, []) is not None


@pytest.mark.parametrize("design,sentence", PASSED)
def test_what_was_seen_in_animals_or_cells_or_a_hedged_hope_passes(design, sentence):
    assert overreach(sentence, design, []) is None


CAUSED = [
    "Napping for more than an hour raises the risk of diabetes.",
    "Drinking coffee lowers the chance of a relapse.",
    "Low vitamin D doubled the risk of a second attack.",
    "Eating oily fish cuts your risk of MS.",
    "Smoking makes people more likely to have disability later.",
    "Taking antidepressants increased the odds of dry eye.",
    "Being overweight as a child boosts the risk of MS.",
    "Regular exercise reduces the risk of depression in people with MS.",
]
LINKED = [
    "People who napped for more than an hour had a higher risk of diabetes.",
    "Coffee drinking was linked to a lower chance of a relapse.",
    "Low vitamin D went with twice the risk of a second attack.",
    "Those who ate oily fish had a lower risk of MS, but this does not show that fish helps.",
    "Smokers were more likely to have disability later.",
    "Antidepressant use was tied to increased odds of dry eye.",
    "The study cannot say whether being overweight raises the risk of MS.",
    "Exercise may reduce the risk of depression.",
    "Doctors use blood thinners to lower the risk of clots.",
]


@pytest.mark.parametrize("sentence", CAUSED)
def test_a_link_said_as_a_thing_moving_a_risk_is_overreach(sentence):
    assert overreach(sentence, StudyDesign.OBSERVATIONAL, []) is not None


@pytest.mark.parametrize("sentence", LINKED)
def test_a_link_said_as_a_link_passes(sentence):
    assert overreach(sentence, StudyDesign.OBSERVATIONAL, []) is None


def test_a_paper_that_says_so_itself_carries_the_cause():
    paper = ["Smoking increases the risk of disability in this cohort."]
    assert (
        overreach("Smoking raises the risk of disability.", StudyDesign.OBSERVATIONAL, paper)
        is None
    )


@pytest.mark.parametrize(
    "sentence,paper,flagged",
    [
        # a paper that names the thing a risk factor carries "raises the risk"
        (
            "Infections raise the risk of kidney damage.",
            ["Infections were the most common risk factor for kidney injury."],
            False,
        ),
        ("Infections raise the risk of kidney damage.", ["Infections were common."], True),
        # evidence weighed, not a cause said
        (
            "The evidence that fibre reduces the risk of bowel cancer was conflicting.",
            ["Fibre intake was not clearly linked with bowel cancer."],
            False,
        ),
    ],
)
def test_what_the_paper_names_or_weighs_is_no_cause_said(sentence, paper, flagged):
    found = overreach(sentence, StudyDesign.OBSERVATIONAL, paper)
    assert (found is not None) is flagged
