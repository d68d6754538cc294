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
from typing import Any

__all__ = ["MIN_LENGTH", "parse", "sequence", "strings"]

MIN_LENGTH = 3  # a required string shorter than this rejects too little to pay for itself


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


def sequence(items: Any, fold: bool) -> frozenset[str] | None:
    """Strings one of which every match of this sequence of parse items contains."""
    from re import _constants as c  # type: ignore[attr-defined]

    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
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
            candidates.append(found)
    close_run()
    return _best(candidates)


def _item(op: Any, av: Any, fold: bool) -> frozenset[str] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if add_flags or del_flags:  # inline flags change what a literal matches
            return None
        return sequence(body, fold)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = sequence(branch, fold)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        return sequence(body, fold) if low >= 1 else None
    if op is getattr(c, "ATOMIC_GROUP", None):
        return sequence(av, fold)
    return None  # classes, anchors, lookarounds, back references: no literal requirement


def strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains, shortest first (lower case when
    it ignores case), or None when none are known or the shortest is under `MIN_LENGTH`."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        found = sequence(parse(pattern), bool(pattern.flags & re.IGNORECASE))
    except (ImportError, AttributeError, re.error, RecursionError, ValueError):
        found = None
    if found and min(map(len, found)) >= MIN_LENGTH:
        return tuple(sorted(found, key=lambda s: (len(s), s)))
    return None
