"""A result whose only unreadable part is a trailing clause of figures: "Catheter coating reduced
blood infections, with an ARR of 2%, RR of 0.62 and NNTB of 50" says its finding whole before the
comma; the clause after it gives the size in statistics a reader cannot use. Left whole, the
sentence was left out (its statistics, its symbols), and with it the result: across the data
about 25 results and conclusions so ("..., giving an NNT of 3.0", "..., with a mean difference of
-4.98 days", "However, some animals relapsed during follow-up, resulting in a cure rate of 3/8").

The clause goes only when it says nothing that qualifies the finding: never one that says the
difference was not significant, a trend, uncertain or absent ("..., with a non-significant RR
of ...": the claim without it would say more than the paper).
"""

from __future__ import annotations

import re

from .numbers import has_statistics
from .wholeness import broken, finite

__all__ = ["without_statistic_tail"]

# ", with a(n) ...", ", resulting in ...", ", giving ...": a clause of figures closing the sentence
_TAIL = re.compile(
    r",\s+(?:with an?|resulting in|leading to|giving|yielding|corresponding to|representing)\s"
    r"(?P<tail>[^;]*)$"
)
# Words in the clause that qualify the finding: its size is said to be unsure, absent or weak
_QUALIFIES = re.compile(
    r"significan|\btrend|\buncertain|\bunclear|\bimprecis|\bborderline|\bmarginal|\bweak|"
    r"\bno\b|\bnot\b|\bnor\b|\bnone\b|\bwide\b|\bbut\b|\balthough\b|\bhowever\b",
    re.I,
)
# Figures a reader cannot use: a statistic (`numbers.has_statistics`), a slash between numbers,
# a number needed to treat, a sign (never "corresponding to 150 people treated to prevent one
# death": said in words, the size is the reader's and stays with its finding)
_UNREADABLE = re.compile(r"\d\s*/\s*\d|\bNN[TH]\w*|[×=<>≤≥±]")
# "A more robust effect was seen for X": stronger than the one the sentence before gave; alone,
# than what it never says
_COMPARED_BEFORE = re.compile(
    r"^(?:An?|The) (?:more|less|greater|smaller|larger|stronger|weaker|bigger|higher|lower)\b"
    r"(?![^.]*\bthan\b)",
    re.I,
)
_MIN_WORDS = 5


def without_statistic_tail(piece: str) -> str | None:
    """`piece` without its closing clause of figures, as a sentence, when that clause holds
    figures a reader cannot use and nothing that qualifies the finding, and what is left is a
    whole clause that compares with nothing before it; else None."""
    m = _TAIL.search(piece.rstrip("."))
    if m is None or _QUALIFIES.search(m["tail"]):
        return None
    if not (has_statistics(m["tail"]) or _UNREADABLE.search(m["tail"])):
        return None
    head = piece[: m.start()].rstrip(" ,")
    if len(head.split()) < _MIN_WORDS or not finite(head) or _COMPARED_BEFORE.match(head):
        return None
    sentence = head + "."
    return None if broken(sentence) is not None else sentence
