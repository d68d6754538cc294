"""Number times: a result said at one time point where the paper gives it at another.

"After three months, 85% felt better, compared with 23% on placebo", where the paper's 23% is
the placebo group at one month (at three months it was 17%): the number is the paper's, the
time it belongs to is not. A result's time point is the one its sentence names ("at 3 months",
"after 12 weeks", "at week 24", "at 26 weeks' follow-up", "by one year", "12 weeks later").

A number is misattributed here when the summary sentence names a time point, the number is
not itself a time, every sentence of the paper that gives the number names a time point, none
of them the summary's, and the paper names the summary's time point elsewhere (so that it is
the paper's, not a plain rewording). Lengths of treatment ("for 12 weeks", "over a year") are
not time points: a result is often measured after the treatment ended.
"""

from __future__ import annotations

import re

from ..evidence import split_source
from ..ingest import Source
from ..memo import cached_list
from ..prefilter import may_match
from .faithfulness import number_mentions, source_numbers

_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4, "year": 365.0}
_UNIT = r"(days?|weeks?|months?|years?)"
_VALUE = r"(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
# "at 3 months", "after 12 weeks", "by week 24", "at 26 weeks' follow-up", "12 weeks later",
# "at the 6-month visit", "one year after surgery"
_POINTS = (
    re.compile(
        rf"\b(?:at|after|by|within)\s+(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?{_VALUE}[\s-]+{_UNIT}\b",
        re.I,
    ),
    re.compile(rf"\b(?:at|by|in|after)\s+{_UNIT}\s+{_VALUE}\b", re.I),  # "at week 24"
    re.compile(rf"\b{_VALUE}[\s-]+{_UNIT}(?:'|’)?\s+(?:later|follow-up|follow up)\b", re.I),
)
SAME_TIME = 0.1  # two time points this close (relatively) are one: "3 months" and "12 weeks"


@cached_list  # each summary sentence's time checks read the same source sentences
def time_points(text: str) -> list[tuple[float, int, int]]:
    """(days, start, end) of each time point `text` names."""
    out = []
    for n, pattern in enumerate(_POINTS):
        if not may_match(pattern, text):
            continue  # no unit of time ("weeks") in it: most sentences
        for m in pattern.finditer(text):
            value, unit = (m.group(2), m.group(1)) if n == 1 else (m.group(1), m.group(2))
            days = _days(value, unit)
            if days is not None:
                out.append((days, m.start(), m.end()))
            end = m.end()
            while more := _MORE.match(text, end):  # "at eight weeks and 24 months"
                days = _days(more.group(1), more.group(2))
                if days is not None:
                    out.append((days, more.start(1), more.end()))
                end = more.end()
    return out


_MORE = re.compile(rf",?\s+(?:and|or|to)\s+{_VALUE}[\s-]+{_UNIT}\b", re.I)


def _days(value: str, unit: str) -> float | None:
    mentions = number_mentions(value)
    if not mentions:
        return None
    return float(mentions[0][0]) * _UNIT_DAYS[unit.lower().rstrip("s")]


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_TIME * max(a, b)


def other_time_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, the summary's time point, the paper's time point for it) for each number of
    `sentence` that the paper gives only at other time points than the one the sentence
    names."""
    if not time_points(sentence):
        return []
    sentences = [s.text for s in split_source(source)]
    paper_times = [days for text in sentences for days, _, _ in time_points(text)]
    known = source_numbers(" ".join(sentences))
    out = []
    for clause in _clauses(sentence):
        mine = time_points(clause)
        said = [(days, clause[a:b]) for days, a, b in mine]
        if not any(_same(d, p) for d, _ in said for p in paper_times):
            continue  # the summary's time point is not the paper's: another check's business
        out.extend(_moved_in_time(clause, mine, said, sentences, known))
    return out


_CLAUSE_BREAK = re.compile(r";|,?\s+(?:but|whereas|while)\s+", re.I)


def _clauses(sentence: str) -> list[str]:
    """The clauses of `sentence`: each side of a ';' or a 'but' may name its own time point
    ("... at 48 weeks; one assessed ... at 24 months")."""
    return _CLAUSE_BREAK.split(sentence)


def _moved_in_time(
    clause: str,
    mine: list[tuple[float, int, int]],
    said: list[tuple[float, str]],
    sentences: list[str],
    known: frozenset[str],
) -> list[tuple[str, str, str]]:
    out = []
    for value, offset, written in number_mentions(clause):
        if value not in known or any(a <= offset < b for _, a, b in mine):
            continue  # a number not in the paper is the faithfulness check's; a time is no result
        homes = [t for t in sentences if value in {v for v, _, _ in number_mentions(t)}]
        theirs: list[str] = []
        for text in homes:
            points = time_points(text)
            offsets = [off for v, off, _ in number_mentions(text) if v == value]
            in_point = any(a <= off < b for _, a, b in points for off in offsets)
            if not points or in_point:
                theirs = []
                break  # a sentence that names no time for it, or has it as a time itself
            if any(_same(d, p) for d, _ in said for p, _, _ in points):
                theirs = []
                break
            theirs.append(text[points[0][1] : points[0][2]])
        if theirs:
            out.append((written, said[0][1], theirs[0]))
    return out
