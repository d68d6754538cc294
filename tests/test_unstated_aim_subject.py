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


def test_what_the_included_studies_tested_is_said_from_the_sentence_that_counts_them() -> None:
    from plainsum.plain.unstated_aim import compared_in

    text = (
        "We included six randomised trials with a total of 830 women evaluating four different "
        "ways of numbing the skin during either amniocentesis (four trials) or CVS (two trials). "
        "There was no clear evidence of benefit for any of them. The quality of the evidence "
        "is too low to change what doctors do now."
    )
    built = compared_in(source_sentences(parse(text)), headed=False)
    assert built == (
        "The trials evaluated four different ways of numbing the skin during either "
        "amniocentesis or CVS.",
        0,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a result, not what was tested; a count with no participle after it
        "We included six trials with 830 women evaluating pain, which was lower with the cream.",
        "We included six randomised trials with a total of 830 women from four countries.",
    ],
)
def test_a_count_sentence_with_no_thing_tested_gives_nothing(text: str) -> None:
    from plainsum.plain.unstated_aim import _what_included_tested

    assert _what_included_tested(text) is None


def test_the_drafted_body_names_what_the_studies_tested() -> None:
    from plainsum.api import draft

    text = (
        "We included six randomised trials with a total of 830 women evaluating four different "
        "ways of numbing the skin during either amniocentesis (four trials) or CVS (two trials). "
        "For amniocentesis two creams were compared, each in one small trial. There was no clear "
        "evidence of benefit for any of them. The quality of the evidence is too low to change "
        "what doctors do now."
    )
    body = draft(text).summary.what_the_study_did
    assert "amniocentesis or chorionic villus sampling" in body
