"""A review that found no study to include, headed from its conclusion ("A review found no
studies checking X versus Y in Z"), says so in its limitations too: the question is still open,
never "A review can only be as good as the studies it includes" of studies it does not have.
Sentences written for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.plain.frames import EMPTY_REVIEW
from plainsum.settings import Settings

TEXT = (
    "Background: Low oxygen targets might spare very ill adults on breathing machines from harm.\n"
    "Objectives: To assess low oxygen targets versus normal oxygen targets in adults on "
    "breathing machines in intensive care.\n"
    "Main results: Our searches found 1200 records. No studies met our inclusion criteria.\n"
    "Authors' conclusions: This review failed to identify any relevant studies checking low "
    "oxygen targets versus normal oxygen targets in adults on breathing machines. We cannot "
    "support or refute the idea that low targets help."
)


def test_an_empty_review_s_limitations_say_the_question_is_open() -> None:
    summary = draft(TEXT, Settings(backend="offline")).summary
    assert summary.headline.startswith("A review found no ")
    assert summary.limitations.startswith(EMPTY_REVIEW)
