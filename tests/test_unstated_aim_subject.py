"""A results-only extract with no aim names what it studied from the subject of its conclusion:
"X in participants with Y reduced ..." is about X for people with Y (CD006667 never said what
was tested, or in whom). Never from a subject that is the evidence, the studies or a result."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.aim import studied_from
from plainsum.plain.source import source_sentences

RESULTS = (
    "Main results: Eight trials with 900 people met the entry rules. Deaths in hospital fell in "
    "two of the trials, and the others found no change.\nAuthors' conclusions: "
)


@pytest.mark.parametrize(
    ("conclusion", "said"),
    [
        (
            "Lying face down for long periods in adults with severe pneumonia reduced deaths in "
            "hospital but had no effect on deaths at 90 days.",
            "The review authors looked at lying face down for long periods in adults with "
            "severe pneumonia.",
        ),
        (
            "A cooling strategy that included cold drips in children with head injury probably "
            "increases the risk of death.",
            "The review authors looked at a cooling strategy that included cold drips in "
            "children with head injury.",
        ),
        (
            "PCV in infants with sickle cell disease prevented most serious infections.",
            "The review authors looked at PCV in infants with sickle cell disease.",
        ),
    ],
)
def test_what_a_conclusion_is_about_is_what_was_studied(conclusion: str, said: str) -> None:
    built = studied_from(source_sentences(parse(RESULTS + conclusion)), review=True)
    assert built is not None and built[0] == said


@pytest.mark.parametrize(
    "conclusion",
    [
        # the evidence, the trials or a result as the subject: no thing studied
        "The evidence in adults with severe pneumonia showed fewer deaths in hospital overall.",
        "Trials in adults with severe pneumonia had small numbers of people in them.",
        "Deaths in children with malaria fell with the new drug in most of the trials.",
        "Fewer deaths in adults with severe pneumonia led to shorter stays in hospital.",
    ],
)
def test_a_subject_that_is_no_thing_studied_gives_nothing(conclusion: str) -> None:
    assert studied_from(source_sentences(parse(RESULTS + conclusion)), review=True) is None
