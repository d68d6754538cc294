"""A quick "cannot match" answer for regular expressions that must contain a word.

The gate asks dozens of case-insensitive patterns such as `\\b(?:people|humans?|patients?)\\b`
whether they occur in each sentence, and almost every answer is no. Python's regex engine finds
no literal prefix in such a pattern (it starts with `\\b`, and it ignores case), so it tries the
whole alternation at every position. `search(pattern, text)` first asks whether `text` holds
any of the literal strings every match must contain (found once per pattern from its parse
tree, `required_strings`); when it holds none, the answer is no at the cost of a few substring
tests, and otherwise the pattern itself decides.

The answer is always the pattern's own: a pattern whose required strings cannot be worked out
(or are too short to help) is simply searched, and so is a text with a non-ASCII letter when
the pattern ignores case (Unicode case folding lets "ſ" match "s" and the Kelvin sign "k"; with
ASCII letters only, matching without case is matching the lower-cased text).
tests/test_prefilter.py holds the soundness claim on every caveat pattern and the project's own
test texts.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import caseless, regex_cache
from .required_strings import strings as _strings
from .word_start import REFERS_BACK, top_level_branches
from .word_start import found as _found_at_word

__all__ = [
    "by_branches",
    "lowered",
    "may_match",
    "needed",
    "required",
    "search",
]

MIN_BRANCHES = 8  # a pattern `by_branches` names with fewer top-level branches is run whole

# id(pattern) -> (pattern, its check or None). Keyed by identity: hashing a Pattern hashes its
# whole program every time. The pattern is kept, so its id cannot be reused.
_cache: dict[int, tuple[re.Pattern[str], _Check | None]] = {}


def required(pattern: re.Pattern[str]) -> tuple[bool, tuple[str, ...]] | None:
    """(ignores case, strings) such that every match of `pattern` contains one of the strings
    (lower-cased when the pattern ignores case), or None when no useful set is known."""
    check = _check(pattern)
    return None if check is None else (check.fold, check.strings)


class _Check(NamedTuple):
    fold: bool  # the pattern ignores case: the strings are lower case, look in lower-cased text
    strings: tuple[str, ...]  # shortest first: the likeliest to be found


def _check(pattern: re.Pattern[str]) -> _Check | None:
    cached = _cache.get(id(pattern))
    if cached is not None:
        return cached[1]
    # worked out once for all runs of the command (`regex_cache.derived`)
    found = regex_cache.derived("prefilter_strings", pattern, _strings)
    check = None if found is None else _Check(bool(pattern.flags & re.IGNORECASE), found)
    _cache[id(pattern)] = (pattern, check)
    return check


# The last text folded: (text, its lower case, or None when a letter outside ASCII may fold
# into ASCII). Callers ask many patterns about one text in a row (the screen ~50 about a whole
# paper, the caveats dozens about each sentence): it is lowered and scanned once, not per
# pattern. One tuple, replaced whole, so a reader on another thread sees a consistent pair.
_folded: tuple[str, str | None] = ("", "")


def lowered(text: str) -> str | None:
    """`caseless.lowered(text)`, kept for the next caller asking about the same text."""
    global _folded
    last = _folded
    if last[0] is text:
        return last[1]
    lower = caseless.lowered(text)
    _folded = (text, lower)
    return lower


# id(pattern) -> (pattern, ignores case, its required strings or None, its `word_start`
# variant when it has a literal prefix or the pattern is asked by branches, else None):
# `_check`'s answer laid out for the per-call test, which runs about a
# thousand times a paper (the gate's caveats, the screen): one dictionary look-up and no
# further Python call before the substring tests. The pattern is kept, so its id cannot be
# reused.
_Entry = tuple[re.Pattern[str], bool, tuple[str, ...] | None, re.Pattern[str] | None]
_quick: dict[int, _Entry] = {}


def _entry(pattern: re.Pattern[str]) -> _Entry:
    from .word_start import literal_prefix, variant

    check = _check(pattern)
    caseless = isinstance(pattern.pattern, str) and bool(pattern.flags & re.IGNORECASE)
    strings = None if check is None else fewest(check.strings)
    fast = variant(pattern)
    if fast is not None and id(pattern) not in _split and literal_prefix(fast) is None:
        fast = None  # the pattern itself (its twin) finds it sooner (`literal_prefix`)
    entry = (pattern, caseless, strings, fast)
    _quick[id(pattern)] = entry
    return entry


class _Branches:
    """A pattern of many top-level branches ("A|B|C|..."), asked whether it occurs in a text
    branch by branch: only the branches that text holds a required string of are run, each by
    `search` (its own word-start variant or twin). For a long alternation whose branches each
    need their own words and are costly to try at every place (`by_branches` names them), a
    text holds the strings of two or three of its branches, and the whole pattern ran once it
    held any of its common words. The answer is the pattern's: it occurs exactly when one of
    its branches does (never for a pattern that refers back to a group, whose numbers the
    branches do not keep: `_branch_sources`)."""

    def __init__(self, pattern: re.Pattern[str], branches: list[re.Pattern[str]]) -> None:
        self.pattern = pattern  # kept, so its id is never reused
        self.branches = branches  # kept, so their ids in `_quick` are never reused
        by_string: dict[str, list[int]] = {}
        always: list[int] = []
        for i, branch in enumerate(branches):
            strings = needed(branch)  # lower case when it ignores case, as the pattern does
            if strings is None:
                always.append(i)
            for string in strings or ():
                by_string.setdefault(string, []).append(i)
        self.always = frozenset(always)
        self.strings = tuple(sorted(by_string))
        self.by_string = by_string

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> _Branches | None:
        """`pattern`'s branches, or None when it is run whole."""
        sources = regex_cache.derived("prefilter_branches", pattern, _branch_sources)
        if sources is None:
            return None
        with regex_cache.recording():  # kept between runs of the command, as the pattern is
            return cls(pattern, [re.compile(source, pattern.flags) for source in sources])

    def search(self, text: str, asked: str) -> bool:
        """Whether the pattern occurs in `text`; `asked` is the text its strings are looked
        for in (lower-cased when the pattern ignores case)."""
        by_string = self.by_string
        held = [by_string[s] for s in filter(asked.__contains__, self.strings)]
        if not held and not self.always:
            return False
        branches = self.branches
        return any(search(branches[i], text) for i in sorted(self.always.union(*held)))


def _branch_sources(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The texts of `pattern`'s top-level branches, when there are `MIN_BRANCHES` or more and
    each is a whole pattern of its own, else None."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    if REFERS_BACK.search(pattern.pattern):
        return None
    sources = top_level_branches(pattern.pattern)
    if len(sources) < MIN_BRANCHES:
        return None
    try:
        for source in sources:
            re.compile(source, pattern.flags)
    except (re.error, RecursionError, ValueError):
        return None
    return tuple(sources)


# id(pattern) -> the pattern `by_branches` named, then its `_Branches` (or None) once `search`
# first runs it; each holds the pattern, so an id is never reused
_split: dict[int, re.Pattern[str] | _Branches | None] = {}


def by_branches(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, to be asked branch by branch by `search` (`_Branches`). Only for a long
    alternation whose branches need words of their own: most patterns of many branches share
    common words among them, and run whole they cost less (the gate's study-claim pattern,
    split, took 18 us a sentence instead of 11; the drafter's call for more research 10
    instead of 20)."""
    _split.setdefault(id(pattern), pattern)
    return pattern


def _branches(pattern: re.Pattern[str]) -> _Branches | None:
    found = _split.get(id(pattern))
    if isinstance(found, re.Pattern):  # named by `by_branches`, not yet worked out
        found = _split[id(pattern)] = _Branches.of(pattern)
    return found


def fewest(strings: tuple[str, ...]) -> tuple[str, ...]:
    """`strings` without those that hold another of them ("women" holds "men"): a text holds
    one of the rest exactly when it holds one of `strings`, in fewer substring tests (an eighth
    fewer on the gate's patterns)."""
    return tuple(s for s in strings if not any(o != s and o in s for o in strings))


def needed(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings one of which every match of `pattern` holds, fewest (`fewest`), lower case
    when it ignores case; None when none are known."""
    return (_quick.get(id(pattern)) or _entry(pattern))[2]


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when `pattern` cannot occur in `text` (it holds none of the strings every match
    needs), else True: a caller that wants the matches themselves (`finditer`) skips the
    patterns that cannot give any."""
    _, fold, strings, _ = _quick.get(id(pattern)) or _entry(pattern)
    if strings is None:
        return True
    if fold:
        last = _folded
        lower = last[1] if last[0] is text else lowered(text)
        return lower is None or caseless.holds_one(lower, strings)
    return caseless.holds_one(text, strings)


def search(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` occurs in `text`: `bool(pattern.search(text))`, often without
    running the pattern, and for a pattern that starts at a word boundary by its faster
    `word_start` variant."""
    _, fold, strings, fast = _quick.get(id(pattern)) or _entry(pattern)
    if fold:
        last = _folded
        lower = last[1] if last[0] is text else lowered(text)
        if lower is not None:
            if strings is not None and not caseless.holds_one(lower, strings):
                return False
            if fast is not None:
                return _found_at_word(fast, lower)
            branches = _branches(pattern)
            if branches is not None:
                return branches.search(text, lower)
            # the pattern without case, on the lowered text (its branches gathered)
            starts = caseless.starts(pattern)
            if starts is not None:
                return starts.search(lower) is not None
        return pattern.search(text) is not None
    if strings is not None and not caseless.holds_one(text, strings):
        return False
    if fast is not None:
        return _found_at_word(fast, text)
    branches = _branches(pattern)
    if branches is not None:
        return branches.search(text, text)
    return pattern.search(text) is not None
