"""A contrast opener ("But", "However,", "In contrast,") whose contrasted sentence is gone from
the section: the opener goes, the clause itself stays as it is.

A body is built, then thinned: a sentence pointing at groups nothing named, the headline's own
sentence, a repair's dropped sentence leave it. A sentence that opened with a contrast to the one
left out then contrasts with whatever line now stands before it, or with nothing ("But at the
later visits the treated group had lower scores" opening the results). Said without its opener
it is the paper's clause, whole and true; said with it, it reads as the opposite of a sentence it
never answered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .frames import is_design_sentence
from .lines import Line
from .pick import leans_back

__all__ = ["CONTRAST_OPENER", "unorphaned"]

# How a sentence opens when it answers the one before it with a contrast ("Yet another trial" and
# "Yet more" add, they do not contrast; "In contrast to placebo, ..." names its own contrast).
CONTRAST_OPENER = re.compile(
    r"^(?:But|Yet(?! (?:another|more|again|other)\b)|Even so,|(?:However|In contrast|By contrast|"
    r"On the other hand|Nevertheless|Nonetheless|Conversely),)\s+(?=\S)"
)


def _holds(line: Line, wanted: int) -> bool:
    """Whether `line` says source sentence `wanted` (or a piece of it): a frame or the design
    sentence says only the paper's kind, an aim built from the sentence only what was looked
    at ("The review authors looked at X." from "However, the effects of X remain unclear"),
    never what a sentence found."""
    return (
        line.kind == "content"
        and not line.keep
        and wanted in line.sources
        and not is_design_sentence(line.text)
    )


def _contrasted(line: Line, before: Line | None) -> bool:
    """Whether `before`, the line shown right before `line`, says what `line` contrasts with:
    an earlier piece of the same sentence of the paper (a ", but" split), or the paper's
    sentence before its own."""
    if before is None or not line.sources:
        return False
    first = line.sources[0]
    return _holds(before, first) or _holds(before, first - 1)


def _without_opener(text: str) -> str | None:
    """`text` without its contrast opener, its first word capitalised (a word that already
    holds a capital, "mRNA", "pH", is left as written); None when it has no opener."""
    m = CONTRAST_OPENER.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    word = rest.split(" ", 1)[0]
    if not any(c.isupper() for c in word):
        rest = rest[:1].upper() + rest[1:]
    return rest


def unorphaned(lines: list[Line]) -> list[Line]:
    """`lines` (one section, in order) with the contrast opener dropped from each paper's
    sentence whose contrasted sentence is not the line right before it; such a line no longer
    leans on the one before it."""
    out: list[Line] = []
    for line in lines:
        if (
            line.kind == "content"
            and line.sources
            and not _contrasted(line, out[-1] if out else None)
        ):
            text = _without_opener(line.text)
            if text is not None:
                line = replace(line, text=text, leans=leans_back(text))
        out.append(line)
    return out
