"""A review's own limits in words the limit rules used to miss: "the small number of available
RCTs", "only small, poor quality trials", "the methodological quality of 17 included studies
was poor", "methodological weaknesses", "insufficient evidence". Sentences written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.limits import stated_limits
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _names(results: str, conclusions: str = "Cooling vests may ease tiredness.") -> set[str]:
    text = (
        "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
        f"Main results: We included 12 trials with 640 people. {results}\n"
        f"Authors' conclusions: {conclusions}"
    )
    return {lim.name for lim in stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW)}


@pytest.mark.parametrize(
    ("results", "name"),
    [
        ("Results from the small number of available RCTs favour the vests.", "small_studies"),
        ("We found only small, poorly designed trials.", "small_studies"),
        ("The methodological quality of 9 included studies was poor.", "bias"),
        ("Some included trials had methodological weaknesses in how people were picked.", "bias"),
        ("There is insufficient evidence to support cooling vests for tiredness.", "weak_evidence"),
        ("Further RCTs are needed to find the best vest.", "more_research"),
        (
            "Further longer-term research on large groups of people with each type of MS and "
            "each level of disability is necessary.",
            "more_research",
        ),
        ("There is a need for well-run, large randomised trials of vests.", "more_research"),
        ("The role of cold drinks requires further evaluation.", "more_research"),
        ("Two trials tested cold drinks but were too small to assess tiredness.", "small"),
    ],
)
def test_a_review_s_own_limit_in_other_words(results, name):
    assert name in _names(results)


@pytest.mark.parametrize(
    ("results", "name"),
    [
        # what the studies did, not that they were few or flawed
        ("A small number of people in the vest group felt cold.", "small_studies"),
        ("The quality of life of 9 people improved.", "bias"),
        ("There was no insufficient evidence of harm.", "weak_evidence"),
        ("The drop in tiredness was too small to notice in daily life.", "small"),
    ],
)
def test_words_near_a_limit_that_name_none(results, name):
    assert name not in _names(results)


def _texts(results: str, studies: int) -> list[str]:
    text = (
        "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
        f"Main results: {results}\n"
        "Authors' conclusions: Cooling vests may ease tiredness."
    )
    return [
        lim.text
        for lim in stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW, studies)
    ]


def test_a_limit_said_of_a_count_of_the_studies_is_said_of_some_of_them():
    texts = _texts(
        "We included nine trials. We assessed two trials as being at high risk of attrition "
        "bias and another at high risk of reporting bias.",
        9,
    )
    assert "The authors say many people dropped out of some of the studies." in texts
