"""design_cue: a cue run only on the stretches of text that can hold its hits gives the same
counts as the cue run on the whole text (texts and patterns written for these tests)."""

import re

import pytest

from plainsum.design_cue import STOP_CANDIDATES, Cue, CueSet, cue_stops

ALL = STOP_CANDIDATES


@pytest.mark.parametrize(
    ("pattern", "stops"),
    [
        (r"hazard ratio", ALL),  # letters and a space: no stop can be part of a hit
        (r"\b(?:trials|studies)\b[^.;]{0,60}?\bwere included\b", ".;"),  # any but . and ;
        (r"p ?[<=] ?0\.05", ALL.replace(".", "")),  # a decimal point is part of the hit
        (r"cells\s+grown", ALL.replace("\n", "")),  # a space class holds the line break
        (r"cells(?=\.)", ALL.replace(".", "")),  # a lookahead reads the full stop
        (r"(?<=\.) results were", ALL),  # a lookbehind reads the text before: kept
        (r"(?:n|number) ?= ?\d+\)", ALL.replace(")", "")),
        (r"[\w-]+ (?:samples|specimens)", ALL),
        (r"mice\W+rats", ""),  # a class of every non-word character: every stop
        (r"the end$", ""),  # an anchor at the end: the end of a stretch is not the text's
        (r"(?:trial)?", ""),  # a pattern that can match nothing
        (r"(a)\1", ""),  # a back reference: not read
        (r"review.", ""),  # any character
    ],
)
def test_cue_stops(pattern: str, stops: str) -> None:
    assert cue_stops(re.compile(pattern)) == stops


# Cues written for these tests: each needs a string; several could only match across a stop.
_PATTERNS = [
    r"\b(?:\d+|two|three|four) of (?:the|these) (?:\d+ )?(?:trials|studies)\b",
    r"\b(?:trials|studies)\b[^.;]{0,40}?\bwere included\b",
    r"\bp ?[<=] ?0\.0\d\b",
    r"\bcells\s+were grown\b",
    r"\brisk of bias\b",
    r"\b(?:samples?|specimens?) (?:[\w-]+ ){0,3}?from (?:\w+ )?patients\b",
    r"\bthis review\b",
]

# Lower-cased texts with full stops, decimals, semicolons, brackets, commas and line breaks
# beside the strings the cues need.
_TEXTS = [
    "two of the 12 trials were small. three of these studies; four of the trials.",
    "of the trials, 2.5 of the 10 studies were new (four of the trials).",
    "trials were searched. they were included in this review; studies, as planned, were "
    "included here.",
    "trials (six) were included, and studies were included again.\nstudies were included",
    "the effect was clear (p = 0.03). p<0.04, p = 0.5 and p<0.01; risk of bias was low.",
    "cells\nwere grown in dishes. cells were grown. the cells  were grown again, cells were",
    "samples of blood from patients. specimens taken. from patients; samples from 12 "
    "patients, samples of fresh frozen tissue from older patients.",
    "risk of\nbias; risk of bias, risk of bias (risk of bias) risk of bias.",
    "this review. this\nreview: this review",
    "nothing the cues need is here.",
    "",
]


def _whole(cue: Cue, text: str, limit: int) -> int:
    """The cue's count on the whole text, with no strings and no stretches."""
    plain = Cue(cue.pattern)
    plain._ready, plain._needs = True, None
    return plain.scan(text, limit)


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("limit", [1, 2, 3])
def test_stretches_give_the_whole_texts_counts(text: str, limit: int) -> None:
    cues = CueSet([Cue(p) for p in _PATTERNS])
    assert cues.counts(text, limit) == [_whole(c, text, limit) for c in cues.cues]


@pytest.mark.parametrize("text", _TEXTS)
def test_design_cues_on_stretches_are_their_own_counts(text: str) -> None:
    from plainsum.design import _ALL_CUES

    for limit in (1, 3):
        assert _ALL_CUES.counts(text, limit) == [_whole(c, text, limit) for c in _ALL_CUES.cues]


def test_most_design_cues_stop_at_a_full_stop() -> None:
    """The speed rests on this: nearly every design cue is run on stretches only."""
    from plainsum.design import _ALL_CUES

    stopped = [c for c in _ALL_CUES.cues if c._required() is not None and "." in c._stops]
    assert len(stopped) >= 0.9 * len(_ALL_CUES.cues)
