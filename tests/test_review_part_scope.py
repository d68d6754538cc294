"""What a review says of one part of its evidence keeps that scope (issue 9): a result in one
arm named by what it got ("... in the honey group") needs the comparison it belongs to, and a
limit said right after one study's or two comparisons' result ("The outcome data were limited
and what evidence there was low quality.") is theirs, never the whole review's. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.lines import Line
from plainsum.plain.referents import referred
from plainsum.plain.source import source_sentences
from plainsum.plain.trial_scope import limits_of_a_part

HEAD = "Some dressings may help open wounds heal after surgery"


def _kept(text: str, before: str = "The review included nine studies with 700 people.") -> bool:
    lines = [Line(before, (1,)), Line(text, (5,))]
    return any(x.text == text for x in referred(HEAD, lines, groups_only=True))


@pytest.mark.parametrize(
    "text",
    [
        "There was some evidence of a shorter hospital stay in the honey group.",
        "Fewer wound infections were seen in the silver group.",
        "Healing was faster in the foam arm.",
    ],
)
def test_one_arm_nothing_named_is_left_out_of_a_reviews_body(text: str) -> None:
    assert not _kept(text)


@pytest.mark.parametrize(
    "text",
    [
        # the arm set against another, or a comparator named
        "Healing took 12 days in the honey group and 15 days in the gauze group.",
        "Hospital stay was shorter in the honey group than with plain gauze.",
        "Hospital stay was shorter in the honey group compared with placebo.",
        # an arm any comparison has
        "Fewer wound infections were seen in the control group.",
        "More people stopped early in the treatment group.",
    ],
)
def test_an_arm_that_says_what_it_is_set_against_stays(text: str) -> None:
    assert _kept(text)


def test_an_arm_the_reader_has_met_stays() -> None:
    before = "One study compared a honey dressing with plain gauze for open wounds."
    assert _kept("There was some evidence of a shorter hospital stay in the honey group.", before)


PART_LIMIT = "The outcome data available were limited and what evidence there was low quality."
# (no headings: the roles come from what each sentence says, as in a review's results and
# conclusions given alone)
REVIEW = (
    "We included nine studies with 700 people. Two comparisons compared an iodine wash with no "
    f"wash and found no clear difference in healing. {PART_LIMIT} One study compared a honey "
    "dressing with plain gauze. More wounds healed with honey than with plain gauze at three "
    "weeks. This was moderate-certainty evidence. Honey dressings may help open wounds heal; "
    "for other dressings the evidence is unclear."
)


def test_a_limit_said_after_a_part_is_that_parts() -> None:
    sentences = source_sentences(parse(REVIEW))
    scoped = {s.text for s in sentences if s.index in limits_of_a_part(sentences)}
    # (and the honey study's, two sentences after the study is named)
    assert scoped == {PART_LIMIT, "This was moderate-certainty evidence."}


@pytest.mark.parametrize(
    "limit",
    [
        "Most studies were small and the evidence was low quality.",
        "Across the review, the evidence was low quality.",
    ],
)
def test_a_limit_that_names_its_scope_is_the_reviews(limit: str) -> None:
    sentences = source_sentences(parse(REVIEW.replace(PART_LIMIT, limit)))
    scoped = {s.text for s in sentences if s.index in limits_of_a_part(sentences)}
    assert limit not in scoped


def test_the_parts_limit_is_never_the_reviews_limitation() -> None:
    source = parse(REVIEW)
    _, sections = compose(gather(source, detect_design(source)))
    assert PART_LIMIT not in [line.text for line in sections["limitations"]]


def test_a_line_that_leans_on_one_left_out_goes_with_it() -> None:
    lines = [
        Line("The review included nine studies with 700 people.", (1,)),
        Line("Fewer wounds reopened in the honey group.", (5,)),
        Line("Pain was similar in both groups.", (6,), leans=True),
    ]
    kept = [x.text for x in referred(HEAD, lines, groups_only=True)]
    assert kept == ["The review included nine studies with 700 people."]
