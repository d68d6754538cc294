"""The headline shortener: shorter forms of a sentence that say the same, and the headline
chosen from them. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import IDEAL_WORDS, choose_headline
from plainsum.plain.shorten import short_forms
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("sentence", "lab", "expected"),
    [
        (
            "In this cohort, lower salt intake was linked to fewer headaches.",
            False,
            "Lower salt intake was linked to fewer headaches",
        ),
        (
            "These results suggest that daily walking may improve balance in older adults.",
            False,
            "Daily walking may improve balance in older adults",
        ),
        (
            "The new drug lowered the yearly rate of flare-ups, which fits with earlier work.",
            False,
            "The new drug lowered the yearly rate of flare-ups",
        ),
        (
            "There is low-quality evidence that massage eases leg cramps in older adults.",
            False,
            "Weak evidence suggests massage eases leg cramps in older adults",
        ),
        (
            "There is high-quality evidence that massage eases leg cramps in older adults.",
            False,
            "Good evidence shows massage eases leg cramps in older adults",
        ),
        (
            "Yoga reduced tiredness in adults with MS compared with usual care.",
            False,
            "Yoga reduced tiredness in adults with MS",
        ),
        (
            "Infected cells made more of a repair protein called beta factor 9 than healthy cells.",
            False,
            "Infected cells made more of a repair protein than healthy cells",
        ),
        (
            "A common virus uses a repair protein to copy itself in human star-shaped brain cells.",
            True,
            "A common virus uses a repair protein to copy itself in human cells",
        ),
    ],
)
def test_a_shorter_form_keeps_the_claim(sentence: str, lab: bool, expected: str) -> None:
    assert expected in short_forms(sentence, lab)


@pytest.mark.parametrize(
    ("sentence", "lab", "lost"),
    [
        # the trailing clause holds a "not": without it the claim would be false
        (
            "The new drug lowered the yearly rate of flare-ups, although the difference was not "
            "significant.",
            False,
            "The new drug lowered the yearly rate of flare-ups",
        ),
        # "suggest" is the only hedge: dropping the frame would state it as fact
        (
            "These results suggest that daily walking improves balance in older adults.",
            False,
            "Daily walking improves balance in older adults",
        ),
        # the lead names who was studied
        (
            "In these patients, the new drug lowered pain scores.",
            False,
            "The new drug lowered pain scores",
        ),
        # a hedge in the trailing words
        (
            "Cooling vests eased tiredness in hot weather, possibly through lower body heat.",
            False,
            "Cooling vests eased tiredness in hot weather",
        ),
        # only a lab study's cells are said short
        (
            "A common virus uses a repair protein to copy itself in human star-shaped brain cells.",
            False,
            "A common virus uses a repair protein to copy itself in human cells",
        ),
    ],
)
def test_a_cut_never_drops_a_word_of_meaning(sentence: str, lab: bool, lost: str) -> None:
    assert lost not in short_forms(sentence, lab)


def test_every_short_form_is_a_whole_sentence_and_shorter() -> None:
    sentence = (
        "In this study, regular stretching lowered muscle stiffness in adults with MS compared "
        "with usual care, which matches what physiotherapists often see."
    )
    forms = short_forms(sentence)
    assert forms
    for form in forms:
        assert len(form.split()) < len(sentence.split())
        assert form[0].isupper() and not form.endswith((",", ";", "."))


def test_a_long_conclusion_is_shortened_to_a_headline() -> None:
    conclusion = measured(
        "In this trial, a twelve-week balance class reduced the number of falls in adults with "
        "MS compared with usual care, which matches earlier reports from smaller clinics."
    )
    head = choose_headline([conclusion], [], StudyDesign.TRIAL)
    assert head.text == "A twelve-week balance class reduced the number of falls in adults with MS"
    assert len(head.text.split()) <= IDEAL_WORDS[1]
    assert head.origin == conclusion.text and not head.from_template


def test_a_short_conclusion_beats_a_shortened_result() -> None:
    conclusion = measured("Balance classes reduced falls in adults with MS.")
    result = measured(
        "Adults in the balance classes had fewer falls over the year than adults in the "
        "waiting-list group, which was the main result."
    )
    head = choose_headline([conclusion], [result], StudyDesign.TRIAL)
    assert head.text == "Balance classes reduced falls in adults with MS"


def test_a_hedged_long_conclusion_keeps_its_hedge_in_the_headline() -> None:
    conclusion = measured(
        "There is low-quality evidence that a daily cooling vest eases tiredness in people with "
        "MS, which is in keeping with what they report in clinics."
    )
    head = choose_headline([conclusion], [], StudyDesign.REVIEW)
    assert head.text.startswith("Weak evidence suggests")
    assert "people with MS" in head.text
