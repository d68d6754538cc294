"""A design cue pattern run fast: the same hits as the pattern itself, found sooner.

A cue starts at a word boundary; Python's regex engine is far slower on a leading \\b, so it is
left out and each hit's start is checked instead, and strings every hit must contain
(`prefilter.required`) say without running the pattern that most cues are absent from a paper.
"""

from __future__ import annotations

import re

from . import prefilter


def top_level_branches(pattern: str) -> list[str]:
    """`pattern` split at the "|" signs that are outside every group and class."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


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
        self._ready = False

    def _required(self) -> tuple[str, ...] | None:
        """Strings one of which every hit contains (prefilter.required): most cues are absent
        from a paper, and a few substring tests say so without running the pattern."""
        if not self._ready:
            needs = prefilter.required(self._fast)
            self._needs = needs[1] if needs is not None and not needs[0] else None
            self._ready = True
        return self._needs

    def count(self, text: str, limit: int = 3) -> int:
        """Hits in `text` (lower-cased), up to `limit`."""
        needs = self._required()
        if needs is not None and not any(s in text for s in needs):
            return 0
        n = 0
        for m in self._fast.finditer(text):
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
