"""A review that reports its comparisons under subheadings on lines of their own ("Drug A
versus drug B (1 study, 30 women)") loses those lines from its sentences: no sentence a draft
can show names the comparison the results below are of. A result there that names nothing
compared ("There were no deaths", "The rate of X was not reported", "Neither trial reported
...") is one comparison's, and shown alone it reads as the whole review's (issue 9, firm false
statements: CD009770 said one 26-woman comparison's "no fetal or neonatal deaths" after the
count of the review's eight studies). Such a result is never shown. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.source import source_sentences
from plainsum.plain.trial_scope import (
    after_lost_headings,
    needs_the_sentence_before,
    unnamed_under_lost_headings,
)

NO_DEATHS = "There were no deaths in mothers or babies."
NOT_REPORTED = "The rate of caesarean birth was not reported."
UNCERTAIN = "The effects on the number of babies needing intensive care were uncertain."
NAMED = "Drug B probably shortens labour by about an hour compared with drug C in most women."
SHORTER = "Drug B probably shortens labour by about two hours."
HEADED = (
    "Objectives: To assess drugs that relax the womb during labour.\n\n"
    "Main results: We included six studies (640 women), most from large hospitals. "
    "Overall, the studies had a low risk of bias.\n"
    "Drug A versus no drug (2 studies, 90 women)\n"
    "Fewer babies had a slow heart rate when given drug A than when given no drug. "
    f"{UNCERTAIN}\n"
    "Drug B versus drug C (1 study, 30 women)\n"
    f"{NO_DEATHS} "
    f"{NOT_REPORTED} "
    f"{NAMED}\n"
    "Drug B versus placebo (3 studies, 520 women)\n"
    f"{SHORTER}\n\n"
    "Authors' conclusions: There is too little evidence to tell whether these drugs help babies "
    "in labour."
)


def _indexes(text: str) -> tuple[str, list[str], list[str]]:
    source = parse(text)
    sentences = source_sentences(source)
    headed = after_lost_headings(source.text, sentences)
    unnamed = unnamed_under_lost_headings(source.text, sentences)
    return (
        source.text,
        [s.text for s in sentences if s.index in headed],
        [s.text for s in sentences if s.index in unnamed],
    )


def test_the_sentences_under_a_heading_line_are_found() -> None:
    _, headed, _ = _indexes(HEADED)
    assert headed == [
        "Fewer babies had a slow heart rate when given drug A than when given no drug.",
        NO_DEATHS,
        SHORTER,
    ]


@pytest.mark.parametrize("sentence", [NO_DEATHS, NOT_REPORTED, UNCERTAIN])
def test_a_result_that_names_nothing_compared_is_the_headings(sentence: str) -> None:
    assert sentence in _indexes(HEADED)[2]


@pytest.mark.parametrize(
    "sentence",
    [
        NAMED,  # names its own sides
        # names its treatment
        "Fewer babies had a slow heart rate when given drug A than when given no drug.",
        "Overall, the studies had a low risk of bias.",  # said before any heading
    ],
)
def test_a_sentence_that_names_its_scope_stays(sentence: str) -> None:
    assert sentence not in _indexes(HEADED)[2]


def test_a_heading_run_into_its_sentence_is_no_lost_heading() -> None:
    """The heading run into the sentence after it is that sentence's: its turn is named, and
    its results lean on it as before."""
    run_in = HEADED.replace("(1 study, 30 women)\n", "(1 study, 30 women) ")
    assert NO_DEATHS not in _indexes(run_in)[2]


def test_one_heading_alone_makes_no_turns() -> None:
    one = HEADED.split("Drug B versus drug C")[0] + "\n\nAuthors' conclusions: More trials."
    assert _indexes(one)[2] == []


def test_neither_trial_is_the_comparisons_two() -> None:
    """ "Neither trial reported ..." in a comparison's turn leans on the sentence before it."""
    neither = "Neither trial reported any deaths or falls."
    text = HEADED.replace(UNCERTAIN, neither)
    source = parse(text)
    sentences = source_sentences(source)
    leaning = needs_the_sentence_before(sentences, source.text)
    assert any(s.text == neither and s.index in leaning for s in sentences)


def test_the_draft_never_says_the_headings_results_alone() -> None:
    source = parse(HEADED)
    _, sections = compose(gather(source, detect_design(source)))
    said = " ".join(line.text for lines in sections.values() for line in lines)
    assert "no deaths" not in said.lower()
    assert "caesarean birth was not reported" not in said


def test_a_result_under_a_heading_line_is_said_with_its_comparison() -> None:
    """A result whose subject is the heading's treatment is said against what the heading
    compares it with (`comparisons.comparators`): "Compared with placebo, drug B ..."."""
    source = parse(HEADED)
    _, sections = compose(gather(source, detect_design(source)))
    said = " ".join(line.text for lines in sections.values() for line in lines)
    assert "Compared with placebo, drug B probably shortens labour" in said
    assert "Drug B probably shortens labour by about two hours" not in said


def test_a_result_that_names_the_headings_treatment_stays() -> None:
    """ "The belt made no difference to X" under "Inflatable belt versus no belt" says whose it
    is; "There were no deaths" does not."""
    belt = "The belt made no difference to rates of caesarean birth."
    text = HEADED.replace("Drug A versus no drug", "Inflatable belt versus no belt").replace(
        UNCERTAIN, belt
    )
    assert belt not in _indexes(text)[2]


def test_a_result_under_a_heading_of_some_people_is_theirs() -> None:
    """Under "Drug B versus placebo for people with kidney disease", a result that names no
    people is true of those people only, and nothing shown says so: left out."""
    some = HEADED.replace(
        "Drug B versus placebo (3 studies, 520 women)",
        "Drug B versus placebo for women with kidney disease",
    ).replace(SHORTER, "Compared with placebo, drug B shortened labour.")
    assert "Compared with placebo, drug B shortened labour." in _indexes(some)[2]
    assert SHORTER not in _indexes(HEADED)[2]  # (a heading that names no people)
