"""An abbreviation named as the kind of thing it is, a condition, a germ or a scale, is explained
("the lung disease COPD", "the virus HPV"), as "the gene PKD1" already was (issue 8: a clean
summary of a development set in news wording failed for "the lung disease COPD"). The kind must
stand right before it: "the disease risk RR" names no disease called RR. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.abbreviations import unexplained_abbreviations


@pytest.mark.parametrize(
    "text",
    [
        "Classes help people with the lung disease COPD breathe more easily.",
        "The virus HPV can lead to cancer of the cervix.",
        "Children with the bowel condition IBD missed more school.",
        "The blood infection MRSA was rarer on the new wards.",
        "Nurses used the memory questionnaire MoCA at every visit.",
    ],
)
def test_an_abbreviation_named_by_its_kind_is_explained(text: str) -> None:
    assert unexplained_abbreviations(text) == []


@pytest.mark.parametrize(
    "text, token",
    [
        ("The disease risk RR was 0.8 in the treated group.", "RR"),
        ("Scores on the EDSS fell in both groups.", "EDSS"),
        ("The condition improved with PCC in most people.", "PCC"),
    ],
)
def test_a_kind_word_not_naming_it_explains_nothing(text: str, token: str) -> None:
    assert token in unexplained_abbreviations(text)


def test_an_abbreviation_used_in_the_plural_is_found_where_it_is_used() -> None:
    from plainsum.checks.shape import check_shape
    from plainsum.schemas import PlainSummary

    summary = PlainSummary(
        headline="A malaria drug protected lab-grown brain tissue from a virus",
        what_the_study_did="Scientists grew brain tissue from iPSCs and infected it with a "
        "virus. The drug cut the amount of virus a lot, and fewer cells died.",
        why_it_matters="There is no treatment for this infection in pregnancy. Talk to your "
        "midwife if you are worried.",
        limitations="These were cells in a dish, not people, so nobody knows yet whether the "
        "drug would work in the body.",
    )
    found = [f for f in check_shape(summary) if f.span == "iPSC"]
    assert [f.section for f in found] == ["what_the_study_did"]
    assert "Scientists grew brain tissue from iPSCs" in found[0].message


def test_a_kind_word_in_a_list_before_it_explains_nothing() -> None:
    text = "The results for disease flare-up and AEs were uncertain."
    assert "AE" in unexplained_abbreviations(text)
    assert unexplained_abbreviations("The virus HPV can lead to cancer.") == []
