"""The authors' conclusion said in the body (to give the headline's finding in full, or the harms
they conclude on) while why it matters holds nothing of theirs: it says there what the finding
means, and the body keeps its own results (plain/compose.py). Abstracts written for these
tests."""

from __future__ import annotations

from composed_draft import composed

from plainsum.api import draft
from plainsum.settings import Settings

TRIAL = (
    "Background: Few treatments are tested in teenagers with multiple sclerosis (MS).\n"
    "Methods: Patients aged 12 to 17 years with relapsing MS were randomly assigned to a daily "
    "tablet or weekly injections for 2 years. The primary end point was the yearly relapse "
    "rate.\n"
    "Results: A total of 190 patients were enrolled. The yearly relapse rate was 0.15 with the "
    "tablet and 0.58 with injections, a 74% relative drop. The tablet also reduced the number "
    "of new brain lesions. Serious side effects occurred in 16 patients on the tablet and 6 "
    "on injections.\n"
    "Conclusions: Among teenagers with relapsing MS, the tablet led to fewer relapses than "
    "injections over 2 years but had more serious side effects. Longer studies are needed to "
    "establish its safety in growing children."
)
CONCLUSION = "the tablet led to fewer relapses than injections over 2 years"


def test_the_conclusion_says_what_the_finding_means_not_the_body():
    head, body, why, _ = composed(TRIAL)
    assert CONCLUSION in why
    assert CONCLUSION not in body
    assert "0.15 with the tablet" in head + body  # the body keeps its results


def test_the_draft_after_its_repairs_keeps_it_under_why_it_matters():
    summary = draft(TRIAL, Settings(backend="offline")).summary
    assert CONCLUSION in summary.why_it_matters
