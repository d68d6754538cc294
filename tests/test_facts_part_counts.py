"""A count of one comparison's or one analysis's studies is never the review's size (issue 9,
firm false statements): "The comparison of A versus B, which included four trials and 290
children" counts that comparison's trials, "12 trials provided data for meta-analysis of A
versus B" those one analysis pooled, and "30 trials were identified of which six ... are
included" holds six, not 30. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.plain.studies_taken_in import most_taken_in
from plainsum.schemas import StudyDesign


def _sizes(results: str) -> list[str]:
    text = (
        "Background: Infants born early lose heat quickly.\n"
        f"Main results: {results} Warm cots made little difference to weight gain.\n"
        "Authors' conclusions: Warm cots may be as good as incubators."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    return [f.text for f in facts if "included" in f.text]


def test_found_then_kept_with_an_aside_gives_the_kept_count_and_its_people() -> None:
    results = (
        "Nine potential trials were identified of which four, involving 312 infants, were "
        "included in this review. The comparison of warm cots versus incubators, which "
        "included four trials and a total of 290 infants, gave similar results."
    )
    assert _sizes(results) == ["The review included four trials with 312 infants."]


def test_found_then_kept_said_in_the_present_gives_the_kept_count() -> None:
    results = (
        "We identified 30 trials of which six (410 infants) that tested warm cots are included."
    )
    assert _sizes(results) == ["The review included six trials with 410 infants."]


@pytest.mark.parametrize(
    "results",
    [
        # a comparison's own count, said after the comparison in the same sentence
        "The comparison of warm cots versus incubators, which included four trials and a total "
        "of 290 infants, gave similar results.",
        # the trials one analysis pooled
        "Twenty trials gave results in this review. Overall, 12 trials (380 infants) provided "
        "data for meta-analysis of warm cots versus incubators.",
    ],
)
def test_a_part_s_count_is_never_the_review_s(results: str) -> None:
    sizes = _sizes(results)
    assert not any("290" in s or "12 trials" in s or "380" in s for s in sizes), sizes


def test_the_review_s_own_count_still_stands() -> None:
    results = "We included 14 trials with 1210 infants that compared warm cots with incubators."
    assert _sizes(results) == ["The review included 14 trials with 1210 infants."]


def test_the_count_taken_in_is_not_a_count_of_records_before_it() -> None:
    text = (
        "Objectives: To compare warm cots with incubators for infants born early.\n"
        "Main results: From 512 records 18 studies met the inclusion criteria. "
        "Warm cots made little difference to weight gain or to body heat in the first week."
    )
    assert most_taken_in(source_sentences(parse(text))) == 18
