"""Time points: when a result was measured ("at 24 weeks", "after two years", "in the first
week", "over 12 to 24 months"). A result at 48 weeks is not the result at 24 weeks: the
contradiction check reads a summary's claim against the paper's claims at the same time when
both say when, and the words for a span of time ("weeks", "months") never make two claims
about the same thing."""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import stem

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "first": 1,
    "two": 2,
    "second": 2,
    "three": 3,
    "third": 3,
    "four": 4,
    "fourth": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
}
# days in each unit of time, and a number as written ("24", "two", "a"): for support_times too
DAYS = {"hour": 1 / 24, "day": 1, "night": 1, "week": 7, "month": 30.4, "year": 365}
NUMBER = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>hour|day|night|week|month|year)s?"
# "24 weeks", "two-year", "12 to 24 months", "the first week", "week 48", "a year"
# (said when: "at", "by", "after", "over", "during", "up to", "on day 2", "in the first
# week"; not "within 6 months" of "women who got pregnant within 6 months", which says who)
_WHEN = r"\b(?:at|by|after|over|during|through|until|up\s+to|on|in|from)\s+(?:the\s+)?"
_TIME = re.compile(
    rf"{_WHEN}(?:(?:first|next|last|following)\s+)?"
    rf"(?:(?:(?P<low>{NUMBER})\s*(?:to|-|–|and|or)\s*)?(?P<n>{NUMBER})[\s-]*{_UNIT}\b"
    rf"|(?P<unit2>hour|day|week|month|year)\s+(?P<n2>\d+)\b)",
    re.I,
)
# an age or a duration of illness, not when a result was measured
_NOT_A_TIME_POINT = re.compile(
    r"\b(?:aged?|ages)\s+$|\bfor\s+(?:more\s+than\s+|over\s+|about\s+)?$", re.I
)
_OLD_AFTER = re.compile(r"^\s*(?:old|of\s+age)\b", re.I)

# the stems of the words for a span of time: not what a claim is about (numbers stay: "TENS"
# stems as "ten"; and "night" may be what changed, "night-time cough")
TIME_STEMS = frozenset(
    stem(w)
    for w in """hour hours day days week weeks month months year years follow-up followup""".split()
)


def number_value(text: str) -> float:
    """The value of a number written in digits or words ("two" -> 2.0)."""
    text = text.lower()
    return float(_NUMBERS[text]) if text in _NUMBERS else float(text)


def time_points(text: str) -> frozenset[int]:
    """The time points `text` names, in days (rounded), each end of a range counted."""
    out: set[int] = set()
    for found in caseless.finditer(_TIME, text):
        if _NOT_A_TIME_POINT.search(text[max(0, found.start() - 20) : found.start()]):
            continue
        if _OLD_AFTER.match(text, found.end()):
            continue
        unit = (found.group("unit") or found.group("unit2")).lower()
        numbers = [found.group("n") or found.group("n2"), found.group("low")]
        for n in numbers:
            if n:
                out.add(round(number_value(n) * DAYS[unit]))
    return frozenset(out)


def same_time(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether two sets of time points share one (a year is 52 weeks or 12 months)."""
    return any(abs(x - y) <= max(2, 0.05 * max(x, y)) for x in a for y in b)
