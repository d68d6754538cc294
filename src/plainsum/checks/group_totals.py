"""Group totals: how many people (or animals) a paper's groups add up to.

A summary may say "687 people took part" where the paper gives only its groups, "randomly
assigned to physiotherapy on the day of surgery (n = 345) or the day after (n = 342)": the
total is true, though the paper never writes it. A sentence's total is the sum of its counts
of people (or of animals), when it gives two to six of them, none of them a share or a part
of a stated base ("8 of 11"), none the sum of the others, and none said to be the whole
before them ("Of 120 patients, 60 ...", "included 120 patients; 60 ..."). A count with its
noun left out joins them when it is a group's ("64 adults to cycling and 58 to a waiting
list", "342 in the control group", "345 same-day and 342 next-day patients").

Used by the faithfulness check (a total is no invented number) and the number links (a total
is no number moved from another sentence).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .counts import ANIMAL_NOUNS, PEOPLE_NOUNS, Count, counts_in, unit_of

if TYPE_CHECKING:
    from ..ingest import Source

MAX_GROUPS = 6  # more counts than this in one sentence are not one study's groups
_KINDS = frozenset("class:" + min(g) for g in (PEOPLE_NOUNS, ANIMAL_NOUNS))
# "... and 58 to a waiting list", "58 received placebo": a group's count, its noun left out
# "... and 58 to a waiting list", "58 received placebo", "342 in the control group": a
# group's count, its noun left out
_GROUP_AFTER = re.compile(
    r"\s+(?:(?:to|into)\s+(?:the\s+|a\s+|an\s+)?[A-Za-z]|(?:received|were|got|took|had)\b|"
    r"in\s+(?:(?:the|each|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:group|arm)\b)",
    re.I,
)
# "Of 120 patients, ...", "Among the 120 patients, ...": the count that opens is the whole
_WHOLE_OPENER = re.compile(r"(?:^|[,;:]\s*)(?:of|among|from)\s+(?:the\s+|all\s+|these\s+)?$", re.I)
# "enrolled 345 patients in group A and 342 in group B": counts listed side by side
_LISTED = re.compile(r"[^,;:.]{0,60}?\b(?:and|or|vs\.?|versus)\s+", re.I)
# "345 same-day and 342 next-day patients": the noun is the next count's
_SHARED_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:and|or|vs\.?|versus)\s+$", re.I)


def _total(sentence: str) -> tuple[str, str] | None:
    """(kind, total) of the groups `sentence` counts."""
    counts: list[Count] = []
    found = counts_in(sentence)
    for n, c in enumerate(found):
        if counts and c.start < counts[-1].end:
            continue  # "one" inside "forty-one"
        if c.base is not None or not c.value.isdigit():
            continue
        following = found[n + 1] if n + 1 < len(found) else None
        shared = (
            following is not None
            and following.unit in _KINDS
            and bool(_SHARED_NOUN_AFTER.fullmatch(sentence, c.end, following.start))
        )
        if c.unit in _KINDS or (c.unit is None and (shared or _GROUP_AFTER.match(sentence, c.end))):
            counts.append(c)
    for c, after in zip(counts, counts[1:], strict=False):
        listed = _LISTED.fullmatch(sentence, c.end, after.start)
        if _WHOLE_OPENER.search(sentence[: c.start]) or (c.whole and not listed):
            return None  # "Of 120 patients, 60 ...", "included 120 patients; 60 ...": the whole
    kinds = {c.unit for c in counts} - {None}
    if not 2 <= len(counts) <= MAX_GROUPS or len(kinds) != 1:
        return None
    values = [int(c.value) for c in counts]
    total = sum(values)
    if any(2 * v == total for v in values):
        return None  # the sentence states its whole beside its groups ("120: 60 and 60")
    return kinds.pop() or "", str(total)


@lru_cache(maxsize=8192)
def group_total(sentence: str) -> str | None:
    """The number of people (or animals) the groups `sentence` counts add up to, as digits."""
    found = _total(sentence)
    return found[1] if found else None


@lru_cache(maxsize=256)
def source_totals(source: Source) -> frozenset[tuple[str, str]]:
    """(kind, total) of the groups of every sentence of the source."""
    from ..evidence import split_source

    found = (_total(s.text) for s in split_source(source))
    return frozenset(t for t in found if t is not None)


def a_group_total(text: str, start: int, end: int, value: str, source: Source) -> bool:
    """Whether the number at start..end of `text` counts people (or animals) and is what a
    sentence's groups of the same kind add up to in `source`."""
    return (unit_of(text, end, start), value) in source_totals(source)
