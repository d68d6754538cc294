"""A drafted sentence and where it came from: what every section of an offline draft is made
of, whichever module chose it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One sentence of a section: its text, the source sentences behind it, and its kind."""

    text: str
    sources: tuple[int, ...] = ()
    kind: str = "content"  # "content" or "frame"
    main: bool = False  # a main result or the authors' main conclusion: kept over the grade
    lead: bool = False  # the main result itself: kept whole even for a hard word
    keep: bool = False  # the aim (what was compared, in whom): kept over the grade, no result
    leans: bool = False  # leans on the line before it: that line is never left out alone
    # says the headline's finding in the body: kept over the grade like the main result
    restates: bool = False
