"""Issue 9 (a review's size not said, CD006194): a results-only extract that opens "Fifteen
heterogeneous trials, involving 1022 adults with ..., were included" gives its count of trials
and people between commas, past the reach of the included-verb reading; the opening count
reads it. Paragraphs written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _facts(first: str) -> list[str]:
    text = (
        f"{first} All trials compared a wrist splint with a plaster cast. "
        "The splint reduced pain at six weeks compared with the cast. "
        "There is some evidence to support a splint for these wrist breaks in adults."
    )
    return [f.text for f in study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)]


@pytest.mark.parametrize(
    ("first", "fact"),
    [
        (
            "Twelve heterogeneous trials, involving 940 adults with a broken wrist bone near "
            "the hand that had moved out of place, were included.",
            "The review included twelve trials with 940 adults.",
        ),
        (
            "Six small trials, including 310 older women with a broken wrist, were included.",
            "The review included six trials with 310 women.",
        ),
    ],
)
def test_an_opening_count_between_commas_is_read(first: str, fact: str) -> None:
    assert fact in _facts(first)


def test_a_count_found_before_some_were_kept_is_not_read() -> None:
    first = "Twelve trials, involving 940 adults, were identified and six were included."
    assert not any("twelve" in f for f in _facts(first))


@pytest.mark.parametrize(
    ("first", "fact"),
    [
        # what the people had, in plain words: the review's subject is named with its size
        (
            "Four trials with 412 children with malaria met our inclusion criteria.",
            "The review included four trials with 412 children with malaria.",
        ),
        (
            "We included 11 trials with 1,480 adults with low back pain.",
            "The review included 11 trials with 1,480 adults with low back pain.",
        ),
        # the operation the people had ("total" is no "with a total of" here)
        (
            "Searches found 14 randomised trials including 1,210 patients with total hip "
            "replacement.",
            "The review included 14 trials with 1,210 patients with total hip replacement.",
        ),
        # too long to end cleanly, or no condition: the count alone
        (
            "Twelve heterogeneous trials, involving 940 adults with a broken wrist bone near "
            "the hand that had moved out of place, were included.",
            "The review included twelve trials with 940 adults.",
        ),
        (
            "We included nine trials with 800 adults with data on pain.",
            "The review included nine trials with 800 adults.",
        ),
        (
            "We included six trials with 520 adults with a total of 30 visits.",
            "The review included six trials with 520 adults.",
        ),
        (
            "We included six trials with 520 adults with total scores over ten.",
            "The review included six trials with 520 adults with total scores over ten.",
        ),
    ],
)
def test_what_the_people_had_is_said_with_their_count(first: str, fact: str) -> None:
    assert fact in _facts(first)


@pytest.mark.parametrize(
    ("first", "fact"),
    [
        # never a phrase cut at "and", nor the verb after it
        (
            "Nine trials, involving 700 adults with displaced and unstable wrist breaks, were "
            "included.",
            "The review included nine trials with 700 adults.",
        ),
        (
            "Four studies with 179 people with cystic fibrosis were included.",
            "The review included four studies with 179 people with cystic fibrosis.",
        ),
    ],
)
def test_what_the_people_had_is_never_cut_short(first: str, fact: str) -> None:
    assert fact in _facts(first)
