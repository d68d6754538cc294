"""A result said only as a statistic, written as the side it favours, when the sentence says both.

"The OR for seroma formation was 0.46 (95% CI 0.23 to 0.91) in favour of a reduced incidence of
seroma in participants with drains inserted" is refused whole: stripped of its statistics, "The
OR for seroma formation was in favour of ..." still holds one, and the sentence goes. A reader
can be told what it says in its own words: "Seroma formation was less common in participants
with drains inserted." Only when the sentence itself names the outcome and the side it favours,
its figures do not cross no difference (a confidence interval through 1 for a ratio or through 0
for a difference), and it says nothing of a trend or of no clear difference; otherwise nothing.
"""

from __future__ import annotations

import re

__all__ = ["favoured_result"]

_WORD = r"[\w'’/+-]+"
_PHRASE = rf"{_WORD}(?: {_WORD}){{0,11}}?"
# the statistic's name as abstracts write it
_RATIO = (
    r"(?:(?:pooled |overall |summary )?(?:risk|odds|hazard|rate|relative risk) ratio"
    r"|relative risk|(?-i:a?RR|OR|HR|IRR))"
)
_DIFFERENCE = r"(?:(?:standardi[sz]ed |weighted )?mean difference|(?-i:MD|SMD|WMD))"
_STAT = rf"(?:{_RATIO}|{_DIFFERENCE})"
_NUM = r"-?\d+(?:\.\d+)?"
_BRACKET = r"(?: ?\([^()]*(?:\([^()]*\)[^()]*)*\))?"
_FAVOURING = r"(?:in favou?r of|favou?ring)"
# where a side ends: the sentence's end, or what it was set against
# (its own statistics in brackets after it, or what the figure comes to: ", which corresponds to
# a number needed to treat of 4")
_SIDE_END = rf"(?={_BRACKET}(?:,? which (?:corresponds|equates|translates) [^;]*)?\s*[.;]?\s*$)"
_AGAINST = r"(?: (?:over|against|compared (?:with|to)|versus|vs\.?) (?P<z>" + _PHRASE + r"))?"

# "The OR for seroma formation was 0.46 (95% CI ...) in favour of Y."
_STAT_FOR = re.compile(
    rf"^(?:The |An? )?(?:estimated |pooled |overall |summary )?(?P<stat>{_STAT})(?: \([^()]*\))? "
    rf"(?:for|of|in) (?P<o>{_PHRASE}) (?:was|is) (?:(?:statistically )?significant at )?"
    rf"{_NUM}(?: [a-z]+)?{_BRACKET},? {_FAVOURING} (?P<y>{_PHRASE}){_AGAINST}{_SIDE_END}",
    re.I,
)
# "Pooled results showed a rate ratio of 0.30 (...) for all bleedings and 0.22 (...) for joint
# bleedings favouring prophylaxis." / "... showed an RR of 1.24 ... in favour of X against Y"
_SHOWED_STAT = re.compile(
    rf"^(?P<lead>(?:{_WORD} ){{1,6}}?)(?:showed|gave|yielded|found) (?:an? )?(?P<stat>{_STAT}) "
    rf"(?:of )?{_NUM}{_BRACKET}(?:,? 95% CI [^,;]*?)?(?: for (?P<o>{_PHRASE}))?"
    rf"(?: and {_NUM}{_BRACKET} for (?P<o2>{_PHRASE}))?,? {_FAVOURING} (?P<y>{_PHRASE})"
    rf"{_AGAINST}{_SIDE_END}",
    re.I,
)
# "... in favour of a reduced incidence of seroma in participants with drains inserted"
_LESS_OF = re.compile(
    rf"^an? (?:reduced|lower|decreased|smaller) (?:incidence|rate|risk|number|frequency) of "
    rf"(?P<o>{_PHRASE}) (?P<where>(?:in|with|among|for) {_PHRASE})$",
    re.I,
)
# a plural noun ("pressure sores", "falls"), never "-ss", "-is", "-us" ("stasis", "virus")
_PLURAL = re.compile(r"(?<![su'’i])s$", re.I)
# a doubt the sentence says of its own result
_DOUBT = re.compile(
    r"\b(?:non-?significant|not (?:statistically )?significant|no (?:statistically )?"
    r"significant|trend|marginal|uncertain|did not reach|borderline)\b",
    re.I,
)
_CI = re.compile(
    r"(?:CI|confidence intervals?|\()\)?[;:,]?\s*(?P<lo>-?\d+(?:\.\d+)?)\s*(?:to|-|–|,)\s*"
    r"(?P<hi>-?\d+(?:\.\d+)?)"
)


# "Pooled estimates of efficacy data", "Pooled results for relapse": what the figures are of
_NAMES_RESULTS = re.compile(
    r"^(?:Pooled|Overall|Combined) (?:results|estimates|data|analysis)\b", re.I
)


def _crosses(text: str, ratio: bool) -> bool | None:
    """Whether a confidence interval of `text` crosses no difference (1 for a ratio, 0 for a
    difference); None when it gives none."""
    null = 1.0 if ratio else 0.0
    found = None
    for m in _CI.finditer(text):
        lo, hi = float(m["lo"]), float(m["hi"])
        if lo > hi:
            continue  # a range read wrongly: no interval
        found = bool(found) or lo <= null <= hi
    return found


def favoured_result(text: str) -> str | None:
    """The result `text` gives as a statistic, said as the outcome and the side it favours
    ("The results for seroma formation favoured drains."), or None when the sentence does not
    say both plainly, its interval crosses no difference, or it gives no interval."""
    text = " ".join(text.split())
    if _DOUBT.search(text):
        return None
    m = _STAT_FOR.match(text) or _SHOWED_STAT.match(text)
    if m is None:
        return None
    lead = (m.groupdict().get("lead") or "").strip()
    if not m["o"] and not _NAMES_RESULTS.search(lead):
        return None  # no outcome named, nor whose results they are
    ratio = not re.fullmatch(_DIFFERENCE, m["stat"], re.I)
    if _crosses(text, ratio) is not False:
        return None  # through no difference, or no interval to tell
    outcome = m["o"] if not m.groupdict().get("o2") else f"{m['o']} and {m['o2']}"
    side, against = m["y"], m["z"]
    less = _LESS_OF.match(side)
    if less is not None and not against:
        named = less["o"]
        verb = "were" if _PLURAL.search(named) else "was"
        return f"{named[:1].upper()}{named[1:]} {verb} less common {less['where']}."
    said = f"The results for {outcome} favoured {side}" if m["o"] else f"{lead} favoured {side}"
    return f"{said} over {against}." if against else f"{said}."
