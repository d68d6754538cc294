"""Shares in words: "about a third", "half of the trials", "nearly two thirds" state a number
as surely as "33%" does, and must be the paper's.

A share in words is the paper's when the paper gives a share near it: a percentage, a ratio
("8 of 11"), the size of change a risk or rate ratio gives ("RR 0.67": a third fewer), or one
count out of a larger count of the same kind in a sentence, or of people (or studies) in the
paper ("933 participants ...; 464 were randomised to vitamin D": about half), or a median
(half of a group lies on each side of it). A size of change ("fell by about a fifth") must be
one the paper states, not one worked out from counts. Near is generous, as lay writers round:
within SHARE_POINTS percentage points or a fifth of the share. A fraction is read as a share
only where it counts something ("half of the trials", "about a third"), not in "half an hour",
"the second half" or a "half-life".

Used by the faithfulness check: a share in words the paper has nothing near is an invented
number ("Almost a third dropped out" where 21.9% did).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..evidence import split_source
from ..ingest import Source
from .counts import Count, counts_in

SHARE_POINTS = 6.0  # a share in words is at most this many points from the paper's ...
SHARE_PART = 0.2  # ... or at most this part of it away
_FRACTIONS = {
    "half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
    "two thirds": 200 / 3,
    "three quarters": 75.0,
    "two fifths": 40.0,
    "three fifths": 60.0,
    "four fifths": 80.0,
}
_NEAR = (
    r"about|around|roughly|approximately|almost|nearly|just under|under|over|more than|"
    r"less than|just over|only|some|close to"
)
_SHARE = re.compile(
    r"\b(?:(?P<near>"
    + _NEAR
    + r")\s+)?(?P<fraction>"
    + "|".join(sorted((f.replace(" ", r"[\s-]") for f in _FRACTIONS), key=len, reverse=True))
    + r")\b(?P<after>\s+(?:of|the)\b)?",
    re.I,
)
# "half of the 40 trials", "a third of all people": what the share is of, a plural count noun
# ("half of the genetic material", "a third of the world's population" share no count)
_OF_COUNTED = re.compile(
    r"\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|all\s+|their\s+|its\s+)?(?:\d[\d,]*\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:people|children|men|women|[a-z]*[a-rt-z]s)\b(?!['’])",
    re.I,
)
_MEDIAN = re.compile(r"\bmedian\b", re.I)
_DIRECTION = {
    "over": 1,
    "more than": 1,
    "just over": 1,
    "almost": -1,
    "nearly": -1,
    "just under": -1,
    "under": -1,
    "less than": -1,
}
# "half an hour", "the second half", "half-life", "in half": not a share of anything counted
_NOT_A_SHARE_AFTER = re.compile(r"[\s-]+(?:an?\s|life|lives|hour|day|dose|time|way)", re.I)
_NOT_A_SHARE_BEFORE = re.compile(r"\b(?:first|second|last|other|in)\s+$", re.I)


def shares_in_words(text: str) -> list[tuple[str, float, int]]:
    """(as written, share in percent, offset) of each share `text` states in words."""
    out = []
    for m in caseless.finditer(_SHARE, text):
        if not (m.group("near") or m.group("after")):
            continue
        if m.group("after") and not _OF_COUNTED.match(text, m.end("fraction")):
            continue
        if _NOT_A_SHARE_AFTER.match(text, m.end("fraction")):
            continue
        if _NOT_A_SHARE_BEFORE.search(text[max(0, m.start() - 10) : m.start()]):
            continue
        key = re.sub(r"[\s-]+", " ", m.group("fraction").lower())
        out.append((m.group(0).strip(), _FRACTIONS[key], m.start()))
    return out


@lru_cache(maxsize=256)
def paper_shares(source: Source, worked_out: bool = True) -> tuple[float, ...]:
    """Every share the paper gives or lets a reader work out, in percent: its percentages, its
    "8 of 11" ratios, the size of change a ratio gives ("RR 0.72": 28% fewer), its own shares
    in words ("approximately half") and, unless not `worked_out`, each count over a larger
    count of the same kind in a sentence, or of people (studies, animals) in the paper."""
    out: list[float] = []
    counts: list[Count] = []
    for s in split_source(source):
        out.extend(_shares_of(s.text, worked_out))
        counts.extend(
            c for c in counts_in(s.text) if _number(c.value) and (c.unit or "").startswith("class:")
        )
        # a ratio is a size of change: "RR 0.72" is 28% fewer, "HR 1.45" is 45% more
        for m in _RATIO.finditer(s.text):
            ratio = float(m.group(1))
            if 0 < ratio < 2:
                out.append(100 * abs(1 - ratio))
    if worked_out:  # people (or studies, animals) over more of them anywhere in the paper
        out.extend(
            100 * float(part.value) / float(whole.value)
            for part in counts
            for whole in counts
            if part.unit == whole.unit and 0 < float(part.value) < float(whole.value)
        )
    return tuple(out)


# "RR 0.72", "hazard ratio = 1.45", "OR, 0.6": a ratio's value after its name
_RATIO = re.compile(r"\b(?:[RHO]R|IRR|RaR|ratios?)\s*(?:[=:,]\s*)?(?:of\s+)?([01]\.\d+)(?![\d.%])")


def _shares_of(text: str, worked_out: bool = True) -> list[float]:
    """The shares a sentence gives: in words, as percentages, as ratios, as one count of a
    kind over a larger one."""
    out = [share for _, share, _ in shares_in_words(text)]
    if _MEDIAN.search(text):
        out.append(50.0)  # a median splits a group in half: "half stayed longer than 2.9 years"
    counts = [c for c in counts_in(text) if _number(c.value)]
    for c in counts:
        if c.unit == "%":
            out.append(float(c.value))
        elif c.base and _number(c.base) and float(c.base) > 0:
            out.append(100 * float(c.value) / float(c.base))
    for part in counts if worked_out else ():
        for whole in counts:
            if part.unit == whole.unit and part.unit != "%":
                small, big = float(part.value), float(whole.value)
                if 0 < small < big:
                    out.append(100 * small / big)
    return out


def _number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def invented_shares(text: str, source: Source) -> list[tuple[str, int]]:
    """(as written, offset) of each share in words in `text` that the paper has nothing near."""
    found = shares_in_words(text)
    if not found:
        return []
    # the paper's shares, and those the summary's own numbers give ("more than half (four of
    # seven)": those numbers are checked as numbers)
    shares = (*paper_shares(source), *_shares_of(_SHARE.sub(" ", text)))
    stated = (*paper_shares(source, worked_out=False), *_shares_of(_SHARE.sub(" ", text), False))
    out = []
    for written, share, offset in found:
        # a size of change ("drops of about a fifth", "fell by a third") is a share the paper
        # states; a share of a group may be worked out from its counts
        size = _SIZE_BEFORE.search(text[max(0, offset - 6) : offset])
        if not any(_near(written, share, p) for p in (stated if size else shares)):
            out.append((written, offset))
    return out


_SIZE_BEFORE = re.compile(r"\b(?:of|by)\s+$", re.I)


def _near(written: str, share: float, paper: float) -> bool:
    """Whether the paper's share `paper` is what `written` (a share in words) may say: near
    it, or on the side its word points to ("more than half" for 67%, "almost a third" for
    30%)."""
    word = re.match(r"(just over|just under|more than|less than|\w+)", written.lower())
    side = _DIRECTION.get(word.group(1) if word else "", 0)
    reach = max(SHARE_POINTS, SHARE_PART * share)
    if side > 0:
        return share <= paper
    if side < 0:
        return share - reach <= paper <= share
    return abs(share - paper) <= reach
