"""A headline never gives the size of an effect of nothing it names ("The size of the effect was
similar to other painkillers"); where a result would head instead only because the authors'
first finding is long, that finding heads whole. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.dangling import dangles
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "headline",
    [
        "The size of the effect was similar to other good painkillers",
        "The magnitude of the benefit was small",
        "The size of the true effect is likely to be larger",
    ],
)
def test_an_effect_measure_of_nothing_named_dangles(headline: str) -> None:
    assert dangles(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "The effect of cooling vests on fatigue was small",
        "The size of the effect of exercise on walking was small",
        "The size of the effect of fampridine on walking speed was moderate",
    ],
)
def test_an_effect_measure_that_names_its_treatment_stands(headline: str) -> None:
    assert not dangles(headline)


MAIN = (
    "A single dose of cooling vest plus fan provided good relief of heat-related fatigue with "
    "a long-lasting effect to more people with MS than no cooling or the same vest or fan used "
    "alone on hot days."
)  # 37 words: too long for any form of a headline


def test_the_long_first_finding_heads_over_a_result() -> None:
    conclusions = [
        measured(MAIN, (20,), 1),
        measured("The size of the effect was similar to other cooling methods.", (21,), 2),
    ]
    results = [
        measured("The response rate with the vest alone was 53% and with a fan 45%.", (12,), 0)
    ]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.text == MAIN.rstrip(".")
    assert head.sources == (20,)


def test_a_first_finding_that_fits_still_heads_as_before() -> None:
    short = "Cooling vests eased heat-related fatigue in people with MS."
    conclusions = [measured(short, (20,), 1), measured(MAIN, (21,), 2)]
    results = [
        measured("The response rate with the vest alone was 53% and with a fan 45%.", (12,), 0)
    ]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.text == short.rstrip(".")


def test_the_long_first_finding_heads_over_a_later_conclusion_with_a_cost() -> None:
    # (the later one ranks first only despite its unexplained abbreviation)
    conclusions = [
        measured(MAIN, (20,), 1),
        measured("But the NNT of 3 is similar to other cooling methods often used.", (22,), 2),
    ]
    head = choose_headline(conclusions, [], StudyDesign.REVIEW)
    assert head.text == MAIN.rstrip(".")
