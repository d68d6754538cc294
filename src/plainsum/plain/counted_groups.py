"""A count given only in brackets, where the sentence speaks of that count: "Given the number of
relapses reported for the exercise group (N = 25) and the control group (N = 26), exercise does
not seem to raise the risk" loses its numbers when the brackets go (statistics are left out),
and what is left leans on numbers no longer there ("Given the number of relapses reported for
the exercise group and the control group, ..."). Said with the counts in words outside the
brackets: "Given that 25 relapses were reported for the exercise group and 26 for the control
group, exercise does not seem ...". Only this shape, where the counts are what "the number"
names; any other bracketed count is left to the statistics step.
"""

from __future__ import annotations

import re

_COUNT = r"\(\s*[Nn]\s*=\s*(?P<{}>\d[\d,]*)\s*\)"
_GIVEN_COUNTS = re.compile(
    r"^(?P<lead>Given|Considering) the numbers? of (?P<what>[^,;()]+?) "
    r"(?P<verb>reported|seen|recorded|observed) (?P<prep>for|in) "
    r"(?P<a>[^,;()]+?) " + _COUNT.format("na") + r" and (?:(?:for|in) )?"
    r"(?P<b>[^,;()]+?) " + _COUNT.format("nb") + r","
)


def counts_out_of_brackets(text: str) -> str:
    """`text` with the counts of "Given the number of X reported for A (N = a) and B (N = b),"
    said outside the brackets, or `text` as it was."""
    m = _GIVEN_COUNTS.match(text)
    if m is None:
        return text
    b = re.sub(r"^(?:the )?", "", m["b"])
    said = (
        f"{m['lead']} that {m['na']} {m['what']} were {m['verb']} {m['prep']} {m['a']} and "
        f"{m['nb']} {m['prep']} the {b},"
    )
    return said + text[m.end() :]
