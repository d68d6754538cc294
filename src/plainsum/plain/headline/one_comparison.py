"""A result of one comparison of a review that reports several in turn.

A review of several comparisons gives each its own results under a heading ("The wand versus
usual treatment: the evidence was uncertain ...", "Comparison 2: Personalised advice versus
routine advice ..."). A result under one heading is true of that comparison only; read alone
as the headline it says what the whole review found, and a reader takes one comparison of
four for the review's answer. The authors' conclusion on the whole heads instead, unless it
names that comparison's treatment itself (then it is the main comparison: "X reduced relapses
compared with placebo" of a review whose authors conclude on X).
"""

from __future__ import annotations

import re

from ..results import key_terms

# The heading of one comparison opening the paper's sentence: "X versus Y:", "X compared to Y:",
# "Comparison 3: ...".
_HEADING = re.compile(
    r"^(?:Comparisons? \d+[a-z]?\s?[:.]\s*(?P<numbered>.*)|"
    r"(?P<x>[A-Z][^.:;]{0,80}?) (?:versus|vs\.?|compared (?:with|to)) [^.:;]{1,80}?:\s)"
)
_SIDE = re.compile(r" (?:versus|vs\.?|compared (?:with|to)) ")


def compared_in_turn(said: dict[int, str]) -> dict[int, str]:
    """The paper's sentences that open with the heading of one comparison, by index, with the
    treatment that comparison tests ("the wand"), when the paper has two such headings or
    more; else empty."""
    found: dict[int, str] = {}
    for i, text in said.items():
        m = _HEADING.match(text)
        if m is None:
            continue
        tested = m["x"] if m["x"] is not None else _SIDE.split(m["numbered"] or "")[0]
        found[i] = tested.strip()
    return found if len(set(found.values())) >= 2 else {}


def of_one_comparison(
    sources: tuple[int, ...], compared: dict[int, str], conclusions: list[str]
) -> bool:
    """Whether a result comes from a sentence under one comparison's heading (`compared`, from
    `compared_in_turn`) whose treatment the authors' conclusions never name."""
    if not sources or sources[0] not in compared:
        return False
    tested = key_terms([compared[sources[0]]])
    return not tested or not tested & key_terms(conclusions)
