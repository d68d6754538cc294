"""A trend told as a finding: a change said plainly where the paper found only a trend.

"There was a trend towards fewer relapses (not statistically significant)" says the study could
not tell the difference from chance; "People on the drug had fewer relapses" says it could. A
summary sentence overclaims this way when

- it says a change plainly (fewer, less, lower, improved, reduced, rose, fell ...), with no
  word that keeps the paper's doubt (a trend, slightly, may, no clear, similar), and is not
  negated; and
- the result or conclusion of the paper that holds it best (among the sentences that hold it
  well) reports that change as a trend or as not significant, in the clause that shares most
  of its words, and reports no significant change there.

Any tense counts: "had fewer relapses" reports a result, and the result the paper reports is a
trend. The claims check reports these with what the paper says.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import caseless
from ..evidence import align, split_source
from ..ingest import Source
from ..plain.sentences import Role
from .text import NEGATION, sentence_spans

# A change said of an outcome.
_CHANGE = re.compile(
    r"\b(?:fewer|less|more|lower|higher|better|worse|improv\w+|reduc\w+|increas\w+|decreas\w+|"
    r"rose|fell|dropped|shorter|longer|faster|slower|cut|eased|lifted|boosted)\b",
    re.I,
)
# Words that keep the paper's doubt about the change.
_KEPT = re.compile(
    r"\b(?:trend\w*|tend\w*|slight\w*|a little|small|may|might|could|possibl\w*|perhaps|"
    r"seem\w*|appear\w*|no clear|not clear\w*|unclear|uncertain|similar|chance|significan\w*|"
    r"not sure|hint\w*|suggest\w*|probabl\w*|likely)\b",
    re.I,
)
# A paper sentence that reports a trend, or a change that was not significant.
_TREND = re.compile(
    r"\b(?:trend(?:ed|s)? (?:toward|towards|to|for)|tendency (?:toward|towards|to|for)|"
    r"non-?significant(?:ly)?|not (?:statistically )?significant(?:ly)?|"
    r"(?:did not|failed to) reach (?:statistical )?significance|marginal(?:ly)? significant|"
    r"borderline significan\w*)\b",
    re.I,
)
# A significant change beside it: the sentence reports a finding too.
_SIGNIFICANT = re.compile(
    r"(?<!not )(?<!non-)(?<!non)\b(?:statistically )?significant(?:ly)? (?:\w+ )?(?:lower|higher|"
    r"fewer|less|more|better|worse|reduc\w+|improv\w+|increas\w+|decreas\w+|difference)\b"
    r"|\bp ?[<=≤] ?0?\.0(?:[0-4]\d*|5\b)",
    re.I,
)
HELD = 0.5  # the paper sentence must hold this much of the summary sentence
_ROLES = (Role.RESULTS, Role.CONCLUSION)


class Trend(NamedTuple):
    """A change said plainly where the paper reports a trend."""

    words: str
    sentence: str
    paper: str  # the paper's sentence with the trend


def find_trends(text: str, source: Source) -> list[Trend]:
    """Each sentence of `text` that says plainly a change the paper reports only as a trend
    or as not significant."""
    found = []
    for a, b in sentence_spans(text):
        sentence = text[a:b].strip()
        change = caseless.search(_CHANGE, sentence)
        if not change or caseless.search(_KEPT, sentence) or caseless.search(NEGATION, sentence):
            continue
        held = align(source, sentence)
        if held.score < HELD or not held.sentences:
            continue
        sentences = split_source(source)
        results = [sentences[i] for i in held.sentences[:3] if sentences[i].role in _ROLES]
        if not results:
            continue
        best = results[0]  # the result that holds it best
        clause = _closest_clause(best.text, sentence)
        if _TREND.search(clause) and not _SIGNIFICANT.search(clause):
            found.append(Trend(change.group(0), sentence, " ".join(best.text.split())))
    return found


_CLAUSES = re.compile(r"[;:]|,\s*(?:and|but|while|whereas|although|though)\b|\bbut\b", re.I)
_WORD = re.compile(r"[a-z]{4,}")


def _closest_clause(text: str, sentence: str) -> str:
    """The clause of the paper's `text` that shares most words with the summary `sentence`:
    a trend reported of another outcome in the same sentence is not this one's."""
    words = set(_WORD.findall(sentence.lower()))
    clauses = _CLAUSES.split(text)
    return max(clauses, key=lambda c: len(words & set(_WORD.findall(c.lower()))))
