"""Word swaps inside fixed phrases (plainsum.plain.fixed_phrases): the glossary's plain word is
not put where it would break a phrase the words make together; elsewhere it still is. Sentences
written for these tests in the style of abstracts."""

import pytest

from plainsum.plain.fixed_phrases import breaks_fixed_phrase
from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Surfactant lowered deaths in preterm babies with respiratory distress syndrome.",
            "respiratory distress syndrome",
        ),
        (
            "During the cycling test we recorded heart rate and respiratory exchange ratio.",
            "respiratory exchange ratio",
        ),
        (
            "Zinc did not prevent acute lower respiratory tract infections in young children.",
            "respiratory tract infections",
        ),
        (
            "Nasal swabs and respiratory samples were tested for the virus.",
            "respiratory samples",
        ),
        (
            "Risk of bias was high because of poor blinding of allocation and participants.",
            "blinding of allocation and participants",
        ),
        (
            "Six trials reported blinding of participants and personnel.",
            "blinding of participants",
        ),
        (
            "Bias was high in the three comparative effectiveness trials of needling.",
            "comparative effectiveness trials",
        ),
        (
            "Weight gain was seen only in the trials of short duration.",
            "of short duration",
        ),
        (
            "Studies of longer duration are needed to judge harms.",
            "of longer duration",
        ),
        (
            "All scans used dynamic susceptibility contrast imaging of the brain.",
            "dynamic susceptibility contrast",
        ),
        (
            "Remote ischaemic preconditioning did not change kidney function after surgery.",
            "ischaemic preconditioning",
        ),
        ("Vascular deaths and ischaemic events did not differ.", "ischaemic events"),
        ("Two of the excluded studies asked the same question.", "the excluded studies"),
        (
            "Hormone therapy did not prevent cognitive decline in older women.",
            "cognitive decline",
        ),
        (
            "Self-reported cognitive function improved after eight weeks of training.",
            "cognitive function",
        ),
    ],
)
def test_the_fixed_phrase_stays_whole(sentence: str, kept: str) -> None:
    assert kept in plain_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "said", "gone"),
    [
        ("Patients with respiratory symptoms were seen weekly.", "breathing symptoms", "respir"),
        ("The duration of treatment ranged from 2 to 12 weeks.", "length of treatment", "durat"),
        ("Participants were adults with asthma.", "People were adults", "Participants"),
        ("Exercise improved cognitive skills in older adults.", "thinking skills", "ognitive"),
        ("We excluded trials that did not report pain.", "left out trials", "excluded"),
        ("Trials showed considerable benefit.", "large benefit", "considerable"),
        ("Considerable uncertainty remains about the effects.", "Much doubt remains", "onsid"),
        ("There is considerable uncertainty about harms.", "is much doubt about", "onsid"),
        (
            "The effectiveness of bracing was unclear in the included trials.",
            "effect of bracing",
            "effectiveness",
        ),
        (
            "Susceptibility to the disease was higher in siblings.",
            "isk of the disease",
            "usceptibility",
        ),
    ],
)
def test_the_swap_still_made_outside_a_fixed_phrase(sentence: str, said: str, gone: str) -> None:
    out = plain_words(sentence)
    assert said in out
    assert gone not in out


def test_only_the_named_terms_are_guarded() -> None:
    assert not breaks_fixed_phrase("mortality", "hospital", "was", "In-hospital ")
    assert breaks_fixed_phrase("respiratory", "lower", "tract", "acute lower ")
    assert not breaks_fixed_phrase("respiratory", "chronic", "symptoms", "chronic ")
