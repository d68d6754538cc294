"""How far a review's search went: the latest date its search sentences give ("We searched ...
up to June 2003"), quoted as written."""

from __future__ import annotations

import re

from ..checks.number_links import MONTH

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
# (the number in "to week 1 February 2014" counts weeks, not the day: "up to February 2014")
_DATE = re.compile(
    rf"\b(?:(?<![Ww]eek )(?P<day>\d{{1,2}}) )?(?P<month>{MONTH}),? (?P<year>\d{{4}})\b"
)
_SEARCH_SENTENCE = re.compile(r"\bsearch|\bup to date\b", re.I)


def search_date(text: str) -> str | None:
    """The latest date a review's search sentences give ("June 2003"), quoted as written."""
    best = latest_date([(0, s) for s in re.split(r"(?<=[.;])\s+", text)])
    return best[0] if best else None


def latest_date(sentences: list[tuple[int, str]]) -> tuple[str, int] | None:
    """The latest date the search sentences among `sentences` (index, text) give, as written,
    and the index of its sentence; None when none gives one."""
    best: tuple[tuple[int, int, int], str, int] | None = None
    for index, sentence in sentences:
        if not _SEARCH_SENTENCE.search(sentence):
            continue
        for m in _DATE.finditer(sentence):
            day, year = m.group("day"), m.group("year")
            month = next(n for n in _MONTHS if n.startswith(m.group("month")[:3]))
            key = (int(year), _MONTHS.index(month), int(day or 0))
            if best is None or key > best[0]:
                best = (key, " ".join(p for p in (day, month, year) if p), index)
    return (best[1], best[2]) if best else None
