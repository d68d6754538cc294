"""Authors who encourage or urge others to undertake trials call for research: no finding, never
the body's lead result (a review whose main conclusion headed then showed "the review authors
encourage investigators to undertake properly designed randomised trials ..." as what it found)."""

from __future__ import annotations

import pytest

from plainsum.plain.results import RESEARCH_CALL


@pytest.mark.parametrize(
    "text",
    [
        "The review authors encourage investigators to undertake properly designed randomised "
        "trials of these creams.",
        "We urge funders to support large trials of walking programmes.",
        "The authors call on clinicians to conduct pragmatic studies in primary care.",
    ],
)
def test_an_invitation_to_do_trials_is_a_call_for_research(text: str) -> None:
    assert RESEARCH_CALL.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses encouraged patients to walk daily, and fatigue fell.",
        "The programme encouraged people to do more exercise at home.",
    ],
)
def test_encouraging_people_in_a_study_is_no_call(text: str) -> None:
    assert not RESEARCH_CALL.search(text)
