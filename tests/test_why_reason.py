"""Issue 9 (why it matters, never a limit): a review's verdict on its evidence said with its
reason, "because only one trial was included", said that limit under why it matters (CD009130,
CD010475); the verdict is said alone, and the limitations say how few studies there were
(plain/why_reason.py). Sentences and the abstract written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.why_reason import without_count_reason
from plainsum.settings import Settings


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "There is not enough evidence to support the use of fish oil for MS fatigue because "
            "only one trial was included.",
            "There is not enough evidence to support the use of fish oil for MS fatigue.",
        ),
        (
            "We found weak evidence for the use of the drug in MS, because only two small studies "
            "with high risk of bias were included.",
            "We found weak evidence for the use of the drug in MS.",
        ),
    ],
)
def test_a_count_of_studies_given_as_the_reason_is_left_to_the_limitations(text, said):
    assert without_count_reason(text) == said


@pytest.mark.parametrize(
    "text",
    [
        # a reason that is no count of studies says what the finding means
        "Cooling vests may help with heat-related fatigue because body temperature matters in MS.",
        # what is left would be too short to say anything
        "Evidence is lacking because only one trial was included.",
        # a count that is the finding itself, not its reason
        "Only one trial was included, and it found no effect on relapses.",
    ],
)
def test_other_reasons_stay(text):
    assert without_count_reason(text) == text


_REVIEW = """Omega-3 fatty acids for fatigue in multiple sclerosis

Background: Fatigue is common in multiple sclerosis and hard to treat.
Objectives: To assess whether omega-3 fatty acid supplements reduce fatigue in people with
multiple sclerosis.
Search methods: We searched the Cochrane MS Group trials register up to March 2024.
Selection criteria: Randomised controlled trials of omega-3 supplements compared with placebo in
adults with multiple sclerosis.
Main results: We included one trial with 92 participants. Fatigue scores at six months did not
differ between the omega-3 and placebo groups. Mild stomach upset was more common with omega-3.
Authors' conclusions: There is not enough evidence to support the use of omega-3 supplements for
fatigue in multiple sclerosis because only one trial was included.
"""


def test_the_reviews_verdict_is_why_it_matters_and_its_count_a_limitation():
    summary = draft(parse(_REVIEW), Settings(backend="offline")).summary
    assert "not enough evidence to support the use of omega-3" in summary.why_it_matters
    assert "only one trial was included" not in summary.why_it_matters
    assert "one trial" in summary.limitations
