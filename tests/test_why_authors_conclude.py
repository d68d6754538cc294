"""An MS paper whose one conclusion the headline took word for word: "why it matters" says
honestly that the study's summary says no more (`HEADLINE_IS_THEIRS`), never the headline again
as "The authors conclude that ..." (issue 9, the lead's t6, t8, t9, u1, u5) and never the
care-team pointer alone. A conclusion in the paper's own voice is not said as theirs. Abstracts
written for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.plain.frames import HEADLINE_IS_THEIRS
from plainsum.settings import Settings

ONE_CONCLUSION = (
    "Background: Diet has been linked with multiple sclerosis, but little is known about diet "
    "in childhood.\n"
    "Methods: In this case-control study we compared 380 adults with MS and 760 matched "
    "controls from the general population. Participants reported how often they ate fish "
    "between ages 5 and 15 on a validated questionnaire. Odds ratios were adjusted for smoking "
    "and body mass index.\n"
    "Results: Eating oily or white fish at least twice a week between the ages of 5 and 15 "
    "years was associated with a lower risk of MS (adjusted odds ratio 0.70, 95% CI 0.55 to "
    "0.89) compared with eating oily or white fish less than once a month in those years. No "
    "association was seen for fish eaten in adulthood.\n"
    "Conclusions: Eating fish often in childhood was associated with a lower risk of MS later "
    "in life."
)


def _summary(text: str):
    return draft(text, Settings(backend="offline")).summary


def test_the_one_conclusion_the_headline_took_is_not_said_again():
    summary = _summary(ONE_CONCLUSION)
    assert summary.headline.startswith("Eating fish often in childhood")
    assert summary.why_it_matters.startswith(HEADLINE_IS_THEIRS)
    assert "eating fish often" not in summary.why_it_matters.lower()


def test_a_conclusion_in_the_papers_own_voice_is_not_said_so():
    text = ONE_CONCLUSION.replace("Eating fish often", "Our results show that eating fish often")
    assert "The authors conclude that our" not in _summary(text).why_it_matters


def test_a_conclusion_in_the_papers_own_voice_that_only_says_the_headline_is_not_said_again():
    """ "This review shows that X" under the headline X said X twice (CD002819): the frame says
    the summary says no more."""
    text = (
        "Objectives: To assess whether high-dose vitamin D reduces relapses in relapsing "
        "multiple sclerosis.\n"
        "Main results: We included five randomised trials with 610 participants with MS. "
        "Relapse rates did not differ between high-dose vitamin D and placebo in any trial.\n"
        "Authors' conclusions: This review shows that high-dose vitamin D does not reduce "
        "relapses in people with relapsing multiple sclerosis."
    )
    summary = _summary(text)
    assert summary.headline.startswith("High-dose vitamin D does not reduce relapses")
    assert summary.why_it_matters.startswith(HEADLINE_IS_THEIRS)
