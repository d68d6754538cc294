"""A direction against its own numbers: "People on vitamin D were more likely to get new spots,
32% against 45%" says more where the two figures it gives, the paper's own, say fewer. A
paraphrase that turns the word round and keeps the paper's figures is caught by the figures
alone, however the rest of it is worded.

Read: the last direction word of more or less ("more likely", "higher", "fewer", "lower")
before a pair of figures set against each other ("32% against 45%", "0.41 vs 0.44",
"18% compared with 6%"), in the same clause and not denied; the first figure is the group
the sentence is about, as a summary writes them. Both figures must be the paper's: an invented
figure is the faithfulness check's to report."""

from __future__ import annotations

import re

from .. import caseless
from .negation import negated_in_clause
from .polarity_words import DIRECTION

_FIGURE = r"\d+(?:\.\d+)?"
_UNIT = r"(?:%|per\s*cent|percent)"
_PAIR = re.compile(
    # not a total's figure ("52 of 120 against 30 of 120" sets 52 against 30, not 120 against 30)
    rf"(?<![\d.])(?<!of )(?<!/)(?P<a>{_FIGURE})(?:\s*(?:out\s+of|of|/)\s*{_FIGURE})?\s*{_UNIT}?"
    r"\s*(?:[a-z]+\s+){0,2}"  # "0.52 a year vs 0.61"
    rf"(?:against|vs\.?|versus|compared\s+(?:with|to))\s+(?P<b>{_FIGURE})\s*{_UNIT}?",
    re.I,
)
_THAN = re.compile(r"\bthan\b", re.I)
_COMPARATIVE = re.compile(r"^(?:more|fewer|less|greater|smaller|\w+er)\b", re.I)
_CLAUSE_BREAK = re.compile(r";|\b(?:but|whereas|while|although)\b", re.I)


def against_own_numbers(sentence: str, paper_numbers: frozenset[str]) -> str | None:
    """The pair of figures (as written) that goes the other way from the direction the
    sentence gives just before it, when both are the paper's; else None."""
    for pair in caseless.finditer(_PAIR, sentence):
        a, b = pair.group("a"), pair.group("b")
        if a not in paper_numbers or b not in paper_numbers or float(a) == float(b):
            continue
        before = sentence[: pair.start()]
        words = [m for m in caseless.finditer(DIRECTION, before) if m.lastgroup in ("up", "down")]
        than = [m.start() for m in _THAN.finditer(before)]
        if than:  # "More people on usual care fell than ...": "more" compares, "fell" does not
            compared = [m for m in words if m.end() <= than[-1] and _COMPARATIVE.search(m[0])]
            words = compared or words
        if not words:
            continue
        last = words[-1]
        if _CLAUSE_BREAK.search(before, last.end()) or negated_in_clause(before, last.start()):
            continue
        more = last.lastgroup == "up"
        if more != (float(a) > float(b)):
            return pair.group(0).strip()
    return None
