"""How many studies a review says it took in, at most: "We found 22 trials that met our
inclusion criteria", "Five RCTs were included", "We included 14 studies". A count of the
review's studies said anywhere else that is smaller is a part of them ("We included eight
studies" under one comparison's heading, "Five small trials evaluated X"). Never "Eleven
potential studies were identified", "two ongoing trials", "Of eleven studies identified, three
were included": studies not taken in."""

from __future__ import annotations

import re

from .number_words import SIMPLE_NUMBER, count_value
from .sentences import Role
from .source import SourceSentence

_NUMBER = rf"(?:\d[\d,]*|{SIMPLE_NUMBER})"
_TAKEN_IN = re.compile(
    # (never a count of other things before it: "From 459 titles 24 studies met ...")
    rf"\b(?P<n>{_NUMBER}) (?!(?:potential|possible|candidate|ongoing)\b)(?:(?!\d)[\w-]+ ){{0,3}}?"
    r"(?:trials|studies|RCTs)\b(?:(?:(?!\b(?:which|whom|identified|screened|retrieved)\b)"
    r"[^.;]){0,60}?\b(?:were|was) (?:finally |eventually )?(?:included|eligible)\b"
    r"|[^.;]{0,40}?\b(?:met|fulfil+ed|satisfied) (?:the|our|all) (?:\w+ )?(?:inclusion|"
    r"eligibility|selection) criteria\b)"
    rf"|\bincluded (?:a total of |in total )?(?P<k>{_NUMBER}) (?:[\w-]+ ){{0,3}}?"
    r"(?:trials|studies|RCTs)\b",
    re.I,
)


def most_taken_in(sentences: list[SourceSentence]) -> int:
    """The largest count of studies the paper says it took in, outside its background (0 when
    it gives none)."""
    counts = [
        int(count_value(m.group("n") or m.group("k")))
        for s in sentences
        if s.role != Role.BACKGROUND
        for m in _TAKEN_IN.finditer(s.text)
    ]
    return max(counts, default=0)
