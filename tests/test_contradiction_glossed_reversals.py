"""Reversed findings the gate missed in the corpus of stop 53, each of a kind: a denial said in
plain words for the paper's terms ("seizures" for "epilepsy"), a result after another in one
sentence ("..., and one trial found ...") read as a single-trial caveat, a speed said by the
direction word ("divided faster"), "tummy" for "abdominal", a passive "impaired by", "not
detectably different", and "drops" the medicine read as a decrease. What must still pass: the
same result in plain words, a general statement in the limits. Papers and sentences written
for these tests."""

from __future__ import annotations

import pytest
from gate_probes import contradictions

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in
from plainsum.evidence import frame_kind
from plainsum.ingest import Source, parse

# an observational study whose result names the paper's terms, which a summary glosses
DIET = parse(
    """Objective: To describe children with a rare enzyme disorder treated with a low-sugar, \
high-fat diet.

Methods: We reviewed the records of 19 children followed at four clinics.

Results: The treatment had a positive effect mainly in the areas of epilepsy, ataxia, sleep \
disturbance, speech development and frequency of hospital admissions. Two children stopped \
the diet because of vomiting.

Conclusions: The diet should be offered early to children with this disorder."""
)

# a review with two results in one summary sentence
TWO_TRIALS = parse(
    """Objectives: To assess an injected drug in people with a slowly worsening nerve disease.

Main results: Two trials with 120 people were included. Adverse events were more frequent \
with the drug than with placebo. In one trial, the drug reduced active lesions on brain scans \
compared with placebo.

Authors' conclusions: The drug did not slow disability, and its side effects were common."""
)


_PARTS = {
    "headline": "A diet was studied in children with a rare enzyme disorder",
    "what_the_study_did": "The team looked at the records of 19 children.",
    "why_it_matters": "This study is not about MS. Ask your care team about diets.",
    "limitations": "The study was small, and it looked back at records.",
}


def _contradictions(source: Source, section: str, sentence: str) -> list[str]:
    return contradictions(source, _PARTS, section, sentence)


def test_a_denial_in_plain_words_for_the_papers_terms_is_caught() -> None:
    said = "The diet made no real difference to seizures, balance, sleep, speech or hospital stays."
    assert _contradictions(DIET, "what_the_study_did", said)


def test_the_same_result_in_plain_words_passes() -> None:
    said = "The diet mainly helped with seizures, balance, sleep, speech and hospital stays."
    assert not _contradictions(DIET, "what_the_study_did", said)


def test_a_plain_worded_statement_in_the_limits_is_not_read_by_its_glosses() -> None:
    said = "Some diets make no real difference to seizures, balance or speech."
    assert not _contradictions(DIET, "limitations", said)


def test_a_result_after_another_is_no_single_trial_caveat() -> None:
    said = (
        "Side effects were more common with it, and one trial found more active lesions on "
        "brain scans with the drug."
    )
    assert frame_kind(said) is None
    assert _contradictions(TWO_TRIALS, "what_the_study_did", said)


@pytest.mark.parametrize(
    "sentence",
    [
        "This was one small trial, and its results need confirming.",
        "The results come from one trial, so they need checking in others.",
    ],
)
def test_a_single_trial_caveat_is_still_one(sentence: str) -> None:
    assert frame_kind(sentence) is not None


def test_a_speed_said_by_the_direction_word_is_not_more_to_share() -> None:
    paper = ["Using a closed-loop system, we find that sleep loss impairs neural cell division."]
    said = "When the young flies were kept awake, their nerve stem cells divided faster."
    assert contradiction(said, paper) is not None


def test_tummy_is_abdominal() -> None:
    paper = [
        "Women given antioxidants were more likely to self-report abdominal pain late in "
        "pregnancy (RR 1.61, 95% CI 1.11 to 2.34)."
    ]
    said = "Women on the vitamins had less tummy pain."
    assert contradiction(said, paper) is not None
    same = "Women on the vitamins had more tummy pain."
    assert contradiction(same, paper) is None


def test_impaired_by_is_a_worsening() -> None:
    (claim,) = claims_in("Test accuracy was significantly impaired by the older drug.")
    assert claim.polarity == "worse"
    assert not claims_in("People with impaired mobility took part.")


def test_not_detectably_different_is_no_difference() -> None:
    claims = claims_in("Walking distance was not detectably different between the groups.")
    assert [c.polarity for c in claims] == ["null"]


def test_drops_the_medicine_is_no_decrease() -> None:
    claims = claims_in("Eye drops lowered the pressure in the eye.")
    assert [c.said for c in claims] == ["lowered"]
    assert [c.polarity for c in claims_in("The score drops by three points.")] == ["down"]
