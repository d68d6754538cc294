"""The literal strings every match of a regular expression must contain, read from its parse tree.

`strings(pattern)` is what `prefilter` asks a text for before running a pattern: for
`\\b(?:people|humans?|patients?)\\b` ignoring case, ("human", "people", "patient") -- a text
holding none of them cannot match. A sequence needs the most selective of its items'
requirements; an alternation needs one of its branches' (or nothing known when a branch needs
nothing); a repeat needs its body's when it runs at least once. Classes, anchors, lookarounds
and inline flags require nothing here, so the answer is never too strict: a string is named only
when every match holds it (tests/test_prefilter.py checks this on the project's patterns).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

__all__ = ["MAX_STRINGS", "MIN_LENGTH", "Need", "parse", "sequence", "strings"]

MIN_LENGTH = 3  # a required string shorter than this rejects too little to pay for itself
# More strings than this cost more substring tests than the engine's own pass finds
# (`caseless` runs such a pattern without asking them).
MAX_STRINGS = 16


def parse(pattern: re.Pattern[str]) -> Any:
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern.pattern, pattern.flags)


def _literal(code: int, fold: bool) -> str | None:
    ch = chr(code)
    if fold:
        ch = ch.lower()
        if not ch.isascii():  # folding outside ASCII: not worked out here
            return None
    return ch


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: the longest shortest string, then the fewest strings."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _fewest(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The requirement of fewest strings, none shorter than `MIN_LENGTH` (the longest shortest
    string among those), or None."""
    usable = [c for c in candidates if min(map(len, c)) >= MIN_LENGTH]
    return min(usable, key=lambda c: (len(c), -min(map(len, c)))) if usable else None


class Need(NamedTuple):
    """Two choices of strings one of which every match contains: the most selective (`_best`),
    and the one of fewest strings (`_fewest`, or the first when there is none such)."""

    best: frozenset[str]
    fewest: frozenset[str]


def sequence(items: Any, fold: bool) -> frozenset[str] | None:
    """Strings one of which every match of this sequence of parse items contains."""
    need = _sequence(items, fold)
    return None if need is None else need.best


def _sequence(items: Any, fold: bool) -> Need | None:
    """`sequence`'s choice and the one of fewest strings. A sequence needs what any one of its
    items needs; the most selective choice is made as it always was (from the items' own most
    selective), the fewest from every item's two."""
    from re import _constants as c  # type: ignore[attr-defined]

    best: list[frozenset[str]] = []  # a literal run, or an item's most selective choice
    every: list[frozenset[str]] = []  # those and each item's choice of fewest strings
    run: list[str] = []

    def close_run() -> None:
        if run:
            best.append(frozenset({"".join(run)}))
            every.append(best[-1])
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            ch = _literal(av, fold)
            if ch is None:
                close_run()
            else:
                run.append(ch)
            continue
        close_run()
        found = _item(op, av, fold)
        if found is not None:
            best.append(found.best)
            every += found
    close_run()
    chosen = _best(best)
    if chosen is None:
        return None
    return Need(chosen, _fewest(every) or chosen)


def _item(op: Any, av: Any, fold: bool) -> Need | None:
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if add_flags or del_flags:  # inline flags change what a literal matches
            return None
        return _sequence(body, fold)
    if op is c.BRANCH:
        union: set[str] = set()
        few: set[str] = set()  # one word a branch is often enough: "we " for "we found|..."
        for branch in av[1]:
            found = _sequence(branch, fold)
            if found is None:
                return None
            union |= found.best
            few |= found.fewest
        return Need(frozenset(union), frozenset(few))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        return _sequence(body, fold) if low >= 1 else None
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(av, fold)
    return None  # classes, anchors, lookarounds, back references: no literal requirement


def strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains, shortest first (lower case when
    it ignores case), or None when none are known or the shortest is under `MIN_LENGTH`."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        need = _sequence(parse(pattern), bool(pattern.flags & re.IGNORECASE))
    except (ImportError, AttributeError, re.error, RecursionError, ValueError):
        need = None
    if need is None:
        return None
    found = need.best
    few = need.fewest
    if len(found) > MAX_STRINGS and len(few) <= MAX_STRINGS and min(map(len, few)) >= MIN_LENGTH:
        # too many to test one by one (`caseless` would run the pattern on every text): fewer
        # strings, less selective, when every match holds one of few enough
        found = few
    if found and min(map(len, found)) >= MIN_LENGTH:
        return tuple(sorted(found, key=lambda s: (len(s), s)))
    return None
