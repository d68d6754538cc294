"""Limits said of a part of a review's studies are never said of all of them (issue 9):
"The authors say the studies were few or small." was false of a review of 38 studies whose
abstract said "Three small studies looked at X", and "The eight studies had only 250 people in
all." of a review of 22 trials whose eight were one comparison's. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.evidence_size import evidence_size
from plainsum.plain.facts import Fact
from plainsum.plain.limits import stated_limits
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence
from plainsum.plain.studies_taken_in import most_taken_in
from plainsum.schemas import StudyDesign


def _sentences(*texts: str) -> list[SourceSentence]:
    return [SourceSentence(i, t, Role.RESULTS, 0, 0) for i, t in enumerate(texts)]


def _kinds(*texts: str) -> set[str]:
    return {x.name for x in stated_limits(_sentences(*texts), StudyDesign.REVIEW)}


TWENTY = "We included 20 trials with 3,100 participants."


@pytest.mark.parametrize(
    "sentence",
    [
        "Three small studies looked at splints worn at night.",
        "A single small trial of honey dressings suggested slower healing.",
        "A pooled analysis of two small studies showed no difference in relapse.",
        "From single small trials, there was weak evidence for massage and for heat.",
        "Bias was more common in small studies with high dropout.",
    ],
)
def test_small_studies_that_are_a_part_or_a_kind_are_no_limit_of_all(sentence: str) -> None:
    assert "small_studies" not in _kinds(TWENTY, sentence)


def test_a_comparison_of_the_review_is_a_part_whatever_its_wording() -> None:
    sentence = "We included two small studies with 90 participants in this comparison."
    assert "small_studies" not in _kinds(TWENTY, sentence)


@pytest.mark.parametrize(
    "texts",
    [
        # the small studies are all the review took in
        ("We included four small trials with 210 participants.",),
        ("Four small trials were included.", "Pain fell more with the splint."),
        ("Only two studies met the inclusion criteria.", "Based on two small studies, X helps."),
        # said of every study, or of every analysis
        (TWENTY, "All of the trials were small."),
        (TWENTY, "Due to the small number of studies in each analysis, no subgroups were run."),
    ],
)
def test_small_studies_that_are_all_of_them_are_still_said(texts: tuple[str, ...]) -> None:
    assert "small_studies" in _kinds(*texts)


def test_the_review_count_is_the_largest_it_took_in() -> None:
    sentences = _sentences(
        "Eleven possible studies were found, of which five were included.",
        "We also identified two ongoing trials.",
        "Of 14 studies identified, six were included.",
    )
    assert most_taken_in(sentences) == 0  # none of those counts took studies in
    sentences = _sentences(
        "We found 22 trials that met our inclusion criteria.",
        "Dressings: we included eight studies with a total of 250 participants.",
    )
    assert most_taken_in(sentences) == 22


def test_a_count_of_a_part_is_no_count_of_how_little_the_review_found() -> None:
    fact = Fact(
        "The review included eight studies with 250 people.", 1, "eight", "studies", "250 people"
    )
    sentences = _sentences(
        "We found 22 trials that met our inclusion criteria.",
        "Dressings: we included eight studies with a total of 250 participants.",
    )
    assert evidence_size([fact]) is not None  # alone, the count reads as the review's
    assert evidence_size([fact], sentences=sentences) is None
    alone = _sentences("Dressings: we included eight studies with a total of 250 participants.")
    size = evidence_size([fact], sentences=alone)
    assert size is not None and "250 people" in size.text
