"""A review's own bookkeeping ("The 14 studies awaiting classification may alter the conclusions
of this review", "Six trials permitted quantitative analysis by age") says how the review was
done and what may yet change it: never its headline, nor why it matters, even where it is the
last of the authors' sentences. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.no_finding import bookkeeping
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "sentence",
    [
        "The 14 studies awaiting classification may alter the conclusions of this review once "
        "they are assessed",
        "Nine reports listed under 'Studies awaiting assessment' could change the findings of "
        "the review",
        "The conclusions of the review will probably change once the eight trials still in "
        "press are included",
        "Six trials permitted quantitative analysis of the effect of cooling by age",
        "Four of the trials provided enough data for pooling",
    ],
)
def test_the_reviews_bookkeeping_is_known(sentence: str) -> None:
    assert bookkeeping(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cooling vests may change the results of walking tests in people with MS",
        "Cooling vests probably reduce fatigue in people with MS",
        "The review found that cooling eased fatigue in four of six trials",
    ],
)
def test_a_finding_is_no_bookkeeping(sentence: str) -> None:
    assert not bookkeeping(sentence)


def test_the_bookkeeping_never_heads_over_a_result() -> None:
    results = [
        measured("Cooling vests eased fatigue more than usual care did.", (3,), 1),
        measured("Nine trials permitted quantitative analysis of the effect by sex.", (4,), 2),
    ]
    conclusions = [
        measured(
            "The 14 studies awaiting classification may alter the conclusions of this review, "
            "once we have assessed them.",
            (6,),
            3,
        )
    ]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW, headed=False)
    assert "awaiting" not in head.text
    assert "permitted" not in head.text
    assert "Cooling vests eased fatigue" in head.text
