"""A design cue pattern run fast: the same hits as the pattern itself, found sooner.

A cue starts at a word boundary; Python's regex engine is far slower on a leading \\b, so it is
left out and each hit's start is checked instead, and strings every hit must contain
(`prefilter.required`) say without running the pattern that most cues are absent from a paper.
"""

from __future__ import annotations

import re

from . import prefilter
from .word_start import top_level_branches

__all__ = ["Cue", "CueSet", "top_level_branches"]


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
        if needs is not None and not any(map(text.__contains__, needs)):  # C speed: no generator
            return 0
        return self.scan(text, limit)

    def scan(self, text: str, limit: int = 3) -> int:
        """Hits in `text` (lower-cased), up to `limit`, without the required-strings test."""
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


class CueSet:
    """Many cues counted in one text: `counts(text)` is `[cue.count(text) for cue in cues]`.

    The strings the cues require are tested once each (cues share many), and only the cues
    whose required strings occur are run: most of a paper's cues cost nothing at all.
    """

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self._index: tuple[frozenset[int], dict[str, list[int]]] | None = None  # on first use

    def _built(self) -> tuple[frozenset[int], dict[str, list[int]]]:
        if self._index is None:
            always: set[int] = set()
            by_string: dict[str, list[int]] = {}
            for i, cue in enumerate(self.cues):
                needs = cue._required()
                if needs is None:
                    always.add(i)
                else:
                    for string in needs:
                        by_string.setdefault(string, []).append(i)
            self._index = (frozenset(always), by_string)
        return self._index

    def counts(self, text: str, limit: int = 3) -> list[int]:
        """Hits of each cue in `text` (lower-cased), up to `limit`, in the order of `cues`."""
        always, by_string = self._built()
        run = set(always)
        for string in filter(text.__contains__, by_string):
            run.update(by_string[string])
        out = [0] * len(self.cues)
        for i in run:
            out[i] = self.cues[i].scan(text, limit)
        return out
