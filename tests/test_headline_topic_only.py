"""A headline that names only what a study turned to ("This review was about eczema", "Vitamin D
was tested in mice") states no finding: an error, whatever verb of attention it uses, unless
it goes on to say what was found. Sentences written for these tests."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_procedure import topic_only
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

MICE = parse(
    """Vitamin D and myelin repair in mice

Background: Myelin repair fails in chronic multiple sclerosis lesions.

Methods: We fed mice with toxin-induced loss of myelin a diet rich in vitamin D for six weeks
and counted myelinated nerve fibres under the electron microscope.

Results: Mice fed vitamin D had more myelinated fibres than control mice (62% versus 41%).
Fewer immune cells gathered in the damaged areas of treated mice.

Conclusions: A diet rich in vitamin D improved myelin repair in mice. These findings support
trials of vitamin D in people with MS."""
)

REVIEW = parse(
    """Cooling garments for heat-related fatigue in multiple sclerosis: a systematic review

Objectives: To assess whether cooling garments reduce fatigue in people with multiple
sclerosis who are sensitive to heat.

Methods: We searched three databases to May 2021 for randomised trials of cooling vests,
collars or caps. Seven trials with 310 participants met the inclusion criteria.

Results: Cooling reduced fatigue scores compared with no cooling. Walking speed did not
change. Skin irritation was reported in two trials.

Conclusions: Cooling garments may reduce fatigue in people with MS who are sensitive to heat."""
)

BODY = {
    "what_the_study_did": "The authors pooled the results of several studies.",
    "why_it_matters": "Tiredness is common in MS. Talk with your doctor or care team.",
    "limitations": "The studies were small.",
}


def _errors(source, headline: str) -> list[str]:
    found = check_headline(source, PlainSummary(headline=headline, **BODY))
    return [f.message for f in found if f.severity.value == "error"]


def review_headline_errors(headline: str) -> list[str]:
    """The headline check's error messages for `headline` over REVIEW and BODY (the other
    headline tests' shared review)."""
    return _errors(REVIEW, headline)


@pytest.mark.parametrize(
    "source,headline",
    [
        (REVIEW, "This review was about cooling vests for people with MS."),
        (REVIEW, "The review compared cooling garments with no cooling in MS."),
        (REVIEW, "This research asked whether cooling changes tiredness in MS."),
        (REVIEW, "A new analysis examines cooling caps for people with MS."),
        (REVIEW, "The review covered seven trials of cooling garments in MS."),
        (REVIEW, "Reviewers looked into cooling collars for people with MS."),
        (REVIEW, "Cooling garments for tiredness in MS were reviewed."),
        (MICE, "The study focused on vitamin D and myelin in mice."),
        (MICE, "Vitamin D was tested in mice with damaged myelin."),
        (MICE, "Scientists sought to understand myelin repair in mice."),
        (MICE, "This study was about myelin repair in mice fed vitamin D."),
    ],
)
def test_a_headline_that_names_only_the_topic_is_an_error(source, headline: str) -> None:
    errors = _errors(source, headline)
    assert errors and "turned to" in errors[0]


@pytest.mark.parametrize(
    "source,headline",
    [
        (REVIEW, "The review found that cooling vests may ease tiredness in MS."),
        (REVIEW, "This review suggests cooling garments may ease fatigue in MS."),
        (REVIEW, "The review compared cooling with none and found less tiredness."),
        (REVIEW, "Cooling garments may ease tiredness in people with MS who feel the heat."),
        (REVIEW, "Trials of cooling vests suggest they may ease fatigue in MS."),
        (REVIEW, "A review of seven trials finds cooling may ease fatigue in MS."),
        (MICE, "A study in mice showed vitamin D helped repair myelin."),
        (MICE, "Vitamin D was tested in mice and helped repair myelin."),
        (MICE, "Vitamin D was tested in mice, and myelin grew back faster."),
        (MICE, "Researchers found that a diet rich in vitamin D improved myelin repair in mice."),
    ],
)
def test_a_headline_that_says_what_was_found_passes(source, headline: str) -> None:
    assert _errors(source, headline) == []


@pytest.mark.parametrize(
    "headline,words",
    [
        ("The study was about gut bacteria in people with MS", "The study was about"),
        ("A small trial tested a new dose of fampridine", "A small trial tested"),
        ("Stem cell transplants were studied in 40 adults", "were studied"),
        ("The trial tested fampridine, and walking got faster", None),
        ("The study asked whether sleep affects relapses", "The study asked"),
        ("Sleep was studied in 40 adults and was worse with MS", None),
        # what the studies lacked is a finding about the evidence
        ("None of the studies considered deaths from overdose", None),
        ("No trial assessed quality of life", None),
    ],
)
def test_topic_only_reads_the_verb_of_attention_and_the_rest(
    headline: str, words: str | None
) -> None:
    assert topic_only(headline) == words
