"""Number partners: two shares set side by side that the paper sets beside other shares.

"More women improved with acupuncture: 73% against 13% with the drug", where the paper gives
"73% with acupuncture versus 33% with midodrine" for improvement and "13% versus 7%" for cure:
both numbers are the paper's, but the 13% belongs to another comparison (another outcome, time
point or group). A summary sentence sets two percentages against each other ("X% against Y%",
"X% versus Y%", "X% compared with Y%", "X% than Y%"); they are misattributed when no sentence of
the paper sets them against each other (by these words, or "X% and Y%, respectively"), and the
paper sets each of them against another share of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .. import caseless
from ..evidence import split_source
from ..ingest import Source

_SHARE = r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)"
# "73% against 13%", "73% with acupuncture versus 33% with midodrine", "13% vs 7%"
_SET_AGAINST = re.compile(
    _SHARE + r"[^.;:\d%]{0,60}?\b(?:against|versus|vs\.?|compared\s+(?:with|to)|than)\s+"
    r"[^.;:\d%]{0,40}?" + _SHARE,
    re.I,
)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in caseless.finditer(_SET_AGAINST, text)]


def _shares(text: str) -> set[str]:
    return {m.group(1) for m in re.finditer(_SHARE, text, re.I)}


@lru_cache(maxsize=64)  # a paper's: read for every summary sentence setting shares apart
def _paper_partners(source: Source) -> tuple[tuple[str, ...], Mapping[str, set[str]]]:
    """The paper's sentences, and each share it sets against others -> those others (read
    only)."""
    paper = tuple(s.text for s in split_source(source))
    partners: dict[str, set[str]] = {}
    for text in paper:
        for a, b in _pairs(text):
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
    return paper, partners


def other_partner_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(the share, what the summary sets it against, what the paper sets it against) for each
    share of `sentence` set against another that the paper never gives beside it, where the
    paper sets both against other shares."""
    mine = _pairs(sentence)
    if not mine:
        return []
    paper, partners = _paper_partners(source)
    out = []
    for a, b in mine:
        if a == b or not (partners.get(a) and partners.get(b)):
            continue
        if b in partners[a] or any(
            {a, b} <= _shares(text) and caseless.search(_RESPECTIVELY, text) for text in paper
        ):
            continue  # the paper sets them against each other ("X% and Y%, respectively")
        theirs = sorted(partners[b] - {a}, key=float)
        out.append((b, f"{a}%", " or ".join(f"{t}%" for t in theirs)))
    return out
