"""A long headline sentence that joins two findings of one subject heads with its first, and a
review whose authors found no firm evidence either way is not headed by what they allow
meanwhile (issue 9: a 27-word headline "X, when used as add-on treatment for people with Y, is
helpful in reducing A and can aid patients in reaching B"; a review that found no firm evidence
that any drug did better was headed "Oral treatment may be a viable treatment option", and once
that option ranked as what it is, by its call that trials "continue to be a high priority").
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural, opens_with_a_call
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.first_finding import first_finding
from plainsum.plain.headline.implication import implies
from plainsum.plain.headline.template import NO_CLEAR_EVIDENCE
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

_LONG = (
    "The tablet, when taken as an add-on treatment for people with hard-to-treat migraine, is "
    "helpful in reducing the number of attacks and can aid patients in becoming free of attacks."
)


def test_a_long_sentence_of_two_findings_gives_its_first() -> None:
    assert first_finding(_LONG) == (
        "The tablet, when taken as an add-on treatment for people with hard-to-treat migraine, "
        "is helpful in reducing the number of attacks"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # short enough to head whole
        "The tablet is helpful in reducing attacks and can aid patients in becoming free of them.",
        # the people at the end may scope both findings
        "Night splints worn for three months at home are helpful in reducing the pain of the "
        "thumb joint and may improve hand function in older women with arthritis of the hand.",
        # a comparison at the end bears on both
        "Guided needle placement by an ultrasound scan improves the share of first attempts that "
        "work and reduces the number of repeat attempts when compared with placement by touch.",
        # a harm is no lesser half of a finding
        "Hormone treatment taken after the change of life for heart disease prevention has little "
        "if any benefit for the heart and causes an increase in the risk of stroke in later life.",
        # "and" joins two outcomes of one list, not two findings
        "Native tissue repair of the front wall of the vagina was associated with increased "
        "awareness of the bulge and increased rates of repeat surgery for the bulge after a year.",
        # a second verb of the subject ("Drugs that ... and lower B improved C")
        "Drugs that calm the immune system and lower the number of white cells in the blood "
        "improved the walking speed of people in the trials over the two years of follow-up.",
    ],
)
def test_no_first_finding_where_the_cut_could_change_the_claim(sentence: str) -> None:
    assert first_finding(sentence) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Given the burden of daily jabs, tablets may be a viable treatment option.", True),
        ("Home exercise could be a reasonable alternative for people who cannot travel.", True),
        ("Tablets may be better than jabs at keeping blood sugar in range.", False),
    ],
)
def test_an_option_allowed_meanwhile_is_an_implication(text: str, expected: bool) -> None:
    assert implies(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Randomised trials of sugar control in this disease continue to be a high priority.",
            True,
        ),
        ("Studies of the long-term effects of the drug remain a priority.", True),
        ("Keeping blood sugar in range is a priority for people with this disease.", False),
    ],
)
def test_research_said_to_be_a_priority_is_a_call(text: str, expected: bool) -> None:
    assert opens_with_a_call(text) is expected


def test_found_no_firm_evidence_says_no_clear_evidence() -> None:
    assert NO_CLEAR_EVIDENCE.search(
        "This review has not found any firm evidence that any drug does better than another."
    )


def test_an_option_allowed_meanwhile_does_not_head_a_review_that_found_no_firm_evidence() -> None:
    conclusions = [
        measured(
            "This review has not found any firm evidence that any drug has a clear advantage over "
            "another in keeping blood sugar in range or in the clinical outcomes of the disease "
            "in adults.",
            (10,),
            0,
        ),
        measured(
            "Given the burden of daily jabs, tablets may be a viable treatment option.", (11,), 1
        ),
        measured(
            "Randomised trials of sugar control in this disease continue to be a high priority.",
            (12,),
            2,
        ),
    ]
    head = choose_headline(
        conclusions,
        [],
        StudyDesign.REVIEW,
        studies="4 trials",
        studies_source=3,
        topic="insulin and tablets",
        topic_source=1,
    )
    assert head.text == "A review of 4 trials found no clear evidence about insulin and tablets"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If the pill is shown to be effective, safe and acceptable, the results may warrant a "
            "change to the national advice.",
            True,
        ),
        ("If the new test is confirmed to work, it could replace the scan.", True),
        ("If people took the pill daily, fewer of them became pregnant.", False),
    ],
)
def test_what_would_follow_from_research_to_come_is_no_headline(text: str, expected: bool) -> None:
    assert opens_with_a_call(text) is expected


def test_a_measure_defined_is_how_it_was_measured() -> None:
    assert is_procedural(
        "Good eye alignment was defined as a squint of 8 units or less at near and far distances."
    )
    assert not is_procedural("Good eye alignment was more common with the adjustable stitches.")
