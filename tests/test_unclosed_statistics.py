"""A bracket of statistics the paper opens and never closes is left out to the sentence's end, so
a main result with a slip in its figures is drafted whole instead of dropped as broken (issue 9,
CD010069, CD006165 of the main-result screen). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from composed_draft import composed

from plainsum.plain.unclosed_statistics import without_unclosed_statistics


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Drug A cleared the rash in 18/40 people compared with 3/38 with placebo (risk ratio "
         "(RR) 5.2, 95% CI 1.6 to 16.4; NNTB 3 (95% CI 2 to 5).",
         "Drug A cleared the rash in 18/40 people compared with 3/38 with placebo."),
        ("Drug B (with or without diet advice) gave poorer sugar control than insulin alone "
         "(mean difference in HbA1c, for insulin compared to drug B: -1.1% (95% CI -2.0 to -0.2; "
         "P = 0.02, 150 participants.",
         "Drug B (with or without diet advice) gave poorer sugar control than insulin alone."),
        # the figures' own bracket may say "fewer" and "more": they are the statistic's
        ("Half of those given the exercises improved, compared with 30% given advice (RR 1.6, "
         "95% CI 1.1 to 2.3; risk difference 20% (3% fewer to 38% more).",
         "Half of those given the exercises improved, compared with 30% given advice."),
    ],
)  # fmt: skip
def test_an_open_bracket_of_statistics_is_left_out(text: str, whole: str) -> None:
    assert without_unclosed_statistics(text) == whole


@pytest.mark.parametrize(
    "text",
    [
        # closed brackets: the usual edits take them out
        "Drug A cleared the rash more often than placebo (RR 5.2, 95% CI 1.6 to 16.4).",
        # an open bracket that is no statistic: its figures are the result
        "Weight fell with drug C (4.1 kg at 12 weeks; drug D 2.0 kg at 20 weeks.",
        # an open bracket that reaches over more results of a list: they would be lost
        "Group A had less pain (MD -1.2 (95% CI -2.0 to -0.4), fewer bad nights (SMD -0.3) and "
        "more use of rescue tablets by 0.2 a day.",
    ],
)
def test_other_brackets_are_left_as_they_are(text: str) -> None:
    assert without_unclosed_statistics(text) == text


REVIEW = (
    "Objectives: To assess drug B for adults with type 2 diabetes.\n\n"
    "Main results: We included four trials with 612 participants. Drug B (with or without diet "
    "advice) gave poorer sugar control than insulin alone (mean difference in HbA1c, for "
    "insulin compared to drug B: -1.1% (95% CI -2.0 to -0.2; P = 0.02, 150 participants. Weight "
    "gain was similar in both groups.\n\n"
    "Authors' conclusions: Drug B controlled blood sugar less well than insulin."
)


def test_the_body_gives_the_result_whole() -> None:
    head, body, _, _ = composed(REVIEW)
    assert "gave poorer sugar control than insulin alone" in f"{head} {body}"
    assert "(" not in body.replace("(with or without diet advice)", "")
