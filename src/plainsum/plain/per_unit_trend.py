"""A trend per unit said by its direction: "Each one standard deviation increase in X was
associated with a 1.24-fold higher odds of Y" reads "Higher X was associated with higher odds of
Y". The size per unit is in units no lay reader can use; the direction stays true and whole."""

from __future__ import annotations

import re

# "Each one standard deviation increase in X was associated with a 1.24-fold higher odds of Y",
# "Every 10 nmol/L rise in X was linked with a 12% lower risk of Y": a trend per unit, its size
# in units no lay reader can use. Said as its direction ("Higher X was associated with higher
# odds of Y") it stays true and whole; left as it is, the sentence is dropped as a statistic.
# "Each 25 nmol/L higher vitamin D level was associated with a 17% lower risk of MS" is the same
# trend said by the level's direction ("A higher vitamin D level was linked with a lower risk").
_PER = r"^(?:Each|Every|Per) "
_UNIT = r"(?:standard[- ]deviation|SD|unit|point|[a-zµ]+(?:/[a-zA-Z]+)?)[- ]"
_TREND_TAIL = (
    r" (?:was|were) (?P<verb>associated|linked) with (?P<art>an? )?"
    r"(?:\d+(?:\.\d+)?(?:-fold| times| ?%|-points?|-units?) )?"
    r"(?P<way>higher|lower|greater|increased|decreased|reduced) (?P<odds>odds\b)?"
)
_PER_UNIT_TREND = re.compile(
    rf"(?:{_PER}(?:(?:one|1|\d+(?:\.\d+)?)[- ])?|^An? (?:one|1|\d+(?:\.\d+)?)[- ])"
    rf"(?:{_UNIT})?(?:increase|rise|increment) in (?P<x>[^,;:()]{{3,80}}?){_TREND_TAIL}"
)
_PER_UNIT_LEVEL = re.compile(
    rf"{_PER}(?:one|1|\d+(?:\.\d+)?)[- ]{_UNIT}"
    rf"(?P<dir>higher|greater|larger|lower|smaller) (?P<x>[^,;:()]{{3,80}}?){_TREND_TAIL}"
)


def _plural(x: str) -> bool:
    last = x.split()[-1]
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "ys"))


def _trend_said(m: re.Match[str], opening: str, plural: bool) -> str:
    """The trend `m` said from `opening` ("Higher X", "A lower X"): "a 12% lower risk" keeps its
    article; "a 1.24-fold higher odds" cannot."""
    article = "a " if m["art"] and not m["odds"] else ""
    verb = "were" if plural else "was"
    return f"{opening} {verb} {m['verb']} with {article}{m['way']} {m['odds'] or ''}"


def _trend(m: re.Match[str]) -> str:
    x = m["x"]
    plural = _plural(x)
    bare = re.sub(r"^(?:the|a|an) ", "", x)
    higher = f"A higher {bare}" if bare != x and not plural else f"Higher {bare}"
    return _trend_said(m, higher, plural)


def _level_trend(m: re.Match[str]) -> str:
    x, way = m["x"], m["dir"]
    plural = _plural(x)
    return _trend_said(m, f"{way.capitalize()} {x}" if plural else f"A {way} {x}", plural)


def trend_by_direction(text: str) -> str:
    """`text` with a trend per unit said by its direction; any other sentence as it is."""
    if "increase in " in text or "rise in " in text:
        return _PER_UNIT_TREND.sub(_trend, text)
    if text.startswith(("Each ", "Every ", "Per ")):
        return _PER_UNIT_LEVEL.sub(_level_trend, text)
    return text
