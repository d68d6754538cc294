"""What the study compared, as one whole sentence, for a paper with no aim of its own.

An abstract that opens with its results ("We included one trial that evaluated X versus
placebo") names what was tested only inside a result. The sentence built is that comparison
in the paper's own words ("The review authors compared X with placebo."), and only when the sentence
says plainly that the study's own trials (or the study itself) compared the two; never a guess.
"""

from __future__ import annotations

import re

from .numbers import drop_brackets, strip_statistics
from .results import DIRECTION
from .sentences import OTHERS_WORK, Role
from .simplify import strip_label
from .source import SourceSentence

__all__ = ["BUILT_COMPARISON", "MAX_SIDE_WORDS", "compared_pair"]

# The sentence built here: it says what was studied, not the count its paper sentence gave.
BUILT_COMPARISON = re.compile(r"^(?:The review authors|The researchers) compared ")

MAX_SIDE_WORDS = 5  # a side longer than this is a clause, not a thing compared
_WORD = r"[\w'’/+-]+"
_SIDE = rf"(?:{_WORD} ){{0,{MAX_SIDE_WORDS - 1}}}?{_WORD}"
# Where the second side ends: the sentence's end, a comma, or the start of whom, how long or
# where ("in 200 adults", "for 12 weeks", "and one trial compared ...").
_SIDE_END = r"(?=[,;.:]|\s(?:in|for|among|over|during|at|after|before|on|as|and|or|by|from)\b)"
# What all of the study's own trials compared, never some of them ("One trial compared X with
# Y" in a review of 27 is one comparison among many): "We included two trials that compared X
# with Y", "We compared X with Y", "The included trials compared X with Y". "evaluated X versus
# Y" names both sides only with "versus" (an "evaluated X with a scale" is how it was measured).
_PAIR = re.compile(
    r"^(?:We included [^.;]{0,60}?\b(?:trials?|stud(?:y|ies)|RCTs?)\b[^.;]{0,30}? (?:that|which) "
    r"|We (?:also )?"
    r"|(?:All |Both |The included |All (?:the )?included |The )"
    r"(?:(?:randomi[sz]ed|controlled|clinical|eligible) )?"  # never "The other trial"
    r"(?:trials?|stud(?:y|ies)|RCTs?) )"
    rf"(?:compared (?P<a>{_SIDE}) (?:with|to|versus|vs\.?|against)"
    rf"|(?:evaluated|assessed|tested|examined|investigated|studied) (?P<b>{_SIDE}) "
    rf"(?:versus|vs\.?|against|compared (?:with|to)))"
    rf" (?P<other>{_SIDE}){_SIDE_END}",
    re.I,
)
# Sides that are no thing compared: a pointer back, a result, a measure or a group.
_NOT_A_SIDE = re.compile(
    r"^(?:the|these|this|those|such|them|it|its|their|each|both|two|three|all)\b"
    r"|\b(?:effects?|efficacy|effectiveness|outcomes?|results?|groups?|arms?|data|rates?|"
    r"risks?|scores?|levels?|doses?|that|which|who|whether|was|were|is|are|had|have|"
    # ... or a side cut inside a longer one ("X in combination with Y"), or a vague one
    r"with|in|of|combination|different|other|alternative|types?|control|nightly|daily)\b"
    r"|\d",
    re.I,
)


def _side(text: str | None) -> str | None:
    """A side of the comparison when it names a thing compared, else None."""
    if not text or _NOT_A_SIDE.search(text) or DIRECTION.search(text):
        return None
    return text


def compared_pair(
    sentences: list[SourceSentence], review: bool, headed: bool
) -> tuple[str, int] | None:
    """The first results (or methods) sentence of the study's own that says it compared X
    with Y, as "The review authors (or researchers) compared X with Y.", with its index; None
    when no sentence names both sides plainly. An abstract without headings has only guessed roles:
    any sentence of its own work may say it."""
    roles = (Role.RESULTS, Role.METHODS) + (() if headed else (Role.BACKGROUND,))
    who = "The review authors" if review else "The researchers"
    for s in sentences:
        if s.role not in roles or OTHERS_WORK.search(s.text):
            continue
        text = strip_statistics(drop_brackets(strip_label(s.text)))
        m = _PAIR.search(text)
        if m is None:
            continue
        first, second = _side(m["a"] or m["b"]), _side(m["other"])
        if first and second and first.lower() != second.lower():
            return f"{who} compared {first} with {second}.", s.index
    return None
