"""A trial paper that reports several trials of its own is never called "a clinical trial" nor
given the single-trial caveat (issue 9). Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.frames import SEVERAL_TRIALS, caveats, is_design_sentence
from plainsum.schemas import StudyDesign
from plainsum.settings import Settings

ONE_TRIAL = "This was a single trial, so the results may not apply to everyone and need confirming."

TWO_TRIALS = (
    "Background: Heat makes many symptoms of multiple sclerosis (MS) worse for a while. "
    "Objective: We report two randomised clinical trials of a cooling vest in adults with MS. "
    "Methods: Adults with MS who felt worse in hot weather were randomised to "
    "wear a cooling vest or a vest that did not cool for one hour each afternoon for eight "
    "weeks. The main outcome was tiredness measured on a questionnaire. "
    "Results: A total of 212 adults took part. People who wore the cooling vest "
    "reported less tiredness than those who wore the vest that did not cool. No serious "
    "problems were seen. "
    "Conclusions: A cooling vest eased tiredness in adults with MS who felt worse in the heat."
)
ONE = TWO_TRIALS.replace("We report two randomised clinical trials", "We ran a randomised trial")


@pytest.mark.parametrize(("text", "several"), [(TWO_TRIALS, True), (ONE, False)])
def test_the_design_sentence_and_caveat_say_how_many_trials(text, several):
    design = detect_design(parse(text))
    assert design.design == StudyDesign.TRIAL
    summary = draft(text, Settings(backend="offline")).summary
    body = summary.what_the_study_did
    assert (SEVERAL_TRIALS in body) is several
    assert ("This was a clinical trial in people." in body) is not several
    assert (ONE_TRIAL in summary.limitations) is not several
    assert ONE_TRIAL in caveats(StudyDesign.TRIAL)  # the frame itself is unchanged


def test_the_several_trials_sentence_is_a_design_frame():
    assert is_design_sentence(SEVERAL_TRIALS)
