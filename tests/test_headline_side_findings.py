"""Headlines that give a side finding in place of the main one, judged by what the headline
says against where the paper says it: one group's result said of everyone
(plainsum.checks.headline_subgroup), what the review could not settle beside the effect it
states first, and more research said to be worth doing (plainsum.checks.headline_against,
headline_call). Texts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

BODY = {
    "what_the_study_did": "The review pooled trials of a balance class against usual care.",
    "why_it_matters": "Falls are common in MS. Talk with your doctor or care team.",
    "limitations": "A review can only be as good as the studies it includes.",
}

REVIEW = """Balance classes for preventing falls in older adults

Objectives: To assess the effects of group balance classes on falls and fractures in older
adults living at home.

Main results: We included nine trials with 4120 participants. Balance classes reduced the rate
of falls (rate ratio 0.77, 95% CI 0.68 to 0.87; 7 trials, 3560 participants). It is uncertain
whether balance classes reduce the number of people with a hip fracture (RR 0.88, 95% CI 0.52
to 1.49; 3 trials, 2210 participants). In the comparison of adults with no fall in the past
year, there were similar findings. In this group, balance classes may make little difference
to the rate of wrist fractures (RR 1.10, 95% CI 0.71 to 1.70; 1 trial, 610 participants).

Authors' conclusions: Group balance classes reduce the rate of falls in older adults living at
home. {more}"""


def _messages(headline: str, more: str = "") -> list[str]:
    paper = parse(REVIEW.format(more=more))
    summary = PlainSummary(headline=headline, **BODY)
    return [f.message for f in check_headline(paper, summary)]


def test_one_groups_result_said_of_everyone_is_an_error():
    messages = _messages(
        "Balance classes may make little difference to the rate of wrist fractures"
    )
    assert any("one group only" in m for m in messages), messages


def test_the_group_named_keeps_the_headline_whole():
    messages = _messages(
        "In adults with no fall in the past year, balance classes may make little difference "
        "to the rate of wrist fractures"
    )
    assert not any("one group only" in m for m in messages), messages


def test_a_result_for_everyone_is_no_subgroup():
    messages = _messages("Group balance classes reduce the rate of falls in older adults")
    assert messages == []


@pytest.mark.parametrize(
    "headline",
    [
        "This review did not determine the best number of classes a week",
        "The review could not establish which kind of balance class works best",
    ],
)
def test_what_the_review_could_not_settle_is_no_headline_beside_its_effect(headline):
    more = (
        "This review did not determine the best number of classes a week. The review could not "
        "establish which kind of balance class works best."
    )
    messages = _messages(headline, more)
    assert any("only what is uncertain" in m for m in messages), messages


def test_could_not_settle_stands_when_the_conclusions_open_on_it():
    paper = parse(
        REVIEW.format(more="").replace(
            "Authors' conclusions: Group balance classes",
            "Authors' conclusions: This review did not determine the best number of classes a "
            "week. Group balance classes",
        )
    )
    summary = PlainSummary(
        headline="This review did not determine the best number of classes a week", **BODY
    )
    messages = [f.message for f in check_headline(paper, summary)]
    assert not any("only what is uncertain" in m for m in messages), messages


@pytest.mark.parametrize(
    "headline",
    [
        "Further trials comparing balance classes with walking groups would be useful",
        "More randomised trials of balance classes in men would be valuable",
    ],
)
def test_research_said_to_be_worth_doing_is_a_call(headline):
    messages = _messages(headline, "Further trials comparing balance classes would be useful.")
    assert any("research comes next" in m for m in messages), messages


def test_a_finding_that_would_be_useful_is_no_call():
    messages = _messages("Balance classes reduce falls and would be useful in older adults")
    assert not any("research comes next" in m for m in messages), messages
