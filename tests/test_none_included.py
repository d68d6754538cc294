"""A review that took in no study at all (plain.none_included), and its stated limits: none of
studies it did not include, only the authors' call for research. Every sentence here is
written for these tests, in the style of real review abstracts."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.limits import stated_limits
from plainsum.plain.none_included import none_included, says_none_included
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence, source_sentences
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "sentence",
    [
        "We screened the remaining 14 reports in full, but none satisfied the inclusion criteria.",
        "Of the 31 relevant studies we found, none met the inclusion criteria for the review.",
        "None met the review's inclusion criteria.",
        "No trials were eligible for inclusion in this review.",
        "No suitable trials were identified.",
        "Therefore no studies are included in this review.",
        "There are no included studies.",
        "We identified no randomised controlled trials.",
        "We did not identify any RCTs that met our inclusion criteria.",
        "As in the previous version, we found no trials for inclusion in this update.",
    ],
)
def test_none_meeting_the_review_s_own_rules_is_an_empty_review(sentence: str) -> None:
    assert says_none_included(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We found no new trials for this update.",
        "We did not identify any additional studies meeting the inclusion criteria.",
        "Cooling vest versus fan: no studies met the eligibility criteria for this comparison.",
        "We found no studies in children.",
        "None of the included studies reported fatigue.",
        "We did not identify any trials that assessed cooling caps.",
        "All studies were observational; we found no RCTs.",
        "If no trials are eligible, we will describe observational studies.",
        "None of the blood tests met this criterion.",
        "We identified no ongoing trials.",
    ],
)
def test_a_part_of_a_review_or_a_plan_is_no_empty_review(sentence: str) -> None:
    assert not says_none_included(sentence)


def _sentences(*said: tuple[Role, str]) -> list[SourceSentence]:
    return [SourceSentence(i, text, role, 0, len(text)) for i, (role, text) in enumerate(said)]


def test_the_sentence_that_says_so_is_found_among_methods_results_or_conclusions() -> None:
    sentences = _sentences(
        (Role.BACKGROUND, "Cooling vests are worn by some people with MS."),
        (Role.METHODS, "We retrieved 14 articles in full, but none met the inclusion criteria."),
        (Role.RESULTS, "We identified only observational data from single-arm studies."),
    )
    assert none_included(sentences) == 1


def test_a_review_that_counts_studies_it_took_in_is_not_empty() -> None:
    sentences = _sentences(
        (Role.RESULTS, "We identified no randomised controlled trials."),
        (Role.RESULTS, "Four observational studies with 300 people met our inclusion criteria."),
    )
    assert none_included(sentences) is None
    assert none_included(sentences[:1], studies=4) is None
    assert none_included(sentences[:1]) == 0


def test_a_background_sentence_on_other_reviews_is_not_this_review_s() -> None:
    sentences = _sentences((Role.BACKGROUND, "No trials were eligible for inclusion."))
    assert none_included(sentences) is None


EMPTY = (
    "Background: Cooling vests are worn by some people with multiple sclerosis (MS) in hot "
    "weather.\n\n"
    "Objectives: To assess whether cooling vests ease tiredness in adults with MS.\n\n"
    "Search methods: We searched the Cochrane MS Group trials register up to May 2020.\n\n"
    "Selection criteria: Randomised controlled trials of cooling vests in adults with MS.\n\n"
    "Main results: We retrieved 12 articles in full, but none satisfied the inclusion criteria. "
    "We identified only observational data from single-arm studies without blinding.\n\n"
    "Authors' conclusions: Randomised trials of cooling vests are needed."
)


def test_an_empty_review_states_no_limits_of_studies_it_did_not_include() -> None:
    limits = stated_limits(source_sentences(parse(EMPTY)), StudyDesign.REVIEW)
    assert [limit.name for limit in limits] == ["more_research"]


def test_an_empty_review_keeps_its_authors_verdict_on_the_evidence() -> None:
    said = EMPTY.replace(
        "Authors' conclusions: ",
        "Authors' conclusions: There is insufficient evidence to support cooling vests. ",
    )
    limits = stated_limits(source_sentences(parse(said)), StudyDesign.REVIEW)
    assert sorted(limit.name for limit in limits) == ["more_research", "weak_evidence"]


def test_a_review_with_studies_keeps_the_limits_its_authors_state() -> None:
    full = EMPTY.replace(
        "We retrieved 12 articles in full, but none satisfied the inclusion criteria.",
        "Three trials with 140 people met the inclusion criteria.",
    ).replace("observational data from single-arm studies", "data from trials")
    names = [
        limit.name for limit in stated_limits(source_sentences(parse(full)), StudyDesign.REVIEW)
    ]
    assert "more_research" in names
    assert len(names) > 1  # (the studies' own limit is said)
