"""A review's verdict on its evidence under why it matters, without the reason that is a limit.

"There is not enough evidence to support the use of X because only one trial was included" says
what the finding means (not enough evidence to support X) and why (how few studies there were).
The reason is a limitation of the review, and the limitations section says it already ("The review
found only one trial, ..."); under why it matters it read as a limit (CD009130, CD010475). The
verdict is said alone; its reason stays with the limitations.
"""

from __future__ import annotations

import re

from .wholeness import broken

__all__ = ["without_count_reason"]

MIN_VERDICT_WORDS = 6  # the verdict left must still say something whole

# ", because only one study with limited quality was included", "because just two small trials
# were found": how few studies the review took in, said as the reason for its verdict.
_COUNT_REASON = re.compile(
    r",? because (?:only|just) (?:one|two|three|four|five|a few|few|\d+|a small number of)"
    r" (?:[\w-]+ ){0,6}?(?:trials?|studies|study|RCTs?)\b[^.;:]*?\b(?:was|were) "
    r"(?:included|identified|found|available)\.?$"
)


def without_count_reason(text: str) -> str:
    """`text` without a closing reason that only says how few studies were included
    (`_COUNT_REASON`), when what is left is a whole verdict; else `text` unchanged."""
    m = _COUNT_REASON.search(text)
    if m is None:
        return text
    verdict = text[: m.start()].rstrip(" ,") + "."
    if len(verdict.split()) < MIN_VERDICT_WORDS or broken(verdict) is not None:
        return text
    return verdict
