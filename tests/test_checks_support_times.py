"""Invented follow-ups: a result said to hold for, at or after a length of time the paper never
names ("The benefit lasted for two years." of a 48-week trial). A paper and sentences written
for these tests."""

import pytest

from plainsum.checks.support import check_support
from plainsum.checks.support_times import time_not_in_paper
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

TRIAL = parse(
    """Ocrelimab for relapsing multiple sclerosis: a randomised trial

Background: Ocrelimab lowers the number of B cells.

Methods: We randomly assigned 210 adults aged over 18 years with relapsing multiple sclerosis
to ocrelimab or placebo and followed them for 48 weeks.

Results: At 24 weeks, patients receiving ocrelimab had fewer relapses than those receiving
placebo. At 48 weeks, the difference in relapses was no longer significant. Infusion reactions
were more common with ocrelimab.

Conclusions: Ocrelimab reduced relapses over 24 weeks in relapsing multiple sclerosis."""
)
CLEAN = PlainSummary(
    headline="A drug given into a vein cut relapses in relapsing MS over 24 weeks",
    what_the_study_did=(
        "The researchers gave 210 adults with relapsing MS either the drug or a placebo. At 24 "
        "weeks, people on the drug had fewer relapses."
    ),
    why_it_matters="Relapses are hard to live with. Talk with your MS team about your options.",
    limitations="This was one trial, so the result needs checking in others.",
)


@pytest.mark.parametrize(
    "sentence,time",
    [
        ("The benefit on relapses lasted for two years.", "for two years"),
        ("The gains were still there two years later.", "two years later"),
        ("These effects faded within a week of stopping the drug.", "within a week"),
        # the paper's own times, and times it names in other units
        ("At 24 weeks, relapses were fewer.", None),
        ("After six months, relapses were fewer.", None),  # about 24 weeks
        ("By 48 weeks the difference was no longer clear.", None),
        # an age, a hedge, how the study was run
        ("People over 18 years of age took part.", None),
        ("The benefit may last for two years.", None),
        ("The researchers followed people for two years.", None),
        ("Adults aged over 18 years took part.", None),
        ("People took the tablets for four days each month.", None),
        ("The drug is replaced using decreasing doses up to 30 days.", None),
        ("One person withdrew after one day.", None),  # no result that holds
    ],
)
def test_a_time_the_paper_never_names(sentence, time):
    assert time_not_in_paper(TRIAL, sentence) == time


def test_an_invented_follow_up_is_an_unsupported_error():
    said = "The benefit on relapses lasted for two years."
    summary = CLEAN.model_copy(update={"what_the_study_did": CLEAN.what_the_study_did + " " + said})
    design = detect_design(TRIAL)
    found = check_support(TRIAL, design, link_summary(TRIAL, summary, design))
    errors = [f for f in found if f.span == said and f.severity == Severity.ERROR]
    assert [f.check for f in errors] == ["support"], errors
    clean = check_support(TRIAL, design, link_summary(TRIAL, CLEAN, design))
    assert not [f for f in clean if f.severity == Severity.ERROR]
