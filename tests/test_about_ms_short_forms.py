"""A paper that defines its own short form for a kind of MS ("relapsing multiple sclerosis (RMS)")
and then says only "adults with RMS" studies MS: a hand-written relapsing MS trial was drafted as
a study that "did not look at MS". "RMS" a paper never defines as MS (root mean square) names no
MS. Text written for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.settings import Settings

TRIAL = (
    "Background: Relapsing multiple sclerosis (RMS) is often treated with injections that many "
    "people find hard to keep taking.\n"
    "Objective: To compare a new daily tablet with weekly injections of interferon beta-1a in "
    "adults with RMS.\n"
    "Methods: In this randomised, double-blind trial, 420 adults with RMS were assigned to the "
    "tablet or to injections for two years. The primary endpoint was the yearly relapse rate.\n"
    "Results: The yearly relapse rate was 0.18 with the tablet and 0.29 with injections (rate "
    "ratio 0.62, 95% CI 0.48 to 0.80).\n"
    "Conclusions: The tablet reduced relapses compared with injections over two years."
)

GAIT = (
    "We measured trunk sway in 40 healthy adults walking on a treadmill at three speeds. The root "
    "mean square (RMS) of trunk acceleration rose with walking speed, and RMS values were higher "
    "in older than in younger adults. Trunk sway measures may help to study balance in ageing."
)


def test_a_defined_short_form_for_a_kind_of_ms_makes_the_paper_about_ms() -> None:
    assert detect_design(parse(TRIAL)).about_ms
    d = draft(TRIAL, Settings(backend="offline"))
    assert "did not look at MS" not in d.summary.why_it_matters


def test_rms_of_a_measurement_is_no_ms() -> None:
    assert not detect_design(parse(GAIT)).about_ms
