"""A number moved: one the paper has, but not in the sentence a summary sentence draws on,
where that sentence gives a different number of the same kind ("550 adults" where the paper
says 1106 adults took part and 550 is one arm)."""

from __future__ import annotations

import re

from ..evidence import overlaps, split_source
from ..ingest import Source
from .counts import STUDY_NOUNS, unit_of
from .faithfulness import number_mentions, source_numbers
from .group_totals import group_total

MOVED_MARGIN = 0.2  # a number's own sentence this close to the best one: the summary merges both
MOVED_RATIO = 0.6  # ... or holding this share of the best one's words
MOVED_MIN_SUPPORT = 0.45  # the sentence drawn on must hold this much of the summary's words


def moved_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, what the summary ties it to, the number the paper gives for that) for numbers
    the paper has, but not in the sentence this summary sentence draws on (found by its words
    alone), where that sentence gives a different number of the same kind ("550 adults" where
    the paper says 1106 adults took part and 550 is one arm). The level of a confidence
    interval ("95% CI") is no number of the same kind as a result's share."""
    mentions = number_mentions(sentence)
    if not mentions:
        return []
    sentences = split_source(source)
    words_only = overlaps(source, _DIGITS.sub(" ", sentence), numbers=False)
    if not words_only:
        return []
    best = max(words_only, key=lambda i: (words_only[i], -i))
    evidence = sentences[best].text
    theirs = [
        (v, unit_of(evidence, off + len(w), off), w)
        for v, off, w in number_mentions(evidence)
        if not _CONFIDENCE_LEVEL.match(evidence, off + len(w))  # "95% CI": no result of its own
    ]
    known = source_numbers(source.full_text)
    out = []
    for value, offset, written in mentions:
        unit = unit_of(sentence, offset + len(written), offset)
        if value not in known or unit is None or unit == _STUDY_UNIT:
            continue  # counts of studies repeat across a review's sentences: too easy to confuse
        if _RATE_BEFORE.search(sentence[max(0, offset - 12) : offset]):
            continue
        if any(v == value and (u == unit or u is None) for v, u, _ in theirs):
            continue
        if value == group_total(evidence):
            continue  # "687 people" where the sentence drawn on gives groups of 345 and 342
        rivals = [w for v, u, w in theirs if v != value and u == unit]
        if not rivals:
            continue
        homes = [
            s.index
            for s in sentences
            if s.index != best and value in {v for v, _, _ in number_mentions(s.text)}
        ]
        home = max((words_only.get(i, 0.0) for i in homes), default=1.0)
        top = words_only[best]
        if top < MOVED_MIN_SUPPORT or home >= top - MOVED_MARGIN or home >= top * MOVED_RATIO:
            continue  # the summary may draw on the number's own sentence as well
        out.append((written, sentence[offset : offset + 40].split(".")[0], rivals[0]))
    return out


_DIGITS = re.compile(r"\d[\d,.]*\s*%?")
_CONFIDENCE_LEVEL = re.compile(r"\s*%\s*(?:CI|CrI|confidence|credible)\b", re.I)
# "72 out of 100", "67 of the 72 patients": the second number is a base, not a count moved.
_RATE_BEFORE = re.compile(
    r"\b(?:out of|per|in every|of every|of (?:the|all|these|those))\s+$", re.I
)
_STUDY_UNIT = "class:" + min(STUDY_NOUNS)
