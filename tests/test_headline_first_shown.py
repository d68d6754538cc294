"""A result the authors say is shown for the first time ("However, for the first time, X was
found to have a strong link with Y") is the paper's news: it heads over the null results
before it. A first of the people studied ("adults having a scan for the first time") is no
such claim. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.rank import _FIRST_SHOWN
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def test_a_first_shown_link_heads_over_the_null_results_before_it() -> None:
    said = {
        4: "Our data showed that the gene variant A12 was not linked with MS in these adults.",
        5: "Also, the gene variant B7 was not linked with MS.",
        6: "However, for the first time, the gene variant C3 was found to have a strong link "
        "with MS, supporting a higher risk of thyroid disease among these adults.",
    }
    results = [
        measured("The gene variant A12 was not linked with MS in these adults.", (4,), 2),
        measured("The gene variant B7 was not linked with MS.", (5,), 3),
        measured(
            "But for the first time, the gene variant C3 was found to have a strong link with "
            "MS, supporting a higher risk of thyroid disease among these adults.",
            (6,),
            4,
        ),
    ]
    head = choose_headline([], results, StudyDesign.OBSERVATIONAL, said=said)
    assert "C3" in head.text


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("However, for the first time, the gene variant C3 was linked with MS.", True),
        ("We show for the first time that cooling eases fatigue in MS.", True),
        ("Cooling was identified as a treatment for fatigue in MS for the first time.", True),
        ("Adults having a brain scan for the first time were more anxious.", False),
        ("Relapses fell in adults given the drug for the first time in a year.", False),
    ],
)
def test_what_a_first_claim_is(sentence: str, first: bool) -> None:
    assert bool(_FIRST_SHOWN.search(sentence)) is first
