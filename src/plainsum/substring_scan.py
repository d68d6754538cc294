"""Which of many strings, or many patterns' required strings, a text holds, in one pass.

A per-string substring test costs one scan of the text per string; a trie of all the strings
(`trie`), looked for at every position, finds them in one scan. `PatternGroup` rules out the
patterns of a group (`prefilter`'s required strings) a text cannot match; `Substrings` answers
`s in text` for each of many strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .prefilter import lowered, needed, search

__all__ = ["PatternGroup", "Substrings", "trie"]


class PatternGroup:
    """Many case-insensitive patterns asked about one text in a row (the caveats' concepts about
    a summary sentence). `ruled_out(text)` names, by id, the patterns of the group that cannot
    occur in `text` (it holds none of the strings each requires), from one pass over the
    lower-cased text instead of a substring test per pattern; `search(pattern, text)` is
    `prefilter.search`, answering no at once for those.

    The pass is one regular expression, a trie of the group's strings looked for at every
    position: it finds there the longest string of the group that starts there, and every
    shorter one that starts there is a prefix of it, so the strings of the group a text holds
    are the prefixes, in the group, of what the pass finds."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        needs: dict[int, frozenset[str]] = {}  # id(pattern) -> the strings it requires
        self._patterns: list[re.Pattern[str]] = []  # kept, so an id is never reused
        for pattern in patterns:
            strings = needed(pattern)
            fold = isinstance(pattern.pattern, str) and bool(pattern.flags & re.IGNORECASE)
            if fold and strings is not None and id(pattern) not in needs:
                needs[id(pattern)] = frozenset(strings)
                self._patterns.append(pattern)
        every = frozenset().union(*needs.values())
        self._all = frozenset(needs)
        self._prefixes = {w: frozenset(o for o in every if w.startswith(o)) for w in every}
        self._by_string = {w: frozenset(i for i, n in needs.items() if w in n) for w in every}
        self._scan = re.compile(f"(?=({trie(sorted(every))}))") if every else None
        self._last: tuple[str | None, frozenset[int]] = (None, frozenset())

    def screens(self, pattern: re.Pattern[str]) -> bool:
        """Whether `ruled_out` can name `pattern` (the group knows strings it requires)."""
        return id(pattern) in self._all

    def ruled_out(self, text: str) -> frozenset[int]:
        """The ids of the group's patterns that cannot occur in `text` (none when `text` has a
        letter outside ASCII that may fold into one: the strings say nothing then)."""
        last = self._last
        if last[0] is text:
            return last[1]
        lower = lowered(text)
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
        self._scan = re.compile(f"(?=[{re.escape(firsts)}])(?=({trie(every)}))") if every else None

    def held(self, text: str) -> frozenset[str]:
        """The strings that occur in `text`."""
        if self._scan is None:
            return frozenset()
        prefixes = self._prefixes
        return frozenset().union(*(prefixes[w] for w in self._scan.findall(text)))


def trie(words: list[str]) -> str:
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
