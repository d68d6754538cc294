"""A yes/no regex search split at its start anchor: the same answer, found sooner.

A pattern whose top-level branches mix `^...` (the sentence's opening) with branches that may
match anywhere makes Python's regex engine try the opening branches at every position too. Split
in two, the opening branches are tried once (a pattern that starts with `^` is), and the others
run behind `prefilter.search` (most sentences hold none of the strings they need). Only for
patterns asked yes or no: `search` gives a bool, never the match.
"""

from __future__ import annotations

import re

from .. import prefilter
from ..design_cue import top_level_branches

__all__ = ["OpeningSplit"]


class OpeningSplit:
    """`OpeningSplit(pattern).search(text) == bool(pattern.search(text))`, faster."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        branches = top_level_branches(pattern.pattern)
        start = [b for b in branches if b.startswith("^")]
        anywhere = [b for b in branches if not b.startswith("^")]
        self.pattern = pattern
        self._start = re.compile("|".join(start), pattern.flags) if start else None
        self._anywhere = re.compile("|".join(anywhere), pattern.flags) if anywhere else None

    def search(self, text: str) -> bool:
        """Whether `pattern` occurs in `text`."""
        if self._start is not None and self._start.search(text) is not None:
            return True
        return self._anywhere is not None and prefilter.search(self._anywhere, text)
