""" "The identified members" said as what they are members of, when the sentence before names it.

"Biomarkers are classified into several categories ... The identified members indicate a variety
of disease processes of MS" (plaba 34638664): the members are biomarkers, and the sentence before
says so. Left as it is, the sentence leans on a background sentence the draft never shows, and an
MS review lost its only conclusion, leaving "why it matters" empty. Written as "The biomarkers
identified indicate ...", it stands alone and says only what the paper says. Nothing changes when
the sentence before names no classes of a thing.
"""

from __future__ import annotations

import re

__all__ = ["members_named"]

# "The identified members", "The described members" opening a sentence
_MEMBERS = re.compile(r"^The (identified|described|above|above-mentioned|mentioned) members\b")
# "Biomarkers are classified into several categories", "These drugs can be grouped into classes"
_CLASSED = re.compile(
    r"\b([a-z][a-z-]{3,}s) (?:are|were|can be|may be|have been) (?:\w+ )?"
    r"(?:classified|grouped|divided|categori[sz]ed|sorted|arranged) into\b",
    re.I,
)


def members_named(text: str, before: str) -> str:
    """`text` with an opening "The identified members" said as the things the sentence `before`
    sorts into classes ("The biomarkers identified"); else `text` as it is."""
    m = _MEMBERS.match(text)
    if m is None:
        return text
    classed = _CLASSED.search(before)
    if classed is None:
        return text
    things = classed.group(1).lower()
    return f"The {things} {m.group(1)}{text[m.end() :]}"
