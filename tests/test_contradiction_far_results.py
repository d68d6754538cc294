"""A reversed result the paper states far from the summary's words: a short "Fewer people died
with X." against "X did not differ from Y with respect to mortality, ...", a death said in
everyday words against "death rates", outcomes named after "with respect to", a verb against its
noun ("divided" / "division"), "impairs" as less of a thing, examples set off between a subject
and its verb; and what must still pass: the same result, background in "why it matters", an
aim. Papers and sentences written for these tests."""

from __future__ import annotations

import pytest
from gate_probes import contradictions

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in
from plainsum.checks.support_contradicted import short_change
from plainsum.ingest import Source, parse

# a review of two ways of giving a treatment, the null outcomes named after "with respect to"
NIGHT_PUMP = parse(
    """Objectives: To compare an overnight pump with daytime hand exchanges for home \
peritoneal dialysis in adults with kidney failure.

Main results: Four trials with 212 adults were included. The overnight pump did not differ \
from daytime exchanges with respect to mortality (RR 1.31, 95% CI 0.62 to 2.77), risk of \
peritonitis (RR 0.81, 95% CI 0.55 to 1.19), hernias or catheter removal. One trial found \
that adults on the pump had more free time for work and family.

Authors' conclusions: The overnight pump has no clear advantage over daytime exchanges in \
clinical outcomes, but may suit people who work or study."""
)


_PARTS = {
    "headline": "An overnight pump worked about as well as hand exchanges",
    "what_the_study_did": "The review found four trials with 212 adults.",
    "why_it_matters": "This review is not about MS. Ask your kidney team which suits you.",
    "limitations": "The trials were small, so the review can only be as good as they are.",
}


def _contradictions(source: Source, section: str, sentence: str) -> list[str]:
    return contradictions(source, _PARTS, section, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fewer people died with the pump.",
        "More people died with the overnight pump.",
        "Hernias were less common with the pump.",
    ],
)
def test_a_short_reversal_of_a_far_null_result_is_caught(sentence: str) -> None:
    assert _contradictions(NIGHT_PUMP, "what_the_study_did", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Deaths were about as common with the pump.",
        "People on the pump had more free time.",
    ],
)
def test_the_same_result_passes(sentence: str) -> None:
    assert not _contradictions(NIGHT_PUMP, "what_the_study_did", sentence)


def test_a_short_change_as_background_in_why_it_matters_is_not_read_against_far_results() -> None:
    # background on the reader's life, not a result of the study
    sentence = "Infections of the belly lining become more common with age."
    assert not _contradictions(NIGHT_PUMP, "why_it_matters", sentence)


def test_a_null_names_each_outcome_after_with_respect_to() -> None:
    claims = claims_in(
        "The overnight pump did not differ from daytime exchanges with respect to mortality, "
        "risk of peritonitis, hernias or catheter removal."
    )
    about = [set(c.about) for c in claims if c.polarity == "null"]
    assert {"mortal"} in about and {"hernia"} in about


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        ("More people died with the new fluid.", ["No differences in death rates were found."]),
        (
            "When the larvae were kept awake, their stem cells divided more often.",
            ["We find that sleep loss in larvae impairs cell division of neural stem cells."],
        ),
        (
            "Physical aggression, such as hitting, also eased with the training.",
            ["There was no difference in physical aggression between the groups."],
        ),
    ],
)
def test_a_reversal_said_in_other_words_is_caught(sentence: str, paper: list[str]) -> None:
    assert contradiction(sentence, paper)


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        (
            "When the larvae were kept awake, their stem cells divided less.",
            ["We find that sleep loss in larvae impairs cell division of neural stem cells."],
        ),
        (
            "The aims of both treatments are to relieve pain and improve movement.",
            ["The two treatments did not differ with respect to pain or movement."],
        ),
    ],
)
def test_agreement_and_aims_pass(sentence: str, paper: list[str]) -> None:
    assert contradiction(sentence, paper) is None


@pytest.mark.parametrize(
    ("sentence", "short"),
    [
        ("Fewer people died with the pump.", True),
        ("Hernias were less common with the pump.", True),
        # who did best: a subgroup's result, not a change to read against every result
        ("People whose symptoms were worst gained the most.", False),
        # what a thing does in general, not a result
        ("Cutting down on salt will lower blood pressure.", False),
        # a long sentence is drawn to its evidence by its own words
        (
            "Fewer people on the overnight pump died, had hernias or needed their tube taken out.",
            False,
        ),
    ],
)
def test_which_sentences_are_read_against_every_result(sentence: str, short: bool) -> None:
    assert short_change(sentence) is short
