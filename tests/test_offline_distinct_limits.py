"""Limitations said once each, the authors' chief limit first; a sentence that only says what
was done well is no limitation. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.distinct_limits import distinct_limits, limit_kinds, says_again
from plainsum.plain.frames import SMALL_STUDY
from plainsum.plain.limits import names_no_limit
from plainsum.plain.lines import Line

CAVEAT = Line("A review can only be as good as the studies it includes.", kind="frame")


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in distinct_limits(lines)]


def test_the_same_limit_in_other_words_is_said_once() -> None:
    own = Line("Most of the included trials were at high risk of bias.", (7,))
    stated = Line("The authors say most of the studies had flaws in how they were done.", (9,))
    assert _texts([CAVEAT, own, stated]) == [CAVEAT.text, own.text]


def test_a_risk_of_bias_said_high_in_two_ways_is_said_once() -> None:
    first = Line("Results need care because the trials were old and at high risk of bias.", (4,))
    again = Line("The risk of bias in the trials was large, so read results with care.", (9,))
    assert _texts([CAVEAT, first, again]) == [CAVEAT.text, first.text]


def test_one_sentence_given_twice_by_the_abstract_is_said_once() -> None:
    first = Line("Most of the included trials gave little detail on how people were chosen.", (4,))
    again = Line("Most of the included studies gave little detail on how people were chosen.", (9,))
    assert _texts([CAVEAT, first, again]) == [CAVEAT.text, first.text]


def test_few_people_and_few_or_small_studies_are_one_limit() -> None:
    a = Line("The authors say some of the results rest on few people.", (3,))
    b = Line("The authors say the studies were few or small.", (5,))
    assert _texts([CAVEAT, a, b]) == [CAVEAT.text, a.text]


def test_a_limit_of_another_kind_is_kept() -> None:
    bias = Line("Most of the trials were at high risk of bias.", (7,))
    short = Line("The authors say the follow-up was short.", (8,))
    weak = Line("The authors rated the evidence as low certainty.", (8,))
    assert _texts([CAVEAT, bias, short, weak]) == [CAVEAT.text, bias.text, short.text, weak.text]
    # a sentence naming two kinds stays when one of them is new
    both = Line("The trials were small and at high risk of bias.", (9,))
    assert _texts([CAVEAT, bias, both]) == [CAVEAT.text, bias.text, both.text]


def test_a_frame_never_leaves_out_the_papers_own_statement() -> None:
    own = Line("The authors say the number of people studied was small.", (6,))
    frame = Line(SMALL_STUDY, kind="frame")
    assert _texts([CAVEAT, frame, own]) == [CAVEAT.text, SMALL_STUDY, own.text]


def test_the_authors_chief_limit_comes_first_after_the_frames() -> None:
    other = Line("The authors say the follow-up was short.", (8,))
    chief = Line("The main limitation was that the nurses knew which group people were in.", (5,))
    assert _texts([CAVEAT, other, chief]) == [CAVEAT.text, chief.text, other.text]


def test_says_again_reads_only_the_content_before_it() -> None:
    bias = Line("Most of the trials were at high risk of bias.", (7,))
    flaws = "The authors say the studies had flaws in how they were done."
    assert says_again(flaws, [CAVEAT, bias])
    assert not says_again(flaws, [CAVEAT])
    assert limit_kinds(flaws) == {"bias"}


@pytest.mark.parametrize(
    ("text", "no_limit"),
    [
        ("Four trials had a low risk of bias.", True),
        ("The risk of bias across the included trials was low.", True),
        ("The two studies were well conducted and of high quality.", True),
        ("Only one trial was at low risk of bias in all domains.", False),
        ("None of the trials was at low risk of bias.", False),
        ("Although the trials were well conducted, some had a high risk of bias.", False),
        ("The trials were at high risk of bias.", False),
        # what holds in spite of the limits
        ("Despite these limitations, the review gives a full overview of the trials.", True),
        ("In spite of its flaws, the trial shows the drug can be given safely.", True),
        # a finding split from the limit it came with: no limit of its own
        ("It appears that nasal sprays for hay fever are helpful.", True),
        ("It appears that nasal sprays are helpful, but the trials were small.", False),
        ("Sprays helped only in the two smallest trials.", False),
    ],
)
def test_a_sentence_that_only_says_what_was_done_well_names_no_limit(text, no_limit) -> None:
    assert names_no_limit(text) is no_limit


def test_a_line_kept_over_the_grade_says_its_limit_before_one_that_may_be_left_out() -> None:
    own = Line("Low-quality evidence from the fewer trials suggested little difference.", (8,))
    stated = Line("The authors rated the evidence as low certainty.", (9,), main=True)
    assert _texts([CAVEAT, own, stated]) == [CAVEAT.text, stated.text]
    kept = Line(own.text, own.sources, main=True)  # both kept: the first says it
    assert _texts([CAVEAT, kept, stated]) == [CAVEAT.text, kept.text]


def test_a_hard_line_kept_over_the_grade_does_not_claim_its_limit_first() -> None:
    # a repair may leave out a line with an unexplained code: the plain one says the limit
    own = Line("Only very weak evidence on the effect of ICM on work was found.", (8,), main=True)
    stated = Line("The authors rated the evidence as low certainty.", (9,), main=True)
    assert _texts([CAVEAT, own, stated]) == [CAVEAT.text, stated.text]
