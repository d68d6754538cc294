"""A result with the study's limit after it ("X improved survival ..., although all the trials
had a high risk of bias") is a result too (issue 9): read only as a limitation, the body of a
review lost its main result and said only its aim and size (a reader asked for the primary
result). The limit stays a limitation. An abstract written for this test."""

from __future__ import annotations

from composed_draft import composed

_REVIEW = """Background: Knee pain is common in older adults and exercise is often advised.

Objectives: To assess whether supervised exercise improves pain in adults with knee pain.

Search methods: We searched the main medical databases up to March 2020.

Selection criteria: Randomised controlled trials comparing supervised exercise with no exercise.

Data collection and analysis: Two authors chose trials and took out the data on their own.

Main results: We included 21 trials with 3120 participants. Supervised exercise reduced pain \
(SMD -0.42, 95% CI -0.55 to -0.29) and improved walking speed (MD 0.12 m/s, 95% CI 0.05 to \
0.19), although most of the trials had a high risk of bias. No trial reported falls.

Authors' conclusions: Supervised exercise probably eases knee pain in older adults. Better \
trials are needed."""


def test_a_result_before_a_limit_is_shown_as_a_result() -> None:
    _, body, _, lim = composed(_REVIEW)
    assert "Supervised exercise reduced pain and improved walking speed." in body
    assert "risk of bias" not in body
    assert "risk of bias" in lim
