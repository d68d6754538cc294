"""What a review's studies were like ("Studies in general were small, varied in design and
rarely compared two drugs head to head") is a limit of the evidence, never the headline: an
eye-disease review was headed by it over its result that one drug probably helped more. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.form_fit import formfits
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "text",
    [
        "Studies in general were small, heterogenous for their design and outcomes, and often "
        "did not compare different classes of eye drug with each other",
        "Most trials were small and did not compare different doses",
        "The included studies were at high risk of bias and used different scales",
        "Trials overall were heterogeneous and often compared different drugs",
    ],
)
def test_what_the_studies_were_like_never_heads(text: str) -> None:
    assert not formfits(text, None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Studies of the cream showed less itching than with a dummy cream",
        "Trials showed that small doses were as good as large ones",
    ],
)
def test_a_finding_of_the_studies_still_heads(text: str) -> None:
    assert formfits(text, None, True)


def test_the_result_heads_over_what_the_studies_were_like() -> None:
    conclusions = [
        measured(
            "Studies in general were small, heterogenous for their design and outcomes, and often "
            "did not compare different classes of eye drug with each other."
        )
    ]
    results = [
        measured("Drug A probably leads to a slight rise in the share of people with calm eyes.")
    ]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.text.startswith("Drug A probably leads")
