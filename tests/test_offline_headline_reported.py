"""The headline says what was found, not that something was reported: a claim whose subject is
its report ("The results suggest that X") heads as X with the report's hedge; a review that
found no studies says so. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

AIM = "The review authors looked at cooling vests for heat-related tiredness in MS."


@pytest.mark.parametrize(
    ("conclusion", "expected"),
    [
        # the frame's "suggest" becomes the claim's own "may"
        (
            "The results suggest that cooling vests reduce tiredness in people with MS.",
            "Cooling vests may reduce tiredness in people with MS",
        ),
        # a clause that hedges itself keeps its own hedge
        (
            "These findings indicate that daily walking may improve balance in older adults.",
            "Daily walking may improve balance in older adults",
        ),
        # a long one: its call for more research goes, then its frame
        (
            "The results suggest that cooling vests are helpful for heat-related tiredness in "
            "adults with MS, but further trials comparing them with fans are needed.",
            "Cooling vests may be helpful for heat-related tiredness in adults with MS",
        ),
        # an asserting frame goes as "found that" does
        (
            "This study shows that the new cream eases itching in older adults.",
            "The new cream eases itching in older adults",
        ),
    ],
)
def test_a_claim_heads_without_the_report_that_frames_it(conclusion: str, expected: str) -> None:
    head = choose_headline([measured(conclusion, (9,))], [], StudyDesign.TRIAL)
    assert head.text == expected


def test_a_frame_whose_claim_cannot_be_said_alone_stays() -> None:
    # the past tense takes no "may": the authors' own sentence, frame and all, is the headline
    conclusion = "The results suggest that cooling vests lowered tiredness in people with MS."
    head = choose_headline([measured(conclusion, (9,))], [], StudyDesign.TRIAL)
    assert head.text == conclusion.rstrip(".")


@pytest.mark.parametrize(
    ("conclusion", "aims", "expected"),
    [
        (
            "The review authors found no randomised trials of cooling vests in MS. Trials are "
            "needed.",
            [AIM],
            "A review found no randomised trials of cooling vests for heat-related tiredness in MS",
        ),
        (
            "No studies meeting the entry rules of the review were found.",
            [],
            "A review found no studies to include",
        ),
        (
            "As the review authors did not find any suitable trials, they cannot advise.",
            [],
            "A review found no suitable trials",
        ),
        # what no study looked at, in the authors' words, where no aim names it
        (
            "The review authors did not find any studies that compared cooling vests with fans "
            "in adults with MS.",
            [],
            "A review found no studies that compared cooling vests with fans in adults with MS",
        ),
    ],
)
def test_an_empty_review_says_it_found_no_studies(
    conclusion: str, aims: list[str], expected: str
) -> None:
    first = conclusion.split(". ")[0]
    head = choose_headline(
        [measured(first, (9,)), measured("Larger trials of cooling vests are needed.", (10,))],
        [],
        StudyDesign.REVIEW,
        aims=[measured(a, (1,)) for a in aims],
    )
    assert head.text == expected
    assert 9 in head.sources


def test_a_review_with_trials_that_lack_one_outcome_is_not_empty() -> None:
    conclusion = measured("No trials were found that measured sleep.", (9,))
    head = choose_headline([conclusion], [], StudyDesign.REVIEW, studies="four trials")
    assert "found no trials" not in head.text


@pytest.mark.parametrize(
    "result",
    [
        "No studies meeting the entry rules of the review were found.",
        "No trials were eligible for inclusion in this review.",
        "No studies were included for this review.",
    ],
)
def test_an_empty_review_said_among_its_results_heads_as_one(result: str) -> None:
    # the conclusion says what to do meanwhile; the empty review is still what it found
    advice = measured("Care teams must rely on their own experience for now.", (12,))
    head = choose_headline([advice], [measured(result, (9,))], StudyDesign.REVIEW)
    assert head.text.startswith("A review found no ")
    assert head.sources[0] == 9 and head.basis == measured(result, (9,)).text


def test_an_empty_review_never_heads_with_a_topic_cut_after_its_participle() -> None:
    result = measured("No suitable trials were found for this review.", (9,))
    head = choose_headline(
        [], [result], StudyDesign.REVIEW, topic="cooling vests provided", topic_source=1
    )
    assert head.text == "A review found no suitable trials"
    whole = choose_headline(
        [], [result], StudyDesign.REVIEW, topic="cooling vests for tiredness", topic_source=1
    )
    # (the kind the authors found none of is kept: studies of other kinds may have been found)
    assert whole.text == "A review found no suitable trials of cooling vests for tiredness"
