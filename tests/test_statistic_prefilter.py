"""The str.find screen in front of prefix_forms' statistic pattern (issue 10: the offline
drafter compiled one pattern per short form of every paper; most have no "%" before them and
no digit after, and now are never compiled). The screen must never say no where the pattern
says yes. Every sentence is written for these tests."""

from __future__ import annotations

import re

import pytest

from plainsum.plain.prefix_forms import _as_statistic, _may_be_statistic

TEXT = (
    "Relapses fell with the drug (RR 0.61, 95% CI 0.44 to 0.85). The MRI scans showed fewer "
    "new lesions, and the odds of a new lesion were lower (OR=0.52). In the EDSS subgroup the "
    "HRs were 0.8 and 0.9; the SMD was -0.21. The CIs were wide, and the 95%CI crossed one. "
    "The MS nurse team rated care at a mean of 4 points, and the RCTs enrolled 300 people "
    "with MSs: the SDs were ±1.2 and the OR : 1.4 was unclear; the PPV\u2009=\u00a0\u0667."
)


def _pattern_says(short: str, text: str) -> bool:
    code = re.escape(short)
    return bool(
        re.search(rf"\b95\s?% ?{code}s?\b|(?<![\w-]){code}s?[+-]?\s?[=:,]?\s?[-−]?\d", text)
    )


@pytest.mark.parametrize(
    "short",
    ["RR", "CI", "MRI", "OR", "EDSS", "HR", "SMD", "MS", "RCT", "SD", "PPV", "MD", "NNT", "e"],
)
def test_the_screen_never_refuses_what_the_pattern_finds(short: str) -> None:
    assert _as_statistic(short, TEXT) == _pattern_says(short, TEXT)
    if _pattern_says(short, TEXT):
        assert _may_be_statistic(short, TEXT)


@pytest.mark.parametrize(
    ("short", "expected"),
    [
        ("RR", True),  # "RR 0.61": before a figure
        ("CI", True),  # "95% CI" and "95%CI"
        ("OR", True),  # "OR=0.52"
        ("HR", False),  # "HRs were 0.8": the figure is past the words between
        ("PPV", True),  # a thin space, "=", a no-break space and an Arabic-Indic digit
        ("MRI", False),  # "The MRI scans": no figure, no "95%"
        ("EDSS", False),  # "the EDSS subgroup"
        ("NNT", False),  # never used
    ],
)
def test_the_statistic_reading_is_unchanged(short: str, expected: bool) -> None:
    assert _pattern_says(short, TEXT) == expected
    assert _as_statistic(short, TEXT) == expected


def test_a_short_form_with_nothing_beside_it_is_refused_by_the_screen() -> None:
    assert not _may_be_statistic("MRI", TEXT)
    assert not _may_be_statistic("EDSS", TEXT)
    # a digit just past the reach of the pattern is not a statistic's figure either
    assert not _may_be_statistic("QOL", "The QOL scale       7 items.")
    assert not _pattern_says("QOL", "The QOL scale       7 items.")
