"""People counted by their MS diagnosis ("1,200 people diagnosed with MS", "at their first MS
diagnosis") are people with MS: the paper studied MS, even where it never spells the name out.
A draft that said "This study did not look at MS" of such a paper was false."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse

_HEADED = """Background: Sleep problems are common in MS, but few studies follow them over time.
Methods: We followed {who} for three years and asked about sleep every six months.
Results: Poor sleep at the start was linked to more fatigue at three years.
Conclusions: Sleep problems early in MS may be worth asking about."""

DIAGNOSED = [
    "2,140 adults diagnosed with MS between 2010 and 2015",
    "610 people newly diagnosed with relapsing MS",
    "450 people at the time of their first MS diagnosis",
    "820 people within a year of a diagnosis of multiple sclerosis",
]


@pytest.mark.parametrize("who", DIAGNOSED)
def test_people_counted_by_their_ms_diagnosis_are_people_with_ms(who: str) -> None:
    assert detect_design(parse(_HEADED.format(who=who))).about_ms


def test_ms_named_only_in_the_background_is_still_not_enough() -> None:
    text = _HEADED.format(who="1,300 adults with long-term back pain").replace(
        "Conclusions: Sleep problems early in MS may be worth asking about.",
        "Conclusions: Sleep problems may be worth asking about.",
    )
    assert not detect_design(parse(text)).about_ms


def test_mass_spectrometry_diagnosis_is_no_ms() -> None:
    text = (
        "Background: Mass spectrometry (MS) can identify bacteria in blood cultures.\n"
        "Methods: We compared MS diagnosis of 300 blood cultures with standard culture.\n"
        "Results: MS identified the right species in 287 cultures.\n"
        "Conclusions: MS diagnosis is fast and accurate."
    )
    assert not detect_design(parse(text)).about_ms
