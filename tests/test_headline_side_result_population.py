"""Who (or what) a study was done in is no key term of its conclusions: a headline that repeats
a side result names none of the conclusions' terms even when it names the mice, the cells or
the people with MS, and is an error; headlines that name what the conclusions are about pass.
Sentences written for these tests."""

import pytest
from test_headline_topic_only import MICE, _errors

from plainsum.ingest import parse

CELLS = parse(
    """Metformin and the maturing of myelin-making cells in culture

Objectives: To test whether metformin helps oligodendrocyte precursor cells mature.

Methods: We grew rat oligodendrocyte precursor cells with or without metformin for five days.

Results: Metformin doubled the number of precursor cells that made myelin proteins. Cell death
did not differ between treated and untreated cells. Treated cells used more oxygen than
untreated cells.

Conclusions: Metformin helped oligodendrocyte precursor cells mature into myelin-making cells."""
)
WALKING = parse(
    """Fampridine for walking in multiple sclerosis

Objectives: To assess whether fampridine improves walking speed in people with multiple
sclerosis.

Methods: We randomised 120 people with MS to fampridine or placebo for 12 weeks.

Results: Walking speed improved by 25% with fampridine compared with 5% with placebo. Hand grip
strength did not change in people with MS. Sleep quality was similar in people with MS in both
groups.

Conclusions: Fampridine improved walking speed in people with MS."""
)


@pytest.mark.parametrize(
    "source,headline",
    [
        (MICE, "Fewer immune cells gathered in the damaged areas of treated mice."),
        (MICE, "Immune cells gathered less in the damaged areas of treated mice."),
        (CELLS, "Cell death did not differ between treated and untreated cells."),
        (CELLS, "Treated cells used more oxygen than untreated cells."),
        (CELLS, "Treated and untreated cells died at the same rate."),
        (WALKING, "Hand grip strength did not change in people with MS."),
        (WALKING, "Sleep quality was similar in people with MS in both groups."),
        (WALKING, "People with MS in both groups had similar sleep quality."),
    ],
)
def test_a_side_result_that_names_only_who_was_studied_is_an_error(source, headline: str):
    assert _errors(source, headline)


@pytest.mark.parametrize(
    "source,headline",
    [
        (MICE, "Vitamin D helped repair myelin in mice."),
        (MICE, "Mice given vitamin D grew back more myelin."),
        (MICE, "A diet rich in vitamin D improved myelin repair in mice."),
        (CELLS, "Metformin helped young myelin-making cells mature in the lab."),
        (CELLS, "In lab dishes, metformin doubled the cells that made myelin proteins."),
        (WALKING, "Fampridine sped up walking in people with MS."),
        (WALKING, "People with MS walked faster on fampridine."),
        (WALKING, "Walking speed rose by a quarter with fampridine in people with MS."),
    ],
)
def test_a_headline_on_what_the_conclusions_are_about_passes(source, headline: str):
    assert _errors(source, headline) == []
