"""Overclaims measured against the paper's strength (texts written for these tests): certainty
a hedged paper does not carry, absolute effects it never reports, and one step said to be
enough."""

import pytest

from plainsum.checks.claims_strength import find_strength
from plainsum.checks.overreach import overreach
from plainsum.checks.promises import find_promises
from plainsum.schemas import StudyDesign

HEDGED_PAPER = (
    "Results: Walking speed rose by 0.1 m/s more with the brace than without it. Conclusions: "
    "The brace may improve walking in people with MS, but the evidence is of low certainty and "
    "larger trials are needed."
)
STRONG_PAPER = (
    "Results: Relapses fell by 30% across seven trials. Conclusions: There is high-certainty "
    "evidence that the drug reduces relapses."
)
RESTORING_PAPER = (
    "Results: The graft restored hearing in 12 of 15 ears. Conclusions: The graft may restore "
    "hearing after injury."
)


@pytest.mark.parametrize(
    "text,family",
    [
        # how sure, where the paper hedges
        ("Doctors now know that the brace speeds up walking in MS.", "certainty"),
        ("The trial makes it plain that the brace helps people walk.", "certainty"),
        ("The results leave no doubt: braces work for walking.", "certainty"),
        ("The study establishes the brace as the treatment of choice for foot drop.", "certainty"),
        ("It is now obvious that the brace beats physiotherapy.", "certainty"),
        # absolute effects, unhedged and in the present tense
        ("The brace restores normal walking in people with MS.", "permanence"),
        ("Cooling therapy switches off MS fatigue.", "permanence"),
        ("The vest shields people with MS from heat-related weakness.", "permanence"),
        ("Stretching keeps people with MS from falling.", "permanence"),
        ("With the brace, people with foot drop need never trip again.", "permanence"),
        # a standing in care, efficacy or its absence said flatly, a discovery said final
        ("The brace is now the treatment of choice for foot drop in MS.", "certainty"),
        ("Braces have become the new standard treatment for foot drop.", "certainty"),
        ("The brace is a proven fix for foot drop.", "certainty"),
        ("A brace works just as well as surgery for foot drop.", "certainty"),
        ("People with foot drop can rely on the brace to keep them steady.", "certainty"),
        ("Doctors can prescribe the brace with complete confidence.", "certainty"),
        ("Physiotherapy is useless for foot drop.", "certainty"),
        ("Stretching does nothing for foot drop.", "certainty"),
        ("Insoles do not work for foot drop.", "certainty"),
        ("The brace is an effective treatment for foot drop.", "certainty"),
        ("The team has found the true cause of foot drop in MS.", "milestone"),
        ("The trial solved the mystery of why people with MS trip.", "milestone"),
        ("The brace prevents falls in people with MS.", "permanence"),
        # one step said to be enough, or long awaited
        ("A brace is all it takes to walk normally again.", "sufficiency"),
        ("This is the long-awaited answer to foot drop.", "sufficiency"),
    ],
)
def test_stronger_than_the_paper_is_found(text, family):
    found = [f.name for f, _, _ in find_strength(text, HEDGED_PAPER)]
    assert family in found, found


@pytest.mark.parametrize(
    "text",
    [
        # certainty about uncertainty, background knowing, and a tool established
        "It is now clear that more research is needed.",
        "The review makes it clear that the evidence is weak.",
        "We know that MS is more common in women.",
        "These findings establish the fly as a useful model for studying sleep.",
        # background standing, comparisons with the standard, hedged efficacy
        "The treatment of choice for severe foot drop is surgery.",
        "The brace was compared with the standard treatment, a splint.",
        "The brace may be an effective option for some people.",
        "The team found the cause of the falls in three people.",
        # hedged, aimed, past, partial, defined, negated or in the lab
        "The brace may restore some walking speed.",
        "The team wanted to see whether the brace restores walking.",
        "The brace restored walking in two of the ten people.",
        "Surgery restores sight in most cases.",
        "It uses an enzyme that protects red blood cells from damage.",
        "The brace does not protect people from falls.",
        "In mice, the drug protects nerves from damage.",
    ],
)
def test_claims_no_stronger_than_the_paper_pass(text):
    assert find_strength(text, HEDGED_PAPER) == []


def test_plain_efficacy_is_a_claim_only_against_a_paper_that_calls_its_evidence_weak():
    text = "The brace is an effective treatment for foot drop."
    assert find_strength(text, HEDGED_PAPER)
    assert find_strength(text, STRONG_PAPER) == []


def test_certainty_in_the_papers_own_words_is_the_papers():
    paper = "Conclusions: We established that the true effect was likely to be smaller."
    text = "The authors established that the true effect was likely to be smaller."
    assert find_strength(text, HEDGED_PAPER)
    assert find_strength(text, paper) == []


def test_strong_words_the_paper_negates_carry_nothing():
    paper = "Conclusions: The trial was too small to allow definitive conclusions."
    assert find_strength("Stretching does nothing for foot drop.", paper)


def test_the_papers_own_strength_carries_the_claim():
    certain = "We now know that the drug reduces relapses."
    assert find_strength(certain, HEDGED_PAPER)
    assert find_strength(certain, STRONG_PAPER) == []
    restores = "The graft restores hearing after injury."
    assert find_strength(restores, HEDGED_PAPER)
    assert find_strength(restores, RESTORING_PAPER) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cooling cuts fatigue in people with any form of MS.",
        "The pill eases spasms whatever type of MS people have.",
        "The drug slows the thinking of every person who takes it.",
    ],
)
def test_a_claim_for_every_kind_of_patient_is_universal(text):
    assert "universality" in [p.family.name for p in find_promises(text)]


def test_whom_a_review_covered_is_no_claim_for_everyone():
    text = "The authors reviewed trials of massage for pain in all women after childbirth."
    assert find_promises(text) == []


@pytest.mark.parametrize(
    "sentence,design",
    [
        ("Extra sleep builds more nerve cells in growing children.", StudyDesign.ANIMAL),
        ("Blocking the protein keeps patients from getting seriously ill.", StudyDesign.LAB),
        (
            "It shows that smoking pushes down the levels of the hormone in women.",
            StudyDesign.OBSERVATIONAL,
        ),
    ],
)
def test_effects_in_people_and_causes_in_other_words_are_overreach(sentence, design):
    assert overreach(sentence, design, []) is not None


def test_cells_as_the_setting_still_hedge_a_lab_result():
    text = "In cultured cells from patients, the drug boosts repair."
    assert overreach(text, StudyDesign.LAB, []) is None


@pytest.mark.parametrize(
    "sentence,design",
    [
        # cause words that say what a thing is, or a step of the writer's reasoning
        (
            "The study followed people with flu, the virus that causes fever.",
            StudyDesign.OBSERVATIONAL,
        ),
        (
            "It shows that disease-causing genes were common in the group.",
            StudyDesign.OBSERVATIONAL,
        ),
        ("It shows that many took aspirin, a drug to prevent clots.", StudyDesign.OBSERVATIONAL),
        (
            "Because of this, the study shows that most could not be grouped.",
            StudyDesign.OBSERVATIONAL,
        ),
        # people named in what a germ is, not as who gained
        ("The drug stops a virus that infects humans and bats.", StudyDesign.LAB),
        # a noun, a capacity, a gloss in brackets, the reason for an act
        ("This study shows the causes of tremor may lie in the gut.", StudyDesign.OBSERVATIONAL),
        (
            "It shows that T cells (capable of causing swelling) were raised.",
            StudyDesign.OBSERVATIONAL,
        ),
        (
            "It shows carers (people who help someone with limits due to illness) slept less.",
            StudyDesign.OBSERVATIONAL,
        ),
        (
            "It shows that in most children the drug was stopped due to weight gain.",
            StudyDesign.OBSERVATIONAL,
        ),
    ],
)
def test_cause_words_naming_a_thing_are_no_overreach(sentence, design):
    assert overreach(sentence, design, []) is None
