"""A review's size is said only as the paper gives it (issue 9): studies it found or identified are
not what it included when it then left them out, kept fewer, or found another set beside them;
and its people may be said in the sentence after its count ("These trials enrolled 640
adults."). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _sizes(results: str) -> list[str]:
    text = (
        "Objectives: To assess a wrist splint for adults with a broken wrist.\n"
        f"Main results: {results} The splint eased pain at six weeks compared with a cast.\n"
        "Authors' conclusions: A splint may ease pain after a broken wrist."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    return [f.text for f in facts if f.count]


@pytest.mark.parametrize(
    "results",
    [
        # found, then all left out
        "We identified six trials as possibly eligible. All six trials were excluded. "
        "Therefore no trials are included in this review.",
        # one set found, then another, and fewer of those kept
        "We identified one study comparing a splint with no treatment. We found three "
        "randomised trials, but only two of them followed people for a year, as this review "
        "required.",
        # two sets found, for two treatments
        "Three trials were identified for a splint. Two trials were identified for a sling.",
        "We identified five trials of splints. We identified four trials of slings.",
    ],
)
def test_studies_found_that_are_not_the_whole_review_give_no_size(results: str) -> None:
    assert _sizes(results) == []


@pytest.mark.parametrize(
    ("results", "size"),
    [
        # the one set the sentence says was taken in; the others were no trials
        (
            "We identified one trial with 40 people that met the inclusion criteria. We "
            "identified two other studies but these were not randomised.",
            "The review included one trial with 40 people.",
        ),
        # a set found beside trials still running is the review's
        (
            "We identified seven trials with 820 people. We also identified two ongoing trials.",
            "The review included seven trials with 820 people.",
        ),
        # ... and one beside none found of another kind
        (
            "We identified seven trials. We found no trials of slings.",
            "The review included seven trials.",
        ),
    ],
)
def test_the_set_the_review_holds_is_still_its_size(results: str, size: str) -> None:
    assert _sizes(results) == [size]


@pytest.mark.parametrize(
    ("results", "size"),
    [
        (
            "We found five trials that met the inclusion criteria. These trials enrolled 640 "
            "adults.",
            "The review included five trials with 640 adults.",
        ),
        (
            "Five trials met the inclusion criteria. The studies included a total of 1,200 "
            "women, with a mean of 240 in each.",
            "The review included five trials with 1,200 women.",
        ),
        (
            "We included four trials. In total, the trials involved about 300 people.",
            "The review included four trials with about 300 people.",
        ),
        (
            "We included three trials. A total of 310 MS patients were studied.",
            "The review included three trials with 310 patients.",
        ),
        (
            "We included three trials. The three trials included 96 children with asthma.",
            "The review included three trials with 96 children with asthma.",
        ),
    ],
)
def test_people_said_in_the_sentence_after_the_count(results: str, size: str) -> None:
    assert _sizes(results) == [size]


@pytest.mark.parametrize(
    "after",
    [
        # another count of trials: a part of them
        "The two trials included 300 people.",
        # one group of two
        "These trials included 300 people in the splint group and 280 in the cast group.",
        "These trials included 300 adults and 120 children.",
        # people put into one arm
        "A total of 300 people were randomised to a splint.",
        # each trial, not all of them
        "These trials each included 30 to 80 people.",
    ],
)
def test_people_said_after_of_a_part_are_no_size(after: str) -> None:
    assert _sizes(f"We included five trials. {after}") == ["The review included five trials."]


def test_the_fact_rests_on_both_sentences() -> None:
    text = (
        "Objectives: To assess a wrist splint for adults with a broken wrist.\n"
        "Main results: We found five trials that met the inclusion criteria. These trials "
        "enrolled 640 adults. The splint eased pain at six weeks compared with a cast.\n"
    )
    sentences = source_sentences(parse(text))
    fact = next(f for f in study_facts(sentences, StudyDesign.REVIEW) if f.count)
    said = {s.index: s.text for s in sentences}
    assert [said[i] for i in fact.sources] == [
        "We found five trials that met the inclusion criteria.",
        "These trials enrolled 640 adults.",
    ]


@pytest.mark.parametrize(
    "results",
    [
        "We found 14 trials with a total of 1020 adults that met our criteria. Splints compared "
        "with casts: four trials with 300 adults showed less pain. Comparison of different "
        "splints: We included five studies with a total of 210 adults, but no data could be "
        "pooled.",
        "We found 14 trials with a total of 1020 adults that met our criteria. Splint versus no "
        "splint: We included three trials with 120 adults.",
    ],
)
def test_a_count_after_a_comparisons_label_is_that_comparisons(results: str) -> None:
    assert _sizes(results) == ["The review included 14 trials with 1020 adults."]
