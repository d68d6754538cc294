"""Support by time: a result said to hold at, for or after a time the paper never names.

A model that invents a follow-up keeps the paper's words and adds a time: "The benefit on
relapses lasted for two years.", "The gains were still there a year later." where the paper
followed people for 24 and 48 weeks. Its words are the paper's; its time is not. This module
reads the times a result sentence gives ("for two years", "a year later", "within a week of
stopping") and the lengths of time the paper names anywhere ("24 weeks", "a 6-month trial",
"median of 2.9 years"), a year being 12 months or 52 weeks, and reports a time the paper
never names.

- `time_not_in_paper(source, sentence)`: the time phrase of a result sentence whose length the
  paper never names, or None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..ingest import Source
from .claim_scope import stated_under_condition
from .negation import conditional
from .polarity import claims_in
from .polarity_time import DAYS, NUMBER, number_value
from .study_statements import not_a_claim

_UNIT = r"(?P<unit>hour|day|night|week|month|year)s?"
# a time a result is said to hold at, for or after: "for two years", "after a year", "two
# years later", "within a week of stopping", "over the next 6 months"
_SAID_TIME = re.compile(
    rf"\b(?:(?:for|after|over|at|by|within|until|up\s+to|through)\s+(?:the\s+)?"
    rf"(?:(?:first|next|following|whole|full)\s+)?(?P<n>{NUMBER})[\s-]+{_UNIT}\b"
    rf"|(?P<n3>{NUMBER})[\s-]+(?P<unit3>hour|day|night|week|month|year)s?\s+later\b)",
    re.I,
)
# any length of time a paper names: "24 weeks", "a 6-month trial", "2.9 years", "week 48"
_ANY_TIME = re.compile(
    rf"\b(?P<n>{NUMBER})[\s-]*{_UNIT}\b|\b(?P<unit2>hour|day|week|month|year)\s+(?P<n2>\d+)\b",
    re.I,
)


# "over 18 years of age", "50 years old", "aged over 18 years", "at 30 weeks of gestation": an
# age, not a time; "for four days each month": a schedule of doses
_AGE_AFTER = re.compile(
    r"\s*(?:of\s+age|old|of\s+(?:gestation|pregnancy)|(?:each|every|a|per)\s+"
    r"(?:day|week|month|year)\b)",
    re.I,
)
# "aged over 18 years", "decreasing doses up to 30 days": an age, or how long doses went on
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages|dos(?:e|es|ing))\s+(?:\w+\s+)?$", re.I)
# a result that holds on, or is a result at all: a direction ("improved", "fewer"), or words
# of lasting ("lasted", "still", "faded", "came back", "wore off")
_LASTING = re.compile(
    r"\b(?:last(?:ed|s|ing)?|still|faded|fades|wore\s+off|came\s+back|come\s+back|"
    r"returned|remained|stayed|persist\w*|kept|later)\b",
    re.I,
)
# What the researchers did and when ("searched ... up to", "samples were collected for 48
# hours", "asked one year later", "followed for two years"), and what was in place before the
# study ("a ban in place for 50 years"): times of the study's running, not of its results.
_PROCEDURE = re.compile(
    r"\b(?:search(?:ed|es)|collected|asked|enrolled|recruited|assessed|measured|evaluated|"
    r"analy[sz]ed|screened|interviewed|followed|follow-up|randomi[sz]ed|assigned|"
    r"in\s+place|treated\s+for|given\s+for|took\s+(?:it|them|the\s+\w+)\s+for)\b",
    re.I,
)


@lru_cache(maxsize=64)
def paper_times(text: str) -> frozenset[int]:
    """Every length of time `text` names, in days (rounded)."""
    out = set()
    for found in caseless.finditer(_ANY_TIME, text):
        unit = (found.group("unit") or found.group("unit2")).lower()
        out.add(round(number_value(found.group("n") or found.group("n2")) * DAYS[unit]))
    return frozenset(out)


def _near(days: int, times: frozenset[int]) -> bool:
    """Whether `days` is one of `times` (a year is 12 months or 52 weeks)."""
    return any(abs(days - t) <= max(2, 0.1 * max(days, t)) for t in times)


def time_not_in_paper(source: Source, sentence: str) -> str | None:
    """The time phrase of a sentence that states a result ("for two years" in "The benefit on
    relapses lasted for two years.") when the paper names no such length of time anywhere;
    None for a question, an aim, a hedge or a sentence without such a time."""
    if not_a_claim(sentence) or conditional(sentence):
        return None
    if caseless.search(_PROCEDURE, sentence):
        return None  # how the study was run, not what it found
    if not (_LASTING.search(sentence) or claims_in(sentence)):
        return None  # no result to hold at any time ("one person withdrew after one day")
    times = None  # the paper's lengths of time, read once the sentence names one of its own
    for found in caseless.finditer(_SAID_TIME, sentence):
        if (
            stated_under_condition(sentence, found.start())
            or _AGE_AFTER.match(sentence, found.end())
            or _AGE_BEFORE.search(sentence[: found.start()])
        ):
            continue
        n = found.group("n") or found.group("n3")
        unit = (found.group("unit") or found.group("unit3")).lower()
        days = round(number_value(n) * DAYS[unit])
        if times is None:
            times = paper_times(source.full_text)
        if not _near(days, times):
            return found.group(0)
    return None
