"""Two more plain ways of saying a paper's numbers: the length of a span of calendar years
("over nine years" for people recruited between 2012 and 2021) and a count of a base said as a
percentage ("about 21%" for 41 of 194). Lengths and shares the paper's figures do not give still
fail. A paper and sentences written for these tests."""

import pytest

from plainsum.checks.faithfulness import check_faithfulness
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PAPER = parse(
    """Home visits after a fall: a cohort study

Methods: We followed 612 older adults seen at an emergency department after a fall between 2012
and 2021.

Results: A further fall within a year was reported by 41 of 194 adults who had home visits and
by 150 of 418 adults who did not.

Conclusions: Home visits were linked with fewer further falls."""
)


def _invented(sentence: str) -> list[str]:
    summary = PlainSummary(
        headline="Home visits went with fewer falls",
        what_the_study_did=sentence,
        why_it_matters="Falls are common in older age. Ask your doctor about help at home.",
        limitations="The study shows a link, not that the visits prevented falls.",
    )
    return [
        f.message.split()[2]
        for f in check_faithfulness(PAPER, summary)
        if f.message.startswith("The number")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "People were followed over nine years.",
        "The study took in people over 10 years.",
        "About 21% of those with home visits fell again within a year.",
        "Another fall came for 36% of those without visits.",
    ],
)
def test_a_span_of_years_or_a_share_of_a_count_is_not_invented(sentence):
    assert _invented(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("People were followed over 15 years.", "15"),
        ("About 30% of those with home visits fell again within a year.", "30"),
    ],
)
def test_a_length_or_share_the_paper_does_not_give_still_fails(sentence, number):
    assert number in _invented(sentence)
