"""A result said inside one trial's or one comparison's turn stays that turn's (issue 9, firm
false statements): a limit said among the results ("we are uncertain whether ...") does not end
the turn; "between-group" names the turn's groups as "between groups" does; an arm named by
what it got ("in the 400 mg group", "in people given the higher dose") is an arm of the
comparison the turn is of. Shown alone after the review's count, such a sentence read as the
review's own finding. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.source import source_sentences
from plainsum.plain.trial_scope import scoped_to_one_trial

EITHER = "There were no falls or serious harms in either group during the first six months."
# (results without headings, as some abstracts give them: the limit is read as a limitation)
LIMITED_TURN = (
    "We included three trials with a total of 410 people who had hip surgery. "
    "One trial (70 people) compared a raised toilet seat with no seat. "
    "Due to the very low certainty of the evidence, we are uncertain whether the seat improved "
    "daily living at six months. "
    f"{EITHER} "
    "One trial (200 people) compared a grab rail with no rail. "
    "The rail may improve confidence in the bathroom. "
    "One trial (140 people) compared home visits by a therapist with a leaflet. "
    "Further trials of home aids are needed."
)

BETWEEN = "There was little or no between-group difference in the number of people who died."
TRIAL_TURNS = (
    "Objectives: To assess drugs that slow nerve damage in a rare inherited disease.\n"
    "Main results: We included three trials with 520 people. "
    "One trial compared drug A with placebo (150 people). "
    "After a year, drug A slowed nerve damage slightly more than placebo. "
    f"{BETWEEN} "
    "One trial compared drug B with placebo (200 people). "
    "Drug B slowed nerve damage more than placebo. "
    "One trial compared drug C with placebo (170 people).\n"
    "Authors' conclusions: Drugs A and B may slow nerve damage."
)

ARM = "There was no clear drop in hospital stays in the 400 mg tablet group."
RELATIVE = "There was a clear drop in hospital stays in people given the higher dose."
COMPARISON_TURNS = (
    "Objectives: To assess doses of a drug for chest infections.\n"
    "Main results: We included eight trials with 1200 people. "
    "Three trials compared 200 mg with 400 mg tablets in people who could eat. "
    "Due to high heterogeneity, we are uncertain whether the dose changed recovery time. "
    f"{ARM} "
    "Five trials compared two doses given through a drip in people who could not eat. "
    "Due to the small number of events, the evidence for deaths was weak. "
    f"{RELATIVE}\n"
    "Authors' conclusions: The dose of the drug may matter less than how it is given."
)


def _scoped(text: str) -> set[str]:
    sentences = source_sentences(parse(text))
    return {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (LIMITED_TURN, EITHER),  # a limit said in the turn does not end it
        (TRIAL_TURNS, BETWEEN),  # "between-group": the turn's trial's groups
        (COMPARISON_TURNS, ARM),  # an arm named by its dose, after a limit
        (COMPARISON_TURNS, RELATIVE),  # "the higher dose": a side of the turn's comparison
    ],
)
def test_a_result_of_a_turn_needs_the_turn_named(text: str, sentence: str) -> None:
    assert sentence in _scoped(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # a result that names its own comparison stands alone
        "Hospital stays were shorter with 400 mg than with 200 mg tablets.",
        # a result said across the trials ends the turn
        "Across all trials, hospital stays did not differ with the dose.",
    ],
)
def test_a_result_that_says_its_own_scope_stands_alone(sentence: str) -> None:
    assert sentence not in _scoped(COMPARISON_TURNS.replace(RELATIVE, sentence))


def test_one_trial_alone_has_no_turns() -> None:
    single = (
        "Objectives: To assess a drug that slows nerve damage.\n"
        "Main results: We included one trial with 150 people. "
        "The trial compared drug A with placebo. "
        f"{BETWEEN}\n"
        "Authors' conclusions: Drug A may slow nerve damage."
    )
    assert BETWEEN not in _scoped(single)


@pytest.mark.parametrize(
    ("text", "key", "before"),
    [
        (LIMITED_TURN, "falls", "the seat"),
        (TRIAL_TURNS, "died", "slightly more than placebo"),
        (COMPARISON_TURNS, "higher dose", "evidence for deaths"),
    ],
)
def test_the_draft_says_it_only_after_the_sentence_before(text: str, key: str, before: str) -> None:
    """Shown at all, it follows the sentence the paper said before it, which leans back in turn
    (a trial's turn) or is read in the turn it closes (a comparison's)."""
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)))
    for lines in sections.values():
        said = [line.text for line in lines]
        for i, line in enumerate(said):
            if key in line:
                assert i and before in said[i - 1], said
