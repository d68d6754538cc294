"""A single study's long "what we did" sentence that says who took part is kept whole: past the
30-word limit, with no clause boundary to split at, it was left out and the body said results
of people it never introduced (a reading's "no method"). A long method sentence that counts no
one is still left out, and "200 mg day(-1)" is said "200 mg a day" rather than "200 mg day"."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.simplify import plain_sentences
from plainsum.plain.splits import split_long
from plainsum.plain.symbol_words import per_power_in_words
from plainsum.plain.who_took_part import WHOLE_MAX_WORDS, kept_whole
from plainsum.settings import Settings

# 35 words, one clause with a relative clause inside it: nowhere to split into two sentences
WHO = (
    "We followed eighty-four adults with relapsing multiple sclerosis and moderate fatigue from "
    "three outpatient clinics in northern England who walked at home for twelve weeks while a "
    "physiotherapist phoned them every week about their progress."
)
# as long, and counting no one
MEASURED = (
    "Fatigue, sleep quality, mood, daily step counts, walking speed over ten metres, balance on "
    "a foam pad and the time taken to climb a flight of twelve stairs were all measured at the "
    "start and again at the end."
)
# as long, counting people, and thick with terms: a body's grade past the gate's error, whose
# repair then left results out
THICK = (
    "Samples from ninety patients with confirmed pneumococcal bacteraemia and a positive "
    "polymerase chain reaction assay followed by immunoglobulin quantification of capsular "
    "polysaccharide antibodies were included in the retrospective serological evaluation at the "
    "regional laboratory."
)
WALKING = (
    "Background: Fatigue is common in multiple sclerosis and limits daily life. "
    "Objective: To test whether a home walking programme reduces fatigue. "
    f"Methods: {WHO} Fatigue was rated on a standard scale at the start and at twelve weeks. "
    "Results: Fatigue scores fell by a third on average over the twelve weeks. Walking distance "
    "rose by 40 metres. No serious side effects were reported. "
    "Conclusions: A home walking programme may reduce fatigue in people with MS."
)


def _did(text: str) -> str:
    return draft(text, Settings(backend="offline", max_repairs=0)).summary.what_the_study_did


def test_the_long_sentence_on_who_took_part_is_in_the_body_whole() -> None:
    did = _did(WALKING)
    assert "eighty-four adults with relapsing MS and moderate fatigue" in did
    assert "phoned them every week about their progress." in did
    assert did.index("eighty-four adults") < did.index("Walking distance rose")


def test_it_is_too_long_for_the_usual_limit_and_within_the_whole_one() -> None:
    assert not plain_sentences(WHO, sources=(0,))
    kept = kept_whole(WHO, (0,), None, frozenset())
    assert len(kept) == 1
    assert 30 < kept[0].words <= WHOLE_MAX_WORDS


def test_a_long_sentence_thick_with_terms_stays_out() -> None:
    assert plain_sentences(THICK, sources=(0,), max_words=WHOLE_MAX_WORDS)
    assert kept_whole(THICK, (0,), None, frozenset()) == []


def test_a_long_method_sentence_that_counts_no_one_stays_out() -> None:
    assert kept_whole(MEASURED, (0,), None, frozenset()) == []
    text = WALKING.replace("Fatigue was rated on", f"{MEASURED} Fatigue was rated on")
    assert "foam pad" not in _did(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("got placebo or 200 mg day(-1) of the oil", "got placebo or 200 mg a day of the oil"),
        ("a dose of 5 mg kg-1 twice", "a dose of 5 mg per kg twice"),
        ("10 mg kg(-1) day(-1) for a month", "10 mg per kg a day for a month"),
        # never a gene's or a version's number
        ("IL-1 levels rose", "IL-1 levels rose"),
        ("version 2.0-1 of the scale", "version 2.0-1 of the scale"),
    ],
)
def test_a_unit_per_time_written_as_a_power_is_said_in_words(text: str, said: str) -> None:
    assert per_power_in_words(text) == said


def test_the_power_is_said_before_its_bracket_goes() -> None:
    (plain,) = plain_sentences(
        "Thirty children got placebo or 200 mg day(-1) of the oil for 2 months.", sources=(0,)
    )
    assert "200 mg a day of the oil" in plain.text


# "2 groups ...: A got X, and B got Y": split at its ", and", the first piece named one group of
# the two it counted and the second stood for neither
GROUPS = (
    "We looked back at 2 groups of adults with knee replacements from 2016 to 2017: group A "
    "started physiotherapy on the day of surgery, and group B started physiotherapy on the day "
    "after surgery."
)


def test_a_counted_list_of_groups_is_never_split_and_is_kept_whole() -> None:
    assert split_long(GROUPS) == [GROUPS]
    (kept,) = kept_whole(GROUPS, (0,), None, frozenset())
    assert "group A started physical therapy on the day of surgery, and group B" in kept.text
