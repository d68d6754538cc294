"""A counted set whose members the summary never names (`unnamed_set`, a warning).

"All three modes of administration were linked with drops in pain" tells a reader there were
three modes, and the summary never says which: a headline cut from a paper that listed them
before ("oral, transdermal and intravenous opioids ... All three modes ..."). The same holds for
"both doses", "each of the four exercises", "the two vaccines" when nothing anywhere in the
summary says what they were.

Read: "all", "the", "these", "both" or "each of the" before a count (two to twelve, or a digit)
and a plural noun ("all three modes", "the two vaccines", "both doses"). Named: the noun (or a
word of its stem) appears elsewhere in the summary, outside the phrase itself ("Three modes were
tried: ..."), or the summary holds a list of as many items ("by mouth, through the skin and by
injection"). Not read: the units a study counts (trials, studies, people, groups, arms: a
reader needs no name for each trial), times and measures ("all three years"), and what comes
with a relative clause or a colon naming it ("the three drugs that were compared", "the two drugs:
aspirin and ibuprofen").

Pure function over the whole summary, in reading order.
"""

from __future__ import annotations

import re

from ..evidence import stem
from .counts import ANIMAL_NOUNS, CARER_NOUNS, PEOPLE_NOUNS, STUDY_NOUNS
from .fluency_problem import Problem

_NUMBERS = "two three four five six seven eight nine ten eleven twelve".split()
_COUNT_SIZE = {w: i + 2 for i, w in enumerate(_NUMBERS)}
_SET = re.compile(
    r"\b(?P<det>all|the|these|those|both|each of the|all of the)\s+"
    r"(?P<count>" + "|".join(_NUMBERS) + r"|[2-9]|1[0-2])\s+"
    r"(?:(?P<adj>[a-z][a-z-]+)\s+)??"
    r"(?P<noun>[a-z][a-z-]+s)\b"
    r"(?!\s+(?:that|which|who|we|they|were compared|compared|named|listed|above|below|"
    r"described|mentioned|called)\b)(?!\s*[:(])",
    re.I,
)
_BOTH = re.compile(
    r"\bboth\s+(?:the\s+)?(?P<noun>[a-z][a-z-]+s)\b"
    r"(?!\s+(?:that|which|who|were compared|compared|named|listed|above|below|called)\b)"
    r"(?!\s*[:(])",
    re.I,
)
# Sets a reader needs no names for: the study's own units, and times, places, measures.
_NO_NAMES_NEEDED = (
    STUDY_NOUNS
    | PEOPLE_NOUNS
    | CARER_NOUNS
    | ANIMAL_NOUNS
    | frozenset(
        """groups arms cohorts samples sites centres centers countries hospitals clinics
        years months weeks days hours minutes seconds times occasions visits sessions rounds
        waves points stages phases periods sexes genders sides eyes ears hands feet legs arms
        kidneys lungs hips knees breasts parents twins siblings partners authors reviewers
        researchers raters doctors nurses surveys questionnaires scans tests measures scores
        scales outcomes results findings analyses estimates studies reviews papers reports
        sources databases registers decades centuries generations publications articles
        comparisons domains criteria items questions""".split()
    )
)
# An item of a list: one to three words ("by mouth", "through the skin").
_ITEM = r"[\w'’-]+(?: [\w'’-]+){0,2}"


def _listed(text: str, size: int) -> bool:
    """Whether `text` holds a list of at least `size` short items ("X, Y and Z"; "X and Y":
    a pair is so common that "both" and "two" are read as named by almost any summary)."""
    more = max(size - 2, 0)
    return bool(re.search(rf"{_ITEM}(?:, {_ITEM}){{{more},}},? (?:and|or) {_ITEM}", text))


def _named_elsewhere(noun: str, text: str, start: int, end: int) -> bool:
    """Whether `noun` (by its stem) is in `text` outside `text[start:end]`."""
    root = stem(noun.lower())
    rest = text[:start] + " " + text[end:]
    return any(stem(w.lower()) == root for w in re.findall(r"[A-Za-z][A-Za-z-]+", rest))


def unnamed_sets(sections: dict[str, str]) -> list[tuple[str, str]]:
    """(section, span) for each counted set ("All three modes", "both doses") whose members the
    summary (all of `sections`, in reading order) never names."""
    order = list(sections)
    whole = " ".join(sections[s] for s in order)
    out: list[tuple[str, str]] = []
    offset = 0
    for section in order:
        text = sections[section]
        found = [(m, _COUNT_SIZE.get(m["count"].lower(), 0) or int(m["count"]))
                 for m in _SET.finditer(text)]  # fmt: skip
        found += [(m, 2) for m in _BOTH.finditer(text)]
        for m, size in found:
            noun = m["noun"].lower()
            if noun in _NO_NAMES_NEEDED or stem(noun) in {stem(u) for u in _NO_NAMES_NEEDED}:
                continue
            start, end = offset + m.start(), offset + m.end()
            if _named_elsewhere(noun, whole, start, end) or _listed(whole, size):
                continue
            out.append((section, m.group(0)))
        offset += len(text) + 1
    return out


def unnamed_set_problems(sections: dict[str, str]) -> dict[str, list[Problem]]:
    """The fluency problems (`unnamed_set`) of `unnamed_sets`, by section."""
    out: dict[str, list[Problem]] = {}
    for section, span in unnamed_sets(sections):
        out.setdefault(section, []).append(
            Problem(
                "unnamed_set",
                span,
                f"'{span}' counts a set whose members the summary never names: the reader "
                "cannot tell which they were.",
                "Name them where they first come up ('by mouth, through the skin or by "
                "injection'), or say what was found without counting them.",
            )
        )
    return out
