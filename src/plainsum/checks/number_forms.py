"""True numbers said another way: a summary may put a paper's number in plainer words.

- rounded, with a word that says so: "nearly 700 people" for 687, "about 30%" for 31.6% (a
  round number, at most a tenth of the paper's number away, on the side the word allows:
  "nearly" and "under" from below, "over" and "more than" from above);
- as a rate: "about 1 in 3" for 31.6%, "one in seven" for 14.8%, "6 in 100" for 6.1% or for
  21 of 345 (within 2.5 points and a sixth of the paper's share);
- in another unit of time: "three months" for 12 weeks, "two years" for 24 months (a whole
  number, at most a tenth away), or "over nine years" for "between 2012 and 2021";
- a proportion as a percentage: "sensitivity 82%" for a sensitivity of 0.82 (a decimal
  below 1 that no ratio, difference or P value label stands before), or "21%" for 41 of 194;
- a ratio as the change it means: "a 59% higher risk" for a risk ratio of 1.59, "cut the risk
  by 59%" for 0.41 (the summary's words must go the ratio's way), or rounded with a word that
  says so: "about 50% more likely" for a hazard ratio of 1.52;
- a ratio as so many times: "almost three times as common" for a risk ratio of 2.8, or for
  18% against 6% in one sentence of the paper ("three times as common" exactly, or rounded
  with a word that says so, as above, or "more than" the whole number of times below it:
  "more than three times as likely" for an odds ratio of 3.4).

Used by the faithfulness check: a number said so is no invented number. What it counts must
match what the paper's number counts (people, a share, a time), so "about 700 mg" is not 687
people and "four months" is not 12 weeks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .counts import counts_in, unit_of

if TYPE_CHECKING:
    from ..ingest import Source

ROUNDING = 0.1  # a rounded number is at most this far (relatively) from the paper's
RATE_POINTS = 2.5  # "1 in 3" is at most this many percentage points from the paper's share
RATE_SHARE = 1 / 6  # ... and at most this share of it
TIME_CLOSE = 0.1  # a time in another unit is at most this far (relatively) from the paper's

_BELOW = r"nearly|almost|just under|under|fewer than|less than|close to|up to"
_ABOVE = r"over|more than|just over|at least|above"
_EITHER = r"about|around|roughly|approximately|some|an estimated|circa|~"
_APPROXIMATE = re.compile(rf"\b(?:(?P<below>{_BELOW})|(?P<above>{_ABOVE})|{_EITHER})\s+$", re.I)
_RATE = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of(?: every)?|"
    r"of every)\s+"
    r"(?P<m>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|100|1,000)\b",
    re.I,
)
_MEASURE_AFTER = re.compile(
    r"\s*(?:mg|g|kg|mcg|µg|ug|ml|l|mm|cm|m|km|iu|units?|mmol|nmol|pg|ng|%|per\b|percent|"
    r"times|fold|points?)\b",
    re.I,
)
_WORDS = {
    w: n for n, w in enumerate("zero one two three four five six seven eight nine ten".split())
} | {"twenty": 20, "a hundred": 100}
_DAYS = {"minut": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30.44, "year": 365.25}


def said_another_way(value: str, text: str, start: int, end: int, source: Source) -> bool:
    """Whether the number `value` at start..end of `text` is one of `source`'s numbers
    rounded with a word that says so, a share of it said as a rate, or a time of it in
    another unit."""
    return (
        _rounded(value, text, start, end, source)
        or _as_rate(text, start, source)
        or _other_time_unit(value, text, start, end, source)
        or _as_percentage(value, text, start, end, source)
        or _as_times(value, text, start, end, source)
    )


# A decimal of the source and the words before it (up to the clause's start).
_DECIMAL = re.compile(r"(?<![\d.,])\d*\.\d+(?![\d.,]*\d)")
_RATIO_LABEL = re.compile(
    r"\b(?:a?[RHO]R|IRR|(?:risk|odds|hazard|rate|incidence rate)\s+ratios?|relative\s+risks?)"
    r"\b[^;.\d]{0,12}$",
    re.I,
)
# What makes a decimal no proportion: a ratio, a difference, a mean, a P value, a correlation.
_NOT_A_SHARE = re.compile(
    r"\b(?:a?[RHO]R|IRR|ratios?|relative risks?|differences?|S?MD|WMD|mean|SD|P|r|rho|"
    r"correlation|coefficient|kappa|I2|tau|score|scale)\b|[=<>]\s*$",
    re.I,
)
# The direction a summary gives a change in: up ("higher", "raised") or down ("cut", "fewer").
_UP = re.compile(r"\b(?:increas\w*|higher|more|greater|rais\w*|ris\w*|rose|extra|excess)\b", re.I)
_DOWN = re.compile(
    r"\b(?:reduc\w*|lower\w*|fewer|less|decreas\w*|cut|drop\w*|fell|fall\w*|declin\w*|"
    r"smaller)\b",
    re.I,
)
_CLAUSE = 60  # characters either side of a percentage in which its direction is read


@lru_cache(maxsize=256)
def _source_decimals(source: Source) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The source's proportions (decimals below 1 with no ratio, difference or P value label
    before them in their clause) and its ratios (decimals a ratio label stands before)."""
    text = source.full_text
    shares, ratios = [], []
    for m in _DECIMAL.finditer(text):
        before = re.split(r"[;.]\s", text[max(0, m.start() - 80) : m.start()])[-1]
        value = float(m.group(0))
        if _RATIO_LABEL.search(before):
            ratios.append(value)
        elif 0 < value < 1 and not _NOT_A_SHARE.search(before):
            shares.append(value)
    return tuple(shares), tuple(ratios)


def _as_percentage(value: str, text: str, start: int, end: int, source: Source) -> bool:
    """Whether the percentage at start..end is a proportion of the source said in percent,
    or the change a ratio of the source means, in the direction the summary says."""
    if not _number(value) or unit_of(text, end, start) != "%":
        return False
    v = float(value)
    shares, ratios = _source_decimals(source)
    if any(_same_percent(100 * x, v) for x in shares):
        return True
    if any(_same_percent(p, v) for p in _source_shares(source)):
        return True  # "21%" for 41 of 194
    clause = text[max(0, start - _CLAUSE) : end + _CLAUSE]
    up, down = bool(_UP.search(clause)), bool(_DOWN.search(clause))
    word = _APPROXIMATE.search(text[max(0, start - 20) : start])
    return any(
        (up and not down and _near_percent(100 * (r - 1), v, word))
        or (down and not up and _near_percent(100 * (1 - r), v, word))
        for r in ratios
    )


def _near_percent(theirs: float, mine: float, word: re.Match[str] | None) -> bool:
    """Whether `mine` is `theirs` as written, or rounded: to a whole or a tenth, or, after a
    word that says so ("about 50%" for 52%), to a round number at most a tenth away."""
    if _same_percent(theirs, mine):
        return True
    return word is not None and theirs > 0 and _close(theirs, mine, word)


def _close(theirs: float, mine: float, word: re.Match[str]) -> bool:
    """Whether `mine`, a round number after `word`, is `theirs` rounded on the side the word
    allows ("nearly" and "under" from below, "over" from above)."""
    if not _round(mine) and mine >= 10:
        return False
    if abs(theirs - mine) > ROUNDING * theirs:
        return False
    return not ((word.group("below") and theirs > mine) or (word.group("above") and theirs < mine))


# "three times as common", "2.5 times more likely", "a fourfold rise": a ratio said as times
_TIMES_AFTER = re.compile(r"[\s-]*(?:times|fold)\b", re.I)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_CAP = 12  # a share's ratio past this many times is no plain "so many times" of a summary


def _as_times(value: str, text: str, start: int, end: int, source: Source) -> bool:
    """Whether the number at start..end says so many times ("three times as common"), and a
    ratio of the source, or two of its shares in one sentence set against each other, is
    that many times: as written or rounded (see `_close`)."""
    if not _number(value) or not _TIMES_AFTER.match(text, end):
        return False
    mine = float(value)
    word = _APPROXIMATE.search(text[max(0, start - 20) : start])
    for theirs in _source_times(source):
        if abs(theirs - mine) < 0.05 * mine or (word is not None and _close(theirs, mine, word)):
            return True
        if word is not None and word.group("above") and mine == int(mine):
            if mine <= theirs < mine + 1:
                return True  # "more than three times as likely" for an odds ratio of 3.4
    return False


@lru_cache(maxsize=256)
def _source_times(source: Source) -> tuple[float, ...]:
    """How many times one thing is another in the source: its ratios above 1, the inverse of
    those below 1, and, in each sentence, each pair of its percentages set the larger
    against the smaller."""
    from ..evidence import split_source

    _, ratios = _source_decimals(source)
    out = [r if r >= 1 else 1 / r for r in ratios if r > 0]
    for s in split_source(source):
        shares = [float(p) for p in _PERCENT.findall(s.text) if float(p) > 0]
        out += [a / b for a in shares for b in shares if b < a and a / b <= _CAP]
    return tuple(out)


def _same_percent(theirs: float, mine: float) -> bool:
    """Whether `mine` is `theirs` as written or rounded to a whole or to a tenth."""
    return theirs > 0 and (
        abs(theirs - mine) < 1e-6 or round(theirs) == mine or round(theirs, 1) == mine
    )


@lru_cache(maxsize=256)
def _source_counts(source: Source) -> tuple[tuple[float, str | None], ...]:
    """(value, unit) of every number of the source, and of its groups' totals."""
    from ..evidence import split_source
    from .group_totals import source_totals

    out = [
        (float(c.value), c.unit)
        for s in split_source(source)
        for c in counts_in(s.text)
        if _number(c.value)
    ]
    out += [(float(total), unit) for unit, total in source_totals(source)]
    return tuple(out)


@lru_cache(maxsize=256)
def _source_shares(source: Source) -> tuple[float, ...]:
    """Every share the source gives, in percent: its percentages and its "8 of 11" ratios."""
    from ..evidence import split_source

    out = []
    for s in split_source(source):
        for c in counts_in(s.text):
            if c.unit == "%" and _number(c.value):
                out.append(float(c.value))
            elif c.base and _number(c.value) and _number(c.base) and float(c.base) > 0:
                out.append(100 * float(c.value) / float(c.base))
    return tuple(out)


def _number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _round(value: float) -> bool:
    """Whether `value` looks rounded: a multiple of 5 below 100, else two significant
    digits at most (700, 1500, 12000), or a multiple of 50 from a thousand ("about eighteen
    hundred and fifty" for 1,851)."""
    if value != int(value) or value < 10:
        return False
    if value < 100:
        return value % 5 == 0
    digits = str(int(value)).rstrip("0")
    return len(digits) <= 2 or (value >= 1000 and value % 50 == 0)


def _rounded(value: str, text: str, start: int, end: int, source: Source) -> bool:
    word = _APPROXIMATE.search(text[max(0, start - 20) : start])
    if word is None or not _number(value) or not _round(float(value)):
        return False
    v, unit = float(value), unit_of(text, end, start)
    if unit is None and _MEASURE_AFTER.match(text, end):
        return False  # "about 700 mg": a measure, which the paper does not round so
    for x, theirs in _source_counts(source):
        if not _same_kind(unit, theirs) or x == 0 or abs(x - v) > ROUNDING * x:
            continue
        if (word.group("below") and x > v) or (word.group("above") and x < v):
            continue
        return True
    return False


def _same_kind(mine: str | None, theirs: str | None) -> bool:
    """Whether a summary's number of unit `mine` may be a paper's of unit `theirs`: the same
    unit, or none said in the summary ("around 340 waited") for a count of things."""
    if mine is None:
        return theirs != "%" and theirs not in _DAYS
    return mine == theirs


def _as_rate(text: str, start: int, source: Source) -> bool:
    for m in _RATE.finditer(text):
        if not m.start() <= start < m.end():
            continue
        n, d = _value(m.group("n")), _value(m.group("m"))
        if not n or not d or n >= d:
            return False
        share = 100 * n / d
        return any(
            abs(share - p) <= RATE_POINTS and abs(share - p) <= RATE_SHARE * p
            for p in _source_shares(source)
        )
    return False


def _value(word: str) -> float:
    word = word.lower().replace(",", "")
    return float(_WORDS.get(word, word)) if word in _WORDS or word.isdigit() else 0.0


def _other_time_unit(value: str, text: str, start: int, end: int, source: Source) -> bool:
    unit = unit_of(text, end, start)
    if unit not in _DAYS or not _number(value) or float(value) != int(float(value)):
        return False
    v = float(value)
    if unit == "year" and v in _year_spans(source):
        return True  # "over nine years" for "between 2012 and 2021"
    for x, theirs in _source_counts(source):
        if theirs in _DAYS and theirs != unit:
            converted = x * _DAYS[theirs] / _DAYS[unit]
            if abs(converted - v) <= TIME_CLOSE * v:
                return True
    return False


# "between 2012 and 2021", "from 2012 to 2021", "2012-2021": a span of calendar years
_YEAR_SPAN = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:-|–|to|until|and|through)\s*((?:19|20)\d\d)\b", re.I
)


@lru_cache(maxsize=256)
def _year_spans(source: Source) -> frozenset[float]:
    """How many years the source's spans of calendar years last, counted either way (2012 to
    2021 is nine years, or ten counting both)."""
    out: set[float] = set()
    for m in _YEAR_SPAN.finditer(source.full_text):
        first, last = int(m.group(1)), int(m.group(2))
        if 0 < last - first <= 100:
            out |= {float(last - first), float(last - first + 1)}
    return frozenset(out)
