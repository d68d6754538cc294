"""A number moved: one the paper has, but not in the sentence a summary sentence draws on,
where that sentence gives a different number of the same kind ("550 adults" where the paper
says 1106 adults took part and 550 is one arm)."""

from __future__ import annotations

import re

from ..evidence import content_words, overlaps, split_source, stem
from ..ingest import Source
from .counts import STUDY_NOUNS, counted, unit_of
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
        if not rivals or _sum_of(value, [v for v, u, _ in theirs if u == unit]):
            continue  # "48 schools" where the sentence drawn on gives arms of 24 and 24 schools
        if _rounded(value, [v for v, u, _ in theirs if u == unit]):
            continue  # "Seven percent" where the sentence drawn on gives 7.2%: the same, rounded
        homes = [
            s.index
            for s in sentences
            if s.index != best and _said_in(value, [v for v, _, _ in number_mentions(s.text)])
        ]
        if any(
            _said_alike(sentence, offset, written, sentences[i].text, value, unit) for i in homes
        ):
            continue  # "10 trials, involving 6533 women" where the paper says the same
        home = max((words_only.get(i, 0.0) for i in homes), default=1.0)
        top = words_only[best]
        if top < MOVED_MIN_SUPPORT or home >= top - MOVED_MARGIN or home >= top * MOVED_RATIO:
            continue  # the summary may draw on the number's own sentence as well
        out.append((written, sentence[offset : offset + 40].split(".")[0], rivals[0]))
    return out


def _sum_of(value: str, parts: list[str]) -> bool:
    """Whether `value` is what two to six counts of the same thing add up to: the whole of
    the arms a sentence gives ("24 schools ... or 24 schools" for 48 schools), of any kind,
    where group_totals knows only people and animals."""
    if not 2 <= len(parts) <= MAX_PARTS or not all(p.isdigit() for p in (value, *parts)):
        return False
    return sum(int(p) for p in parts) == int(value)


def _said_in(value: str, values: list[str]) -> bool:
    """Whether a sentence with numbers `values` gives `value`, as written or rounded: "13% had
    grip gains" takes its 13 from the sentence that gives 12.7% (side effects), its home."""
    return value in values or _rounded(value, values)


def _rounded(value: str, others: list[str]) -> bool:
    """Whether whole number `value` is one of `others` with decimals, rounded ("7" for 7.2)."""
    if not value.isdigit():
        return False
    return any(
        "." in o and int(float(o) + 0.5) == int(value)
        for o in others
        if o.replace(".", "", 1).isdigit()
    )


MAX_PARTS = 6
_DIGITS = re.compile(r"\d[\d,.]*\s*%?")
_CONFIDENCE_LEVEL = re.compile(r"\s*%\s*(?:CI|CrI|confidence|credible)\b", re.I)
# "72 out of 100", "67 of the 72 patients": the second number is a base, not a count moved.
_RATE_BEFORE = re.compile(
    r"\b(?:out of|per|in every|of every|of (?:the|all|these|those))\s+$", re.I
)
_STUDY_UNIT = "class:" + min(STUDY_NOUNS)


_LAST_WORD = re.compile(r"([A-Za-z]+)[\s(]*$")
_NEAR = 40  # characters either side of a number that say what it is said with


def _beside(text: str, start: int, end: int, value: str) -> tuple[set[str], str]:
    """The other numbers written within `_NEAR` characters of a number (after the noun it
    counts: "Ten trials, involving 6533 women" gives ten), and the content word right before
    it ("involving")."""
    after = text[end : end + _NEAR]
    noun = counted(text, end, start)
    if noun:
        last = noun.split()[-1].lower()
        at = after.lower().find(last)
        after = after[at + len(last) :] if at >= 0 else after
    before = text[max(0, start - _NEAR) : start]
    others = {v for v, _, _ in number_mentions(f"{before} . {after}")} - {value}
    right_before = _LAST_WORD.search(before)
    words = content_words(right_before.group(1)) if right_before else []
    return others, stem(words[0]) if words else ""


def _said_alike(sentence: str, offset: int, written: str, home: str, value: str, unit: str) -> bool:
    """Whether `home`, a paper's sentence with the number, gives it for the same thing as
    the summary does: with the same unit and beside the same other number ("Ten trials,
    involving 6533 women" for "10 trials, involving 6533 women"; "three trials (6343
    participants)") or the same word right before it, not only with the same unit ("in 310
    adults" where the paper's 310 adults are those "reported by" a side effect)."""
    numbers, word = _beside(sentence, offset, offset + len(written), value)
    for v, off, w in number_mentions(home):
        if v != value or unit_of(home, off + len(w), off) != unit:
            continue
        theirs, their_word = _beside(home, off, off + len(w), value)
        if numbers & theirs or (word and word == their_word):
            return True
    return False
