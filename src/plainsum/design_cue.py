"""A design cue pattern run fast: the same hits as the pattern itself, found sooner.

A cue starts at a word boundary; Python's regex engine is far slower on a leading \\b, so it is
left out and each hit's start is checked instead, and strings every hit must contain
(`prefilter.required`) say without running the pattern that most cues are absent from a paper.

Most cues also cannot read past a full stop (or a semicolon, a bracket ...): no part of them
matches one. A hit of such a cue lies between two of those stops, in a stretch that holds one of
its required strings, so `CueSet` runs it only on those stretches of a paper, found from where
one pass over the text saw the strings (`cue_stops` says which stops a cue cannot cross).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from . import prefilter, substring_scan
from .word_start import top_level_branches

__all__ = ["Cue", "CueSet", "cue_stops", "top_level_branches"]

# Characters that may end the stretch of text a cue is run on: punctuation that no word is
# made of, and the line break. A cue's own stops are those of these it cannot match.
STOP_CANDIDATES = ".;:,()[]!?\n"
_CATEGORY_TESTS = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


class Cue:
    """A cue pattern that starts at a word boundary, run fast.

    A leading \\b stops Python's regex engine from jumping to the first letter of the pattern
    (25 times slower on an abstract), so it is left out and each hit's start is checked instead.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        branches = top_level_branches(pattern)
        if all(b.startswith(r"\b") for b in branches):
            self._fast = re.compile("|".join(b[2:] for b in branches))
            self._check = True
        else:
            self._fast = re.compile(pattern)
            self._check = False
        self._needs: tuple[str, ...] | None = None  # worked out on first use (start-up)
        self._stops = ""
        self._ready = False

    def _required(self) -> tuple[str, ...] | None:
        """Strings one of which every hit contains (prefilter.required): most cues are absent
        from a paper, and a few substring tests say so without running the pattern."""
        if not self._ready:
            needs = prefilter.required(self._fast)
            self._needs = needs[1] if needs is not None and not needs[0] else None
            self._stops = cue_stops(self._fast) if self._needs is not None else ""
            self._ready = True
        return self._needs

    def count(self, text: str, limit: int = 3) -> int:
        """Hits in `text` (lower-cased), up to `limit`."""
        needs = self._required()
        if needs is not None and not any(map(text.__contains__, needs)):  # C speed: no generator
            return 0
        return self.scan(text, limit)

    def scan(self, text: str, limit: int = 3, pos: int = 0, endpos: int | None = None) -> int:
        """Hits in `text` (lower-cased), up to `limit`, without the required-strings test;
        only those between `pos` and `endpos` when given (the text around is still read)."""
        n = 0
        end = len(text) if endpos is None else endpos
        for m in self._fast.finditer(text, pos, end):
            s = m.start()
            if self._check and s and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue
            n += 1
            if n >= limit:
                break
        return n

    def search(self, text: str) -> bool:
        """Whether the cue occurs in `text` (lower-cased)."""
        return self.count(text, 1) > 0


def cue_stops(pattern: re.Pattern[str]) -> str:
    """The characters of STOP_CANDIDATES that no match of `pattern` can hold or look ahead at
    (its hits lie between two of them), or "" when that is not known: an anchor other than
    \\b, a back reference, a pattern that can match nothing, a part this walk does not read.

    Cut at such a character, a text gives the pattern the same hits as the whole text: a hit
    cannot cross it, `\\b` reads it as it reads the end of the text (neither is a word
    character), and a lookahead that would have to match it fails at the end of the text as
    well. (A lookbehind reads the text before the stretch, as in the whole text.)"""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return ""
        allowed = _consumed(parsed, c)
    except (re.error, RecursionError, ValueError, _Unknown):
        return ""
    return "".join(ch for ch in STOP_CANDIDATES if ch not in allowed)


class _Unknown(Exception):
    """A part of a pattern `cue_stops` does not read."""


def _consumed(items: Any, c: Any) -> set[str]:
    """The characters of STOP_CANDIDATES that some part of `items` may match."""
    found: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            found.update(ch for ch in STOP_CANDIDATES if ord(ch) == av)
        elif op is c.NOT_LITERAL or op is c.ANY:
            found.update(ch for ch in STOP_CANDIDATES if op is c.ANY or ord(ch) != av)
        elif op is c.IN:
            found.update(ch for ch in STOP_CANDIDATES if _in_class(av, ch, c))
        elif op is c.SUBPATTERN:
            found |= _consumed(av[3], c)
        elif op is c.BRANCH:
            for branch in av[1]:
                found |= _consumed(branch, c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            found |= _consumed(av[2], c)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            found |= _consumed(av, c)
        elif op is c.ASSERT or op is c.ASSERT_NOT:
            if av[0] >= 0:  # a lookahead reads on: what it may match counts
                found |= _consumed(av[1], c)
        elif op is c.AT and av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY):
            continue
        else:
            raise _Unknown(str(op))
    return found


def _in_class(items: Any, ch: str, c: Any) -> bool:
    """Whether the character class `items` (a parse tree's IN) matches `ch`."""
    negate, hit = False, False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            hit = hit or ord(ch) == av
        elif op is c.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is c.CATEGORY and str(av) in _CATEGORY_TESTS:
            hit = hit or re.match(_CATEGORY_TESTS[str(av)], ch) is not None
        else:
            raise _Unknown(str(op))
    return hit != negate


class CueSet:
    """Many cues counted in one text: `counts(text)` is `[cue.count(text) for cue in cues]`.

    One pass over the text (a trie of every string the cues require, `substring_scan.trie`) finds
    where each required string occurs; only the cues whose strings occur are run, and a cue
    that cannot cross a stop (`cue_stops`) only on the stretches between stops that hold its
    strings: most of a paper's cues cost nothing at all, and the rest read a few sentences.
    """

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self._index: _Index | None = None  # on first use

    def _built(self) -> _Index:
        if self._index is None:
            self._index = _Index(self.cues)
        return self._index

    def counts(self, text: str, limit: int = 3) -> list[int]:
        """Hits of each cue in `text` (lower-cased), up to `limit`, in the order of `cues`."""
        index = self._built()
        at = index.places(text)  # required string -> where it starts in `text`
        run: set[int] = set(index.always)
        for string in at:
            run.update(index.by_string[string])
        out = [0] * len(self.cues)
        stops: dict[str, list[int]] = {}  # stop characters -> their places in `text`
        for i in run:
            cue = self.cues[i]
            if not cue._stops:
                out[i] = cue.scan(text, limit)
                continue
            places = stops.get(cue._stops)
            if places is None:
                places = stops[cue._stops] = _places(text, cue._stops)
            out[i] = _scan_stretches(cue, text, places, index.starts(at, cue), limit)
        return out


class _Index:
    """The required strings of a set of cues: which cues need each, and one pattern that finds
    where each of them starts in a text."""

    def __init__(self, cues: list[Cue]) -> None:
        always: set[int] = set()
        by_string: dict[str, list[int]] = {}
        for i, cue in enumerate(cues):
            needs = cue._required()
            if needs is None:
                always.add(i)
            else:
                for string in needs:
                    by_string.setdefault(string, []).append(i)
        self.always = frozenset(always)
        self.by_string = by_string
        every = sorted(by_string)
        # the longest required string that starts at a place; the shorter ones that start
        # there too are its prefixes
        self._prefixes = {w: [o for o in every if w.startswith(o)] for w in every}
        self._scan = re.compile(f"(?=({substring_scan.trie(every)}))") if every else None

    def places(self, text: str) -> dict[str, list[int]]:
        """Each required string that occurs in `text`, with the places it starts (in order)."""
        at: dict[str, list[int]] = {}
        if self._scan is None:
            return at
        prefixes = self._prefixes
        for m in self._scan.finditer(text):
            start = m.start()
            for string in prefixes[m.group(1)]:
                at.setdefault(string, []).append(start)
        return at

    @staticmethod
    def starts(at: dict[str, list[int]], cue: Cue) -> list[int]:
        """Where the strings `cue` requires start in the text (`places`)."""
        found: list[int] = []
        for string in cue._needs or ():
            found += at.get(string, ())
        return found


def _places(text: str, chars: str) -> list[int]:
    """Where any of `chars` stands in `text`, in order."""
    return [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)]


def _scan_stretches(cue: Cue, text: str, stops: list[int], starts: list[int], limit: int) -> int:
    """`cue.scan(text, limit)` for a cue that cannot cross `stops` (the places of its stop
    characters): run only on the stretches between stops that hold a string it requires
    (`starts`), in text order."""
    stretches = sorted({bisect_right(stops, s) for s in starts})
    n = 0
    for k in stretches:
        lo = stops[k - 1] + 1 if k else 0
        hi = stops[k] if k < len(stops) else len(text)
        n += cue.scan(text, limit - n, lo, hi)
        if n >= limit:
            break
    return n
