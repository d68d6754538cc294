"""A count that did not move ("did not rise", "did not fall") is a headline that says only what
did not happen, like "did not change", when the conclusions state an effect (issue 8: "Injury
visits by people with MS did not rise on hot days" passed for a study concluding that heat
came with more visits). Texts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PAPER = parse(
    """Objective: To see whether cold snaps are linked with hospital admissions of people with
asthma.

Methods: We matched 20 years of admissions with daily weather in one region.

Results: Cold snaps were associated with 12% more admissions. Admissions for broken bones did
not change.

Conclusions: Cold snaps were associated with more hospital admissions of people with asthma."""
)
BODY = {
    "what_the_study_did": "Researchers matched 20 years of hospital records with the weather.",
    "why_it_matters": "This study was not about MS. Ask your nurse how to plan for cold weather.",
    "limitations": "It shows a link, not that the cold caused the admissions.",
}


def _against(headline: str) -> list[str]:
    found = check_headline(PAPER, PlainSummary(headline=headline, **BODY))
    return [f.message for f in found if "did not happen" in f.message]


@pytest.mark.parametrize(
    "headline",
    [
        "Admissions for broken bones did not rise in cold snaps among people with asthma",
        "Hospital stays for falls did not go up when the weather turned cold",
    ],
)
def test_a_count_that_did_not_move_is_only_what_did_not_happen(headline: str) -> None:
    assert _against(headline)


def test_the_main_finding_passes() -> None:
    assert _against("Cold snaps came with more hospital admissions of people with asthma") == []
