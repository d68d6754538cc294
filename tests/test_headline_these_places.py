"""A conclusion about the places a study sampled, pointed at as "these" ("Raw milk sold in these
villages is a common source of X"), heads as "the villages studied": read alone, "these
villages" points at a sentence the reader has not seen, and the conclusion was passed over for a
side result (a count of contaminated samples). People are never renamed so: "these patients"
is as often a group among them. Every sentence here is written for these tests."""

from __future__ import annotations

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.forms import headline_forms
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _forms(text: str) -> list[str]:
    return [f for _, f in headline_forms(measured(text), StudyDesign.OBSERVATIONAL, "")]


def test_these_places_are_the_places_studied() -> None:
    forms = _forms("Raw milk sold in these villages is a common source of drug-resistant germs.")
    assert "Raw milk sold in the villages studied is a common source of drug-resistant germs" in (
        forms
    )


def test_these_people_stay_as_they_are() -> None:
    forms = _forms("These patients had fewer falls after the balance course.")
    assert not any("patients studied" in f for f in forms)


def test_the_conclusion_about_the_places_heads_over_a_count() -> None:
    results = [measured("Germs were found in 150 of 200 samples.", (1,), 1)]
    conclusions = [
        measured(
            "Raw milk sold in these villages is a common source of drug-resistant germs, which "
            "supports better hygiene on farms.",
            (5,),
            5,
        )
    ]
    head = choose_headline(conclusions, results, StudyDesign.OBSERVATIONAL)
    assert head.text == (
        "Raw milk sold in the villages studied is a common source of drug-resistant germs"
    )


def test_the_findings_verdict_on_what_a_thing_is_heads_as_a_plain_claim() -> None:
    sentence = (
        "These findings identify the membrane pump as a key part of the parasite's feeding "
        "system and suggest that blocking it could starve the parasite."
    )
    assert "The membrane pump is a key part of the parasite's feeding system" in _forms(sentence)


def test_two_things_identified_at_once_get_no_such_form() -> None:
    sentence = "These findings identify the pump and the channel as parts of the feeding system."
    assert not any(" is a" in f or " is the" in f for f in _forms(sentence))
