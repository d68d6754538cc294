"""Answers the drafter keeps per sentence (a draft and its repairs ask them of the same
sentences): they must be the answers asked afresh, and a kept list is never shared with a
caller that changes it. Sentences written for the tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.forms import headline_forms
from plainsum.plain.results import SETUP, sets_up
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "text",
    [
        "Fatigue was defined as a score above 36 on the scale.",
        "Data on relapses were only reported in two trials.",
        "The trials were analysed separately for children and adults.",
        "Heterogeneity between the trials was high.",
        "Walking speed improved more with training than with usual care.",
        "Baclofen is a drug that eases stiff muscles.",
        "No meta-analysis was possible because the trials differed.",
        "DATA ON RELAPSES WERE ONLY REPORTED IN TWO TRIALS.",
    ],
)
def test_sets_up_is_the_setup_pattern_answer(text: str) -> None:
    assert sets_up(text) == bool(SETUP.search(text))


def test_headline_forms_are_a_fresh_list_each_time() -> None:
    s = measured("In people with MS, walking training probably improves walking speed a little.")
    first = headline_forms(s, StudyDesign.REVIEW, "animals")
    again = headline_forms(s, StudyDesign.REVIEW, "animals")
    assert first == again and first is not again
    first.clear()
    assert headline_forms(s, StudyDesign.REVIEW, "animals") == again
