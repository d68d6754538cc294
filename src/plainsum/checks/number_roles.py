"""Number roles: a count of people given for another step of the study than the paper's.

A trial counts its people at each step: those who entered it (enrolled, randomised, assigned,
included, took part), those who finished it (completed, were analysed) and those who left it
(dropped out, withdrew, were excluded). "72 people were randomly assigned ... 67 completed the
study": a summary that says "67 patients were split into two groups by chance" gives the
finishers for the people who entered; "It included 131 older people", where 131 completed,
does the same. A count's step is read from the verb of its own clause ("67 completed", "67
patients with pressure sores were randomly assigned") or from the verb just before it ("It
included 1106 adults").

A count is misattributed here when the summary gives it a step, every use of it in the paper
has a step, none of them the summary's, and the paper gives the summary's step to another
count of people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..evidence import split_source
from ..ingest import Source
from .counts import PEOPLE_NOUNS, counted_in_whole, unit_of
from .faithfulness import number_mentions

_PEOPLE = "class:" + min(PEOPLE_NOUNS)
_STEPS = (
    (
        "entered",
        re.compile(
            r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|split|divided)|assigned|"
            r"allocated|enrolled|recruited|included|took\s+part|participated|split\s+into|"
            r"divided\s+into|entered)\b",
            re.I,
        ),
    ),
    (
        "finished",
        re.compile(r"\b(?:completed|finished|(?:were\s+)?analy[sz]ed|stayed\s+in)\b", re.I),
    ),
    (
        "left",
        re.compile(
            r"\b(?:dropped\s+out|withdrew|withdrawn|(?:were\s+)?excluded|lost\s+to\s+follow|"
            r"discontinued|left\s+the\s+(?:study|trial))\b",
            re.I,
        ),
    ),
)
# where a count's own clause ends: the next count, a contrast, a comparison, a bracket
_CLAUSE_END = re.compile(
    r"[;:()]|,?\s+(?:but|whereas|while|although|compared|than|and|or)\s+(?=\S*\d)|,\s*\S*\d|"
    r",?\s+(?:but|whereas|while|although)\b",
    re.I,
)
_ASIDE = re.compile(r"\s*\([^()]*\)")
AFTER_REACH = 120  # characters after a count read for its verb
_VERB_BEFORE = re.compile(
    r"\b(?:included|enrolled|recruited|randomi[sz]ed|(?:randomly\s+)?(?:assigned|allocated)|"
    r"analy[sz]ed|excluded)\s+(?:a\s+total\s+of\s+|"
    r"only\s+|just\s+|about\s+|some\s+)?$",
    re.I,
)


# "67 of the 72 patients": the whole a part is of, not a count at any step
# ("A total of 80 women" is a count, not a part)
_WHOLE_BEFORE = re.compile(
    r"\b(?<!total )(?:out\s+)?of\s+(?:the\s+|all\s+|these\s+|those\s+)?$", re.I
)


def _step(text: str, start: int, end: int) -> str | None:
    """The step of the study the count at start:end is of, by the verb of its clause."""
    before = _VERB_BEFORE.search(text[max(0, start - 40) : start])
    if before:
        return _step_of(before.group(0))
    after = _ASIDE.sub("", text[end : end + AFTER_REACH])  # "90 adults (30 men, 60 women) were"
    stop = _CLAUSE_END.search(after)
    return _step_of(after[: stop.start()] if stop else after)


def _step_of(words: str) -> str | None:
    found = [(m.start(), name) for name, pattern in _STEPS if (m := pattern.search(words))]
    return min(found)[1] if found else None


def _people_counts(text: str) -> list[tuple[str, int, str, str | None]]:
    """(value, offset, as written, step) of each count of people in `text`."""
    out = []
    for value, offset, written in number_mentions(text):
        end = offset + len(written)
        unit = unit_of(text, end, offset)
        if unit is None and counted_in_whole(text, end, offset) in PEOPLE_NOUNS:
            unit = _PEOPLE  # "Of the 42 adults, 30 completed": people, their noun left out
        if unit == _PEOPLE and not _WHOLE_BEFORE.search(text[max(0, offset - 16) : offset]):
            out.append((value, offset, written, _step(text, offset, end)))
    return out


@lru_cache(maxsize=64)  # a paper's: read for every summary sentence giving a step's count
def _paper_people_counts(source: Source) -> tuple[tuple[str, int, str, str | None], ...]:
    """`_people_counts` of every sentence of the paper, in order."""
    return tuple(c for s in split_source(source) for c in _people_counts(s.text))


def other_step_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, the summary's step, what the paper counts with it) for each count of people
    that the summary gives for one step of the study (entered, finished, left) and the paper
    for others only, where the paper gives the summary's step to another count."""
    mine = [c for c in _people_counts(sentence) if c[3]]
    if not mine:
        return []
    paper = _paper_people_counts(source)
    out = []
    for value, _, written, step in mine:
        uses = [c[3] for c in paper if c[0] == value]
        if not uses or None in uses or step in uses:
            continue
        if not any(c[3] == step and c[0] != value for c in paper):
            continue
        out.append((written, step or "", f"those who {uses[0]} the study"))
    return out
