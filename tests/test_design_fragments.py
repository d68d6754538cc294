"""A design named as a "Design:" line names it ("Observational follow-up study of people who had
received the tablets.") is no sentence: its only verb says who the people were. The drafter
never shows one (sentences written for these tests)."""

from __future__ import annotations

import pytest

from plainsum.plain.fragments import design_fragment
from plainsum.plain.simplify import fit_for_readers


@pytest.mark.parametrize(
    "text",
    [
        "Observational follow-up study of people who had received at least one course of the "
        "tablets.",
        "Cross-sectional study of 240 adults with MS and 60 healthy controls.",
        "Retrospective analysis of clinic records from two hospitals.",
        "Secondary analysis of a randomised trial in which 300 adults took part.",
        "Multicentre, prospective survey among nurses who care for people with MS.",
    ],
)
def test_a_design_line_is_a_fragment(text):
    assert design_fragment(text)
    assert not fit_for_readers(text)


@pytest.mark.parametrize(
    "text",
    [
        "A study of 40 adults showed that pain fell.",
        "Prospective study of 80 adults showed that pain fell after the course.",
        "The trial of the new tablet was stopped early.",
        "In a study of 120 women, fatigue was common.",
        "Fatigue was common in a study of 120 women who had MS.",
    ],
)
def test_a_sentence_that_names_its_design_as_a_subject_is_whole(text):
    assert not design_fragment(text)
