"""Misplaced counts: numbers a summary sentence takes from the source but ties to something the
source does not (plainsum.checks.counts reads what each number counts):
- a ratio with another base ("8 of 10" where the paper has 8 out of 11);
- a part presented as the whole ("12 trials with 464 people" where 464 is one arm of 933,
  "looked at 12 children" where the paper reports on 12 of 19);
- a number paired with another than in the paper ("five trials with 1169 people" where the
  paper's five trials had 3231 people; "74% after three months" where the 74% was at 1 month).

The number findings of plainsum.checks.support (via checks/number_links) are built on these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..memo import cached_list
from .counts import ANIMAL_NOUNS, PEOPLE_NOUNS, Count, counts_in
from .faithfulness import number_mentions

if TYPE_CHECKING:
    from ..ingest import Source

__all__ = ["misplaced_counts"]

PAIR_DISTANCE = 60  # characters between two numbers read as one pair ("5 trials with 300 people")
_PUBLICATION_NOUNS = frozenset("papers paper articles article reports report".split())
_PARTED = re.compile(r"[;:]")

# Kinds of things a study counts as its whole. Not studies: a review's sentences count studies
# found, screened, included and pooled, so a count of studies is often part of another.
_WHOLES = frozenset("class:" + min(g) for g in (PEOPLE_NOUNS, ANIMAL_NOUNS))
_APPROXIMATE_BEFORE = re.compile(
    r"\b(?:over|more than|about|around|nearly|almost|approximately|roughly|some|up to|at least|"
    r"fewer than|less than|under|above|below|>|<|~)\s*$",
    re.I,
)
_APPROXIMATE_AFTER = re.compile(r"\s*(?:million|thousand|billion|hundred)\b", re.I)
CLOSE = 0.1  # two values this close (relatively) may be one number rounded or updated


@lru_cache(maxsize=64)
def _source_counts(source: Source) -> tuple[tuple[int, tuple[Count, ...]], ...]:
    from ..evidence import split_source

    return tuple((s.index, counts_in(s.text)) for s in split_source(source))


Theirs = Iterable[tuple[int, tuple[Count, ...]]]  # the paper's counts, by sentence index


class _PaperCounts:
    """The paper's counts (`_source_counts`), read only when a rule iterates them: most of a
    summary's numbers are ruled out by their own form (no base, whole, stage or partner)
    before the paper's are needed; and a rule that looks for one value reads only the
    sentences that state it (`holding`)."""

    __slots__ = ("_source",)

    def __init__(self, source: Source) -> None:
        self._source = source

    def __iter__(self) -> Iterator[tuple[int, tuple[Count, ...]]]:
        return iter(_source_counts(self._source))

    def text(self, index: int) -> str:
        """The text of the paper's sentence at `index`."""
        from ..evidence import split_source

        return next((s.text for s in split_source(self._source) if s.index == index), "")

    def holding(self, value: str) -> Theirs:
        """The counts of the sentences that may hold a count of `value`, in order: a count's
        value is one of its sentence's numbers (`number_mentions`), or 1 or 2 for "one" and
        "two" before a counted noun (`_SMALL`), so any other sentence holds none of it."""
        if value in ("1", "2"):
            return self
        from ..evidence import split_source

        return [
            (s.index, counts_in(s.text))
            for s in split_source(self._source)
            if any(v == value for v, _, _ in number_mentions(s.text))
        ]


@cached_list  # a summary sentence is asked about again at every check of a repair
def misplaced_counts(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number as written, what the summary says, what the source says) for each number the
    summary ties to another base, whole or partner number than the source does."""
    mine = counts_in(sentence)
    if not mine:
        return []
    theirs = _PaperCounts(source)
    out: list[tuple[str, str, str]] = []
    for n, count in enumerate(mine):
        found = (
            _other_base(count, theirs)
            or (
                None
                if _as_the_paper_says(sentence, count, source)
                else _part_as_whole(count, theirs)
            )
            or _other_stage(count, theirs)
        )
        if not found:
            partners = [
                c
                for c in (mine[n - 1] if n else None, mine[n + 1] if n + 1 < len(mine) else None)
                if c is not None and _paired(sentence, count, c)
            ]
            found = next((f for c in partners if (f := _other_partner(count, c, theirs))), None)
        if found:
            out.append((count.written, _phrase(sentence, count), found))
    return out


def _as_the_paper_says(sentence: str, count: Count, source: Source) -> bool:
    """Whether the words that make the number a whole or a part (the three words before it, the
    number and the words after it up to its noun) stand in the paper as they are: "In all, 812
    respondents had used ..." copied from the paper says 812 as the paper does, whatever "In
    all" alone would suggest (a hand-written MS survey's verbatim headline was an error)."""
    if not count.noun:
        return False
    start = max(sentence.rfind(" ", 0, max(0, count.start - 1)), 0)
    for _ in range(2):
        start = max(sentence.rfind(" ", 0, max(0, start - 1)), 0)
    end = sentence.lower().find(count.noun, count.end)
    if end < 0 or end - count.end > 40:
        return False
    words = " ".join(sentence[start : end + len(count.noun)].split())
    return len(words.split()) >= 4 and words in " ".join(source.full_text.split())


def _phrase(text: str, count: Count) -> str:
    return text[count.start : count.end + 30].split(".")[0].split(",")[0].strip()


def _other_base(count: Count, theirs: _PaperCounts) -> str | None:
    """A ratio ("8 of 10") where the source gives the 8 only out of another number."""
    if count.base is None:
        return None
    holding = theirs.holding(count.value)
    bases = {c.base for _, cs in holding for c in cs if c.value == count.value and c.base}
    if not bases or count.base in bases:
        return None
    if any(c.value == count.value and not c.part for _, cs in holding for c in cs):
        return None
    return f"{count.value} out of {sorted(bases)[0]}"


def _part_as_whole(count: Count, theirs: _PaperCounts) -> str | None:
    """A number given as the whole of a study ("included 464 people") that the source gives
    only as a part (one arm, a subgroup, a range's end) of a larger whole of the same kind."""
    if not count.whole or count.unit not in _WHOLES:
        return None
    same = [c for _, cs in theirs.holding(count.value) for c in cs if c.value == count.value]
    if not same or not all(c.part for c in same):
        return None
    try:
        value = float(count.value)
    except ValueError:
        return None
    larger = [c for c in same if c.base and _float(c.base) > value]  # its own whole first
    larger += [
        c
        for _, cs in theirs
        for c in cs
        if c.unit == count.unit and not c.part and _float(c.value) > value
    ]
    if not larger:
        return None
    whole = larger[0]
    if whole.base and whole.value == count.value:
        return f"{count.value} of {whole.base}"
    return f"{count.value} as a part of {whole.value} {whole.noun or ''}".strip()


def _other_stage(count: Count, theirs: _PaperCounts) -> str | None:
    """A count of studies the summary says a review included ("The review included 28
    studies") that the source gives only for another step (28 identified, screened or
    excluded) while it includes another number (17)."""
    if count.stage != "included" or _everyday(count):
        return None
    same = [
        c
        for _, cs in theirs.holding(count.value)
        for c in cs
        if c.value == count.value and c.unit == count.unit
    ]
    if not same or any(c.stage != "found" for c in same):
        return None
    kept = [
        c
        for _, cs in theirs
        for c in cs
        if c.unit == count.unit
        and c.stage == "included"
        and _float(c.value) < _float(count.value)  # a review keeps fewer than it finds
    ]
    if not kept:
        return None
    return f"{count.value} {same[0].noun or 'studies'} found, {kept[0].value} included"


def _float(value: str | None) -> float:
    try:
        return float(value or "nan")
    except ValueError:
        return float("nan")


def _everyday(count: Count) -> bool:
    """Whether it is "one" or "two": everyday words more often than counts."""
    return count.written.lower() in ("one", "two")


def _approximate(text: str, count: Count) -> bool:
    return bool(
        _APPROXIMATE_BEFORE.search(text[max(0, count.start - 15) : count.start])
        or _APPROXIMATE_AFTER.match(text, count.end)
    )


def _paired(text: str, a: Count, b: Count) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.end : second.start]
    return (
        not _approximate(text, a)
        and not _approximate(text, b)
        and len(between) <= PAIR_DISTANCE
        and not re.search(r"[.;:]|\b(?:and|but|while|whereas|compared)\b", between)
        and a.unit is not None
        and b.unit is not None
        and a.unit != b.unit
    )


def _other_partner(count: Count, partner: Count, theirs: _PaperCounts) -> str | None:
    """`count` paired with `partner` in the summary ("five trials with 1169 people"), where
    the source pairs `partner`'s value, stated once, with another number of `count`'s unit
    ("five studies involving 3231 people") and never with `count`'s value, or where the source
    says both in one sentence but sets a part of `count`'s kind beside `partner` ("10 studies:
    four (437 people) gave data"). Approximate and rounded numbers ("over 9000", "23 million")
    are left alone."""
    if count.part or partner.part or _everyday(count) or _everyday(partner):
        return None
    holding = theirs.holding(partner.value)
    homes = [
        (i, c, cs, k) for i, cs in holding for k, c in enumerate(cs) if c.value == partner.value
    ]
    if len(homes) != 1:
        return None  # a value the source states more than once may pair with anything
    i, c, cs, k = homes[0]
    if c.unit not in (partner.unit, None):
        return None
    near = [
        other
        for other in (cs[k - 1] if k else None, cs[k + 1] if k + 1 < len(cs) else None)
        if other is not None and other.unit == count.unit and _near(c, other)
    ]
    if any(other.value == count.value for other in near):
        return None
    # Both values in one sentence of the source: paired there, unless a colon or semicolon
    # parts them and another count of `count`'s kind stands just before `partner` ("We
    # included 10 studies: four gave data (437 people)": the 437 are the four studies'
    # people). One clause that breaks a whole down pairs them ("133 (127 cohort and 6
    # case-control) studies involving 844,206 people").
    together = any(
        count.value in {x.value for x in xs} and partner.value in {x.value for x in xs}
        for _, xs in holding
    )
    first = None
    if together:
        ours = [x for x in cs if x.value == count.value and x.unit == count.unit]
        first = ours[0] if ours else None
        if first is None or not _parted(theirs.text(i), first.end, c.start):
            return None
    for other in near:
        if first is not None and (
            other.noun in _PUBLICATION_NOUNS or not first.start < other.start < c.start
        ):
            # "19 trials, reported in 27 papers with 1453 people": the same studies; the other
            # count must stand between the summary's and `partner` ("10 studies: four ...
            # (437 people)"), not after it ("... 27,071 people and two ongoing studies")
            continue
        if (together or not other.part) and abs(
            _float(other.value) - _float(count.value)
        ) > CLOSE * max(_float(other.value), _float(count.value)):
            return f"{other.written} with {partner.value}"
    return None


def _parted(text: str, start: int, end: int) -> bool:
    """Whether a colon or semicolon outside brackets stands between `start` and `end` ("10
    studies: four ..."; not "(659 participants; 4 trials)")."""
    for m in _PARTED.finditer(text, start, end):
        if text.count("(", 0, m.start()) == text.count(")", 0, m.start()):
            return True
    return False


def _near(a: Count, b: Count) -> bool:
    return abs(a.start - b.start) <= PAIR_DISTANCE
