"""How a guideline was made, said in its opening lines: its method, shown in its body.

A guideline's abstract often opens on who wrote it and from what ("An expert panel reviewed the
evidence published up to March 2025 on treating MS relapses."): read as background, it was never
drafted, and the body said only the frame and two pieces of advice (the lead's hand-written u9;
the gate's undescribed and thin_body warnings). A sentence whose subject is the group that wrote
the guideline and whose verb says how they worked is the guideline's method.
"""

from __future__ import annotations

import re

__all__ = ["says_how_made"]

# "An expert panel reviewed ...", "The working group graded the evidence ...", "A task force of
# 12 neurologists developed ...": the authors' group, then what it did to make the guideline.
_MADE = re.compile(
    r"^(?:An?|The|This|Our)\s+(?:[\w-]+\s+){0,3}?(?:panel|committee|working group|task force|"
    r"guideline group|development group|consensus group|expert group|group of experts)\b"
    r"(?:\s+(?:of|from)\s+[^,.;]{1,60}?)?\s+"
    r"(?:systematically\s+)?(?:reviewed|searched|assessed|appraised|graded|rated|developed|"
    r"drafted|wrote|met|voted|used|considered|examined|summari[sz]ed)\b",
    re.I,
)


def says_how_made(text: str) -> bool:
    """Whether a sentence of a guideline says who made it and how (`_MADE`)."""
    return bool(_MADE.match(text.strip()))
