"""A side analysis is not the paper's design: a lab or animal paper that also pooled some trials
("In performing a systematic review and meta-analysis of adverse events ..., we found ...")
reports work at the bench, so its caveats are a lab or animal study's, not a review's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

# Cues that only name a review; a review's own structure (searches, counted or included
# studies, risk of bias) is what shows the whole paper is one.
NAMING_CUES = (r"\bsystematic(?:ally)? review", r"\bmeta-?analys[ie]s\b")
_REVIEW_TITLE = re.compile(r"\breview\b|\bmeta-?analys", re.I)
# Bench work the paper did itself outweighs a review it only names: two animal or cell cues.
BENCH_FLOOR = 6.0


class Cue(Protocol):
    """A design cue: its pattern text, and whether it occurs in lower-cased text."""

    pattern: str

    def search(self, text: str) -> bool: ...


def side_review(review_cues: Iterable[Cue], text: str, title: str, bench: float) -> bool:
    """Whether the review in `text` is a side analysis of a lab or animal paper: no cue of a
    review's structure among `review_cues` (lowercase patterns) is in `text`, the title does
    not name a review, and the paper's own bench work scores `bench` >= BENCH_FLOOR."""
    if bench < BENCH_FLOOR or (title and _REVIEW_TITLE.search(title)):
        return False
    lowered = text.lower()
    return not any(cue.search(lowered) for cue in review_cues if cue.pattern not in NAMING_CUES)
