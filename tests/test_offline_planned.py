"""A planned study (a protocol) says what it will look at, whom and how many it will take in and
what it will compare, in the future tense, and never that it found anything (issue 9: a
protocol's draft headed "A planned study has no results yet" and said only its outcomes, its
38-word design sentence left out; a one-paragraph trial protocol was drafted as a trial, "This was
a single trial, so the results may not apply"). Abstracts written for these tests."""

from __future__ import annotations

from composed_draft import composed

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.planned import planned_facts, title_topic
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign

STRUCTURED = """Balance training to reduce falls in progressive multiple sclerosis (STEADY-MS): \
protocol for a multicentre randomised controlled trial

Introduction: Falls are common in progressive multiple sclerosis (MS) and lead to injuries and \
fear of moving.
Methods and analysis: STEADY-MS is an assessor-blinded randomised controlled trial at four \
centres in Denmark. We will recruit 240 adults with progressive MS who fell at least twice in the \
past year and randomly assign them in a 1:1 ratio to 12 weeks of group balance training twice a \
week or to a leaflet on safe moving at home. The primary outcome will be the number of falls \
over 6 months. Secondary outcomes will include fear of falling, walking speed and quality of life.
Ethics and dissemination: The trial was approved by the regional ethics committee. Results will \
be published in peer-reviewed journals.
"""

PARAGRAPH = """Omega-3 fatty acids for fatigue in multiple sclerosis: study protocol for a \
randomised placebo-controlled trial

Fatigue is the most common symptom of multiple sclerosis (MS), and few treatments help. This \
randomised, double-blind, placebo-controlled trial will enrol 150 adults with MS and fatigue at \
eight centres in Spain. Participants will be randomly assigned to fish oil capsules twice daily or \
matching placebo for 6 months. The primary outcome will be the change in fatigue score at 6 \
months. Secondary outcomes will include mood, sleep and daily activity. The trial will establish \
whether omega-3 fatty acids can ease fatigue in people with MS.
"""

# a trial that reports its results and says what will follow: never a protocol
REPORTED = """Fish oil for fatigue in multiple sclerosis: a randomised placebo-controlled trial

We randomly assigned 150 adults with MS and fatigue to fish oil capsules or placebo for 6 months. \
Fatigue scores fell more with fish oil than with placebo (mean difference 3.1 points, 95% CI 1.0 \
to 5.2). Side effects were mild. A larger trial will test whether the benefit lasts.
"""


_draft = composed


def test_a_protocol_says_what_it_will_look_at_in_whom_and_what_it_will_compare() -> None:
    head, body, _, lim = _draft(STRUCTURED)
    assert head == (
        "A planned study will look at balance training to reduce falls in progressive MS"
    )
    assert "The study will include 240 adults with progressive MS" in body
    assert (
        "The study will compare 12 weeks of group balance training twice a week with a leaflet "
        "on safe moving at home." in body
    )
    assert "no results yet" in lim
    assert " found " not in f" {head} {body} "


def test_a_one_paragraph_protocol_is_a_protocol_not_a_trial() -> None:
    source = parse(PARAGRAPH)
    assert detect_design(source).design == StudyDesign.PROTOCOL
    head, body, why, lim = _draft(PARAGRAPH)
    assert head.startswith("A planned study will look at omega-3 fatty acids for fatigue")
    assert "The study will include 150 adults with MS and fatigue" in body
    assert "The study will compare fish oil capsules twice daily with matching placebo." in body
    # what it will measure is no reason it matters, and a single trial's caveat is no limit of it
    assert "outcomes will include" not in why
    assert "single trial" not in lim


def test_a_trial_with_results_is_no_protocol_and_builds_no_plans() -> None:
    source = parse(REPORTED)
    assert detect_design(source).design == StudyDesign.TRIAL
    assert planned_facts(source_sentences(source)) == []


def test_the_title_gives_the_topic_only_before_the_words_naming_a_protocol() -> None:
    assert title_topic("Yoga for anxiety in multiple sclerosis: a randomised trial") is None
    assert title_topic("Yoga for anxiety in multiple sclerosis (CALM): study protocol") == (
        "yoga for anxiety in MS"
    )
    assert title_topic("MRI markers of repair in MS: rationale and design of a cohort") == (
        "MRI markers of repair in MS"
    )
