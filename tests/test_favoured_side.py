"""A result said only as a statistic is written as the outcome and the side it favours, when the
sentence itself says both and its interval does not cross no difference (issue 9: "The OR for
seroma formation was 0.46 (...) in favour of X" was never drafted); a trend, an interval through
no difference, or a sentence with no interval gives nothing. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.favoured_side import favoured_result
from plainsum.settings import Settings


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The OR for pressure sores was 0.52 (95% CI 0.31 to 0.88, P = 0.01) in favour of a "
            "lower incidence of pressure sores in people on air mattresses.",
            "Pressure sores were less common in people on air mattresses.",
        ),
        (
            "The risk ratio (RR) for remission was 1.48 (95% CI 1.12 to 1.95) in favour of "
            "rituximab, which corresponds to a number needed to treat of 6 (95% CI 4 to 15).",
            "The results for remission favoured rituximab.",
        ),
        (
            "The mean difference in length of stay was statistically significant at -2.1 days "
            "in favour of the early mobility group (95% CI -3.0 to -1.2).",
            "The results for length of stay favoured the early mobility group.",
        ),
        (
            "Pooled results showed a rate ratio of 0.41 (95% CI 0.22 to 0.76) for all relapses "
            "and 0.35 (95% CI 0.17 to 0.72) for severe relapses favouring interferon.",
            "The results for all relapses and severe relapses favoured interferon.",
        ),
        (
            "Pooled estimates of response data showed an RR of 1.31, 95% CI 1.10-1.56 in favour "
            "of fampridine against placebo.",
            "Pooled estimates of response data favoured fampridine over placebo.",
        ),
    ],
)
def test_a_statistic_that_names_outcome_and_side_is_said_in_words(text: str, said: str) -> None:
    assert favoured_result(text) == said


@pytest.mark.parametrize(
    "text",
    [
        # the interval crosses no difference: no side is favoured
        "The OR for falls was 0.81 (95% CI 0.55 to 1.19) in favour of balance training.",
        "The mean difference in fatigue was -1.2 (95% CI -2.9 to 0.5) in favour of cooling.",
        # a trend, said so
        "There was a non-significant trend: the RR for relapse was 0.70 (95% CI 0.51 to 0.96) "
        "in favour of the drug.",
        # no interval to tell
        "The OR for falls was 0.61 in favour of balance training.",
        # no outcome named, and no pooled results to say it of
        "The trials showed an RR of 1.40 (95% CI 1.10 to 1.80) in favour of the drug.",
    ],
)
def test_a_statistic_that_does_not_show_a_side_gives_nothing(text: str) -> None:
    assert favoured_result(text) is None


_REVIEW = (
    "Objectives: To assess wound drains after knee surgery.\n"
    "Main results: We included six trials with 720 participants. The OR for wound swelling "
    "was 0.48 (95% CI 0.30 to 0.77, P = 0.002) in favour of a reduced incidence of wound "
    "swelling in participants with drains inserted. Infection rates did not differ between "
    "the groups.\n"
    "Authors' conclusions: Drains may reduce wound swelling after knee surgery, but the "
    "evidence is of low certainty."
)


def test_a_review_body_gives_the_result_it_said_only_as_a_statistic() -> None:
    body = draft(_REVIEW, Settings(backend="offline")).summary.what_the_study_did
    assert "Wound swelling was less common in people with drains inserted." in body
