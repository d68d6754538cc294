"""A trend told as a finding (texts written for these tests): a change said plainly where the
paper reports only a trend, or a difference that was not significant."""

import pytest

from plainsum.checks.claims_trend import find_trends
from plainsum.ingest import parse

PAPER = parse(
    "Background: Heat makes MS symptoms worse for many people. Methods: In this randomised "
    "trial, 80 adults with relapsing MS wore a cooling vest or a plain vest for 12 weeks. "
    "Results: There was a trend towards fewer relapses with the cooling vest, but the "
    "difference was not statistically significant. Walking speed was significantly faster with "
    "the cooling vest (p = 0.01). Conclusions: A cooling vest may help walking in hot weather."
)


@pytest.mark.parametrize(
    "text,flagged",
    [
        # the trend said plainly, in any tense
        ("People who wore the cooling vest had fewer relapses.", True),
        ("The cooling vest leads to fewer relapses in relapsing MS.", True),
        # the paper's doubt kept
        ("There was a trend towards fewer relapses with the cooling vest.", False),
        ("Relapses were slightly fewer with the cooling vest, which could be chance.", False),
        ("The cooling vest did not clearly reduce relapses.", False),
        # a significant result said plainly
        ("People walked faster with the cooling vest.", False),
    ],
)
def test_a_trend_said_plainly_is_told_as_a_finding(text, flagged):
    found = find_trends(text, PAPER)
    assert bool(found) == flagged
    assert all("trend" in t.paper for t in found)
