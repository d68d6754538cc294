"""A guideline's opening line on who wrote it and how is its method, shown in its body (issue 9,
the lead's hand-written u9: the body held the frame and two pieces of advice only). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.guideline_method import says_how_made


@pytest.mark.parametrize(
    "text",
    [
        "An expert panel reviewed the trials published up to May 2024 on treating MS fatigue.",
        "The working group graded the evidence for each question about bladder care in MS.",
        "A task force of 14 neurologists and nurses developed advice on vaccines in MS.",
    ],
)
def test_who_made_it_and_how_is_its_method(text: str):
    assert says_how_made(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fatigue is common in MS and hard to treat.",
        "The panel recommends exercise for fatigue in people with MS.",  # advice, not method
        "Panels of experts often disagree on fatigue treatments.",
    ],
)
def test_other_sentences_are_not(text: str):
    assert not says_how_made(text)


def test_guideline_body_says_how_it_was_made():
    from plainsum.api import draft
    from plainsum.settings import Settings

    text = (
        "Guideline: Treating fatigue in adults with multiple sclerosis. An expert panel reviewed "
        "the trials published up to May 2024 on treating MS fatigue. The panel recommends "
        "regular aerobic exercise for people with MS who report fatigue. Amantadine may be "
        "considered when exercise is not enough. Recommendations on diet are based on "
        "low-quality evidence."
    )
    summary = draft(text, Settings(backend="offline")).summary
    assert "An expert panel reviewed the trials published up to May 2024" in (
        summary.what_the_study_did
    )
