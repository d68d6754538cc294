"""A review's size said in forms the offline drafter missed, so its draft said no size at all:
an opening count whose people are "a total of" ("Eight random or quasi-random controlled
trials reported on a total of 950 patients"), the people said before the studies ("We included
410 participants from six RCTs"), "We reviewed" or "We evaluated" as the verb, "primary
studies", "met all of the eligibility criteria", "were found to be eligible", "We included in
the review". And people counted with a second group joined by "and" ("50 families and 61
children") are one group of two: never said as the whole. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _sizes(results: str) -> list[str]:
    text = (
        "Background: Dry skin is common in older adults.\n"
        "Objectives: To assess moisturisers for dry skin.\n"
        f"Main results: {results} Moisturisers made skin feel less dry.\n"
        "Authors' conclusions: Moisturisers may ease dry skin."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    return [f.text for f in facts if f.text.startswith("The review included")]


@pytest.mark.parametrize(
    ("results", "size"),
    [
        (
            "Eight random or quasi-random controlled trials reported on a total of 950 patients.",
            "The review included eight trials with 950 patients.",
        ),
        (
            "We included 410 participants from six RCTs.",
            "The review included six trials with 410 people.",
        ),
        (
            "We evaluated seven RCTs involving a total of 530 participants.",
            "The review included seven trials with 530 people.",
        ),
        (
            "We reviewed 14 studies that enrolled a total of 2210 participants.",
            "The review included 14 studies with 2210 people.",
        ),
        (
            "We identified 23 primary studies with 3100 participants.",
            "The review included 23 studies with 3100 people.",
        ),
        (
            "Five studies met all of the eligibility criteria for inclusion in the review.",
            "The review included five studies.",
        ),
        (
            "Nine trials were found to be eligible for inclusion in this review.",
            "The review included nine trials.",
        ),
        ("We included in the review four trials of home care.", "The review included four trials."),
        (
            "Eleven trials contributed to this review (640 participants).",
            "The review included eleven trials with 640 people.",
        ),
        # a number in words written without its hyphen is read whole, never as its last word
        (
            "Thirty two eligible studies were identified with a total of 2890 participants.",
            "The review included thirty-two studies with 2890 people.",
        ),
    ],
)
def test_a_size_said_in_another_form_is_read(results: str, size: str) -> None:
    assert _sizes(results) == [size]


@pytest.mark.parametrize(
    "results",
    [
        "We included one trial, involving 50 families and 61 children.",
        "We included two trials with 73 patients with eczema and 40 healthy volunteers.",
    ],
)
def test_people_counted_beside_a_second_group_are_never_the_whole(results: str) -> None:
    sizes = _sizes(results)
    assert sizes and not any(" with " in s for s in sizes), sizes


def test_people_with_a_range_after_them_are_still_the_whole() -> None:
    # "aged between five and 12 years": "and" joins two ages, not a second group
    results = "We included three trials with 96 children aged between five and 12 years."
    assert _sizes(results) == ["The review included three trials with 96 children."]


def test_the_first_count_of_a_breakdown_of_people_is_never_the_whole() -> None:
    results = (
        "Twenty six trials were included, with a total of 310 participants for cream A, 1420 "
        "for cream B and 880 for cream C."
    )
    assert _sizes(results) == ["The review included twenty-six trials."]


@pytest.mark.parametrize(
    "methods",
    [
        "We recruited 96 adults who had been taking sleeping pills and 40 healthy controls.",
        "A case-control study of 150 patients with gout and 75 matched controls was done.",
    ],
)
def test_a_study_of_two_groups_never_gives_one_as_its_size(methods: str) -> None:
    text = (
        f"Background: Sleep problems are common.\nMethods: {methods}\n"
        "Results: Sleep was shorter in the first group.\nConclusions: Sleep may differ."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.OBSERVATIONAL)
    assert not any(f.text.startswith("The study included") for f in facts), facts
