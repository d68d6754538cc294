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
# (and what the included studies tested, built from the sentence that counts them:
# `unstated_aim.compared_in`'s "The studies evaluated X.")
BUILT_COMPARISON = re.compile(
    r"^(?:(?:The review authors|The researchers) compared "
    r"|The (?:studies|trials) (?:evaluated|assessed|checked|compared|tested|examined|investigated|"
    r"studied) )"
)

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


# A trial's own assignment: "We randomly assigned 96 adults (1:1) to lumaxin 8 mg daily or
# placebo", "Patients were randomised to receive a target below 130 mm Hg or one below 150 mm
# Hg". A side here may hold a dose or a target (digits with a unit), never a clause ("to 2
# groups who received X or Y") or a part of another phrase ("mild to moderate disease to X").
_ASSIGNED_WORD = r"(?!(?:to|or|and|with|who|which|that|in|for|of|groups?|arms?)\b)[\w'’/+.%-]+"
_ASSIGNED_SIDE = rf"(?:{_ASSIGNED_WORD} ){{0,5}}?{_ASSIGNED_WORD}"
_ASSIGNED = re.compile(
    r"\b(?:randomly (?:assigned|allocated)|randomi[sz]ed|allocated at random)\b[^.;]{0,150}? "
    r"to (?:either |receive (?:either )?|take (?:either )?)?"
    rf"(?P<a>{_ASSIGNED_SIDE}) or (?:to )?(?:receive |take )?(?P<other>{_ASSIGNED_SIDE})"
    r"(?=[,;.:]|\s(?:for|among|over|during|at|after|before|on|as|and|by|from)\b)",
    re.I,
)
# The comparison side, said second ("placebo or riboflavin": riboflavin was compared with it).
_CONTROL = re.compile(
    r"(?:an? )?(?:placebo|sham|dummy|usual care|standard care|no (?:treatment|intervention)|"
    r"control|waiting list)\b",
    re.I,
)
# A side that is no thing given: a pointer back, a count, or a result.
_NOT_GIVEN = re.compile(r"^(?:the|these|this|those|such|them|it|its|their|each|both|\d)\b", re.I)


def _assigned(text: str) -> tuple[str, str] | None:
    """What one trial's people were assigned to, when its sentence names both sides plainly."""
    m = _ASSIGNED.search(text)
    if m is None:
        return None
    sides = (m["a"], m["other"])
    if any(_NOT_GIVEN.search(s) or DIRECTION.search(s) for s in sides):
        return None
    if _CONTROL.match(sides[0]) and not _CONTROL.match(sides[1]):
        return sides[1], sides[0]  # what was tested first: "compared X with placebo"
    return sides


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
            # a single trial's own assignment (a review's sentence of how its trials assigned
            # people is a selection rule, not what it compared)
            given = None if review else _assigned(text)
            if given is not None and given[0].lower() != given[1].lower():
                return f"{who} compared {given[0]} with {given[1]}.", s.index
            continue
        first, second = _side(m["a"] or m["b"]), _side(m["other"])
        if first and second and first.lower() != second.lower():
            return f"{who} compared {first} with {second}.", s.index
    return None
