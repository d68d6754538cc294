"""A quick "cannot match" answer for regular expressions that must contain a word.

The gate asks dozens of case-insensitive patterns such as `\\b(?:people|humans?|patients?)\\b`
whether they occur in each sentence, and almost every answer is no. Python's regex engine finds
no literal prefix in such a pattern (it starts with `\\b`, and it ignores case), so it tries the
whole alternation at every position. `search(pattern, text)` first asks whether `text` holds
any of the literal strings every match must contain (found once per pattern from its parse
tree); when it holds none, the answer is no at the cost of a few substring tests, and
otherwise the pattern itself decides.

The answer is always the pattern's own: a pattern whose required strings cannot be worked out
(or are too short to help) is simply searched, and so is a text with a non-ASCII letter when
the pattern ignores case (Unicode case folding lets "ſ" match "s" and the Kelvin sign "k"; with
ASCII letters only, matching without case is matching the lower-cased text).
tests/test_prefilter.py holds the soundness claim on every caveat pattern and the project's own
test texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from . import caseless, regex_cache
from .word_start import found as _found_at_word
from .word_start import top_level_branches

__all__ = [
    "PatternGroup",
    "Substrings",
    "by_branches",
    "may_match",
    "needed",
    "required",
    "search",
]

MIN_LENGTH = 3  # a required string shorter than this rejects too little to pay for itself
MIN_BRANCHES = 8  # a pattern `by_branches` names with fewer top-level branches is run whole

# A letter outside ASCII: its case folding may reach an ASCII letter ("ſ", "K", "İ").
# id(pattern) -> (pattern, its check or None). Keyed by identity: hashing a Pattern hashes its
# whole program every time. The pattern is kept, so its id cannot be reused.
_cache: dict[int, tuple[re.Pattern[str], _Check | None]] = {}


def _parse(pattern: re.Pattern[str]) -> Any:
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


def _sequence(items: Any, fold: bool) -> frozenset[str] | None:
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
        return _sequence(body, fold)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch, fold)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        return _sequence(body, fold) if low >= 1 else None
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(av, fold)
    return None  # classes, anchors, lookarounds, back references: no literal requirement


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


def _strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """`_check(pattern)`'s strings, shortest first, or None."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        found = _sequence(_parse(pattern), bool(pattern.flags & re.IGNORECASE))
    except (ImportError, AttributeError, re.error, RecursionError, ValueError):
        found = None
    if found and min(map(len, found)) >= MIN_LENGTH:
        return tuple(sorted(found, key=lambda s: (len(s), s)))
    return None


# The last text folded: (text, its lower case, or None when a letter outside ASCII may fold
# into ASCII). Callers ask many patterns about one text in a row (the screen ~50 about a whole
# paper, the caveats dozens about each sentence): it is lowered and scanned once, not per
# pattern. One tuple, replaced whole, so a reader on another thread sees a consistent pair.
_folded: tuple[str, str | None] = ("", "")


def _lower(text: str) -> str | None:
    global _folded
    last = _folded
    if last[0] is text:
        return last[1]
    lower = caseless.lowered(text)
    _folded = (text, lower)
    return lower


# id(pattern) -> (pattern, ignores case, its required strings or None, its `word_start`
# variant or None): `_check`'s answer laid out for the per-call test, which runs about a
# thousand times a paper (the gate's caveats, the screen): one dictionary look-up and no
# further Python call before the substring tests. The pattern is kept, so its id cannot be
# reused.
_Entry = tuple[re.Pattern[str], bool, tuple[str, ...] | None, re.Pattern[str] | None]
_quick: dict[int, _Entry] = {}


def _entry(pattern: re.Pattern[str]) -> _Entry:
    from .word_start import variant

    check = _check(pattern)
    caseless = isinstance(pattern.pattern, str) and bool(pattern.flags & re.IGNORECASE)
    strings = None if check is None else fewest(check.strings)
    entry = (pattern, caseless, strings, variant(pattern))
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


# A pattern that refers back to a group, or holds a comment: its branches would not read alone
# as they read in it.
_REFERS_BACK = re.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?\(|\(\?#")


def _branch_sources(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The texts of `pattern`'s top-level branches, when there are `MIN_BRANCHES` or more and
    each is a whole pattern of its own, else None."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    if _REFERS_BACK.search(pattern.pattern):
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
        lower = last[1] if last[0] is text else _lower(text)
        return lower is None or any(map(lower.__contains__, strings))  # C speed: no generator
    return any(map(text.__contains__, strings))


def search(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` occurs in `text`: `bool(pattern.search(text))`, often without
    running the pattern, and for a pattern that starts at a word boundary by its faster
    `word_start` variant."""
    _, fold, strings, fast = _quick.get(id(pattern)) or _entry(pattern)
    if fold:
        last = _folded
        lower = last[1] if last[0] is text else _lower(text)
        if lower is not None:
            if strings is not None and not any(map(lower.__contains__, strings)):
                return False
            if fast is not None:
                return _found_at_word(fast, lower)
            branches = _branches(pattern)
            if branches is not None:
                return branches.search(text, lower)
            twin = caseless.twin(pattern)  # the pattern without case, on the lowered text
            if twin is not None:
                return twin.search(lower) is not None
        return pattern.search(text) is not None
    if strings is not None and not any(map(text.__contains__, strings)):
        return False
    if fast is not None:
        return _found_at_word(fast, text)
    branches = _branches(pattern)
    if branches is not None:
        return branches.search(text, text)
    return pattern.search(text) is not None


class PatternGroup:
    """Many case-insensitive patterns asked about one text in a row (the caveats' concepts about
    a summary sentence). `ruled_out(text)` names, by id, the patterns of the group that cannot
    occur in `text` (it holds none of the strings each requires), from one pass over the
    lower-cased text instead of a substring test per pattern; `search(pattern, text)` is the
    module's `search`, answering no at once for those.

    The pass is one regular expression, a trie of the group's strings looked for at every
    position: it finds there the longest string of the group that starts there, and every
    shorter one that starts there is a prefix of it, so the strings of the group a text holds
    are the prefixes, in the group, of what the pass finds."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        needs: dict[int, frozenset[str]] = {}  # id(pattern) -> the strings it requires
        self._patterns: list[re.Pattern[str]] = []  # kept, so an id is never reused
        for pattern in patterns:
            _, fold, strings, _ = _quick.get(id(pattern)) or _entry(pattern)
            if fold and strings is not None and id(pattern) not in needs:
                needs[id(pattern)] = frozenset(strings)
                self._patterns.append(pattern)
        every = frozenset().union(*needs.values())
        self._all = frozenset(needs)
        self._prefixes = {w: frozenset(o for o in every if w.startswith(o)) for w in every}
        self._by_string = {w: frozenset(i for i, n in needs.items() if w in n) for w in every}
        self._scan = re.compile(f"(?=({_trie(sorted(every))}))") if every else None
        self._last: tuple[str | None, frozenset[int]] = (None, frozenset())

    def ruled_out(self, text: str) -> frozenset[int]:
        """The ids of the group's patterns that cannot occur in `text` (none when `text` has a
        letter outside ASCII that may fold into one: the strings say nothing then)."""
        last = self._last
        if last[0] is text:
            return last[1]
        lower = _lower(text)
        out: frozenset[int] = frozenset()
        if lower is not None and self._scan is not None:
            prefixes, by_string = self._prefixes, self._by_string
            held = frozenset().union(*(prefixes[w] for w in self._scan.findall(lower)))
            out = self._all.difference(*(by_string[w] for w in held))
        self._last = (text, out)
        return out

    def search(self, pattern: re.Pattern[str], text: str) -> bool:
        """`search(pattern, text)`."""
        return id(pattern) not in self.ruled_out(text) and search(pattern, text)


class Substrings:
    """Which of many strings a text holds (`s in text` for each, case counted), from one pass
    over the text rather than a substring test per string: the pass is `PatternGroup`'s, a trie
    of the strings looked for at every position where one of them can start (its first
    character), and the strings a text holds are those that begin what the pass finds there."""

    def __init__(self, strings: Iterable[str]) -> None:
        every = sorted({s for s in strings if s})
        self._prefixes = {w: frozenset(o for o in every if w.startswith(o)) for w in every}
        firsts = "".join(sorted({w[0] for w in every}))
        self._scan = re.compile(f"(?=[{re.escape(firsts)}])(?=({_trie(every)}))") if every else None

    def held(self, text: str) -> frozenset[str]:
        """The strings that occur in `text`."""
        if self._scan is None:
            return frozenset()
        prefixes = self._prefixes
        return frozenset().union(*(prefixes[w] for w in self._scan.findall(text)))


def _trie(words: list[str]) -> str:
    """A regular expression matching exactly `words` (non-empty), the longest one where several
    start at the same place (each branch starts with its own character; optional parts are
    greedy)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def expression(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + expression(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" in node:  # a word ends here: what follows is optional
            return f"(?:{body})?"
        return body

    return expression(root)
