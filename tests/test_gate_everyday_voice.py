"""The gate on summaries written in an everyday, second-person voice (issue 8; the held-out set
holdout9 is written so): a care-team pointer that says 'show it to your nurse' or names the
readers at length, 'worth getting it checked by your doctor', a long form given first ('a risk
ratio, or RR, of 0.3') are correct and pass; advice in the same voice ('If you ..., switching to
X is the safer choice', 'treat it with cream at home; there's no need to see anyone') fails."""

from __future__ import annotations

import pytest

from plainsum.checks.caveats_care import CARE_TEAM
from plainsum.checks.jargon import check_jargon
from plainsum.checks.safety import find_unsafe
from plainsum.checks.shape import unexplained_abbreviations
from plainsum.schemas import PlainSummary


@pytest.mark.parametrize(
    "sentence",
    [
        "If a rash on your hand keeps coming back, show it to your GP or nurse.",
        "Show your nurse any wound on the foot that is slow to close.",
        "Men with heart failure who are thinking about starting a new exercise plan can talk "
        "it through with their heart and lung specialists.",
    ],
)
def test_care_pointers_in_everyday_words_count(sentence):
    assert CARE_TEAM.in_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The scans will show your doctor whether the drug is working.",
        "The photos show your nurse how the wound changed.",
        "Your doctor showed the study results at a meeting.",
    ],
)
def test_showing_the_doctor_something_is_no_pointer(sentence):
    assert not CARE_TEAM.in_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If a lump in your groin comes and goes, it's worth getting it checked by your doctor.",
        "It is worth having the mole looked at by a GP if it changes.",
    ],
)
def test_getting_something_checked_by_the_doctor_is_no_advice(sentence):
    assert not find_unsafe(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is worth getting it prescribed by your doctor.",
        "If you take a statin, switching to the new pill is the safer choice.",
        "If you have a sore like this, treat it with a cream at home.",
        "If the pain wears you down, swap your tablets for a heat pad.",
        "Treat the sore yourself; there is no need to see anyone.",
    ],
)
def test_advice_in_everyday_words_is_found(sentence):
    assert find_unsafe(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In the trial, the new pill was the safer choice.",
        "If you want to know more, the full review is a good option.",
        "Swap rates between the groups were low.",
        "Treat these results with care, as the trials were small.",
    ],
)
def test_the_same_words_without_advice_pass(sentence):
    assert not find_unsafe(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "People on the pill had fewer falls (a risk ratio, or RR, of 0.3).",
        "The chance of a wound infection, or SSI, was lower with the new dressing.",
    ],
)
def test_a_long_form_given_first_explains_the_abbreviation(sentence):
    assert not unexplained_abbreviations(sentence)


def test_an_abbreviation_with_no_long_form_is_still_unexplained():
    assert unexplained_abbreviations("People on the pill had fewer falls (RR 0.3).") == ["RR"]


def _summary(what: str) -> PlainSummary:
    return PlainSummary(
        headline="Amyand hernias are rare and easy to miss, so doctors need to know the signs",
        what_the_study_did=what,
        why_it_matters="This paper is not about MS. Such a hernia can trap the gut. If you "
        "have pain in the groin, talk to your doctor.",
        limitations="It is a report of one woman. We do not know how she did later. More "
        "reports are needed.",
    )


def test_a_headline_term_the_body_names_and_explains_is_no_jargon():
    what = (
        "An Amyand hernia is a rare kind of hernia: the gut slips through a gap in the "
        "pelvis. Only a few hundred cases have been written up. This paper describes one woman."
    )
    assert not [f for f in check_jargon(_summary(what)) if f.section == "headline"]


def test_a_headline_term_the_body_never_uses_is_still_jargon():
    what = "This paper describes one woman with a rare hernia low in the belly. Surgeons fixed it."
    assert [f.span for f in check_jargon(_summary(what)) if f.section == "headline"] == ["Amyand"]


def test_a_headline_name_the_body_only_repeats_is_still_jargon():
    what = "This paper describes one woman whose Amyand hernia was repaired. She went home."
    assert [f.span for f in check_jargon(_summary(what)) if f.section == "headline"] == ["Amyand"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some people took older antihistamines such as mizolastine for a week.",
        "Other blood pressure agents, such as moxonidine, were not tested.",
        "The trials tested dopamine agonists such as ropinirole against a dummy pill.",
    ],
)
def test_a_medicine_named_after_its_class_is_explained(sentence):
    from plainsum.checks.jargon import unexplained_terms

    assert not [t for t in unexplained_terms(sentence) if t.very_rare]


def test_a_rare_medicine_with_no_class_named_is_still_flagged():
    from plainsum.checks.jargon import unexplained_terms

    assert [t.text for t in unexplained_terms("Mizolastine eased the itch in a week.")] == [
        "Mizolastine"
    ]


def test_a_clause_after_a_class_word_lists_nothing():
    from plainsum.checks.jargon import unexplained_terms

    sentence = "Beta-blockers lowered it and mizolastine raised it in the trial."
    assert "mizolastine" in [t.text for t in unexplained_terms(sentence)]


def test_a_list_a_verb_opens_after_the_class_word_is_explained():
    # "The drugs included X, Y, Z": a clean summary failed once past forms were read as a
    # clause's verb (the main corpus's spasticity review, 41/41 clean -> 40/41)
    from plainsum.checks.jargon import unexplained_terms

    sentence = "The drugs included baclofen, tizanidine, dantrolene and cannabis-based medicines."
    assert "dantrolene" not in [t.text for t in unexplained_terms(sentence)]
