"""Number people: a count of people said of more kinds of people than the paper counts with it.

"Three small trials with 268 adults and children", where the paper's 268 are adults (and it
says data in children are still needed): the number is the paper's, the people it is said of
are wider. A count's kinds are the age and sex groups named right after it ("268 adults",
"412 women and their babies", "90 boys and girls"). A count is misattributed here when the
summary names an age (young: babies, children, teenagers; grown: adults, older people) or a sex
for it that no mention of it in the paper names, and every mention of it in the paper names an
age (or a sex) of its own (a paper's "268 participants" may be anyone; "388 women and their
babies" for the paper's "388 women" adds no age the paper set apart).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .. import caseless
from ..evidence import split_source
from ..ingest import Source

# each kind of people and how it is written
_KINDS = {
    "adults": r"adults?|grown-ups?",
    "children": r"child(?:ren)?|kids?|paediatric|pediatric|boys?|girls?|schoolchildren",
    "babies": r"bab(?:y|ies)|infants?|newborns?|neonates?|toddlers?",
    "teenagers": r"teenagers?|adolescents?|teens?|young\s+people",
    "women": r"women|woman|mothers?|females?|girls?",
    "men": r"men|man|fathers?|males?|boys?",
    "older people": r"older\s+(?:people|adults|patients|persons)|elderly",
}
_KIND = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in _KINDS.items()}
# Two ways a count's people are told apart: by age (the young or the grown) and by sex. A
# count said of a class on one of them that the paper's count never names is wider; one said
# on the other dimension is not ("388 women and their babies" for the paper's "388 women":
# a pregnancy counts both).
_DIMENSIONS = (
    {
        "babies": "young",
        "children": "young",
        "teenagers": "young",
        "adults": "grown",
        "older people": "grown",
    },
    {"women": "female", "men": "male"},
)
# a count of people and the words after it that may name them: "268 adults and children",
# "412 women and their babies" (not past a clause or another number)
_COUNT = re.compile(
    r"(?<![\d.,])(?P<n>\d{2,}(?:,\d{3})*)\s+(?P<who>(?:[A-Za-z'-]+\s+){0,5}?[A-Za-z'-]+)"
    r"(?=\s*(?:[.,;:()]|\b(?:who|with|in|from|at|on|aged|over|under|took|were|was|had)\b|$))",
)
# the words that may join kinds: "adults and children", "women and their babies"
_JOINED = re.compile(
    r"^(?:[A-Za-z'-]+\s+){0,1}?[A-Za-z'-]+(?:\s+(?:and|or)\s+(?:their\s+)?"
    r"[A-Za-z'-]+(?:\s+[A-Za-z'-]+)?)?$"
)


def _kinds(who: str) -> set[str]:
    if not _JOINED.match(who):
        return set()
    return {k for k, pattern in _KIND.items() if caseless.search(pattern, who)}


def _counts(text: str) -> dict[str, list[set[str]]]:
    out: dict[str, list[set[str]]] = {}
    for m in _COUNT.finditer(text):
        out.setdefault(m.group("n").replace(",", ""), []).append(_kinds(m.group("who")))
    return out


@lru_cache(maxsize=64)  # a paper's: read for every summary sentence that counts people
def _paper_counts(source: Source) -> Mapping[str, list[set[str]]]:
    """The paper's counts of people: count -> the kinds named for it at each mention (read
    only)."""
    theirs: dict[str, list[set[str]]] = {}
    for s in split_source(source):
        for n, kinds in _counts(s.text).items():
            theirs.setdefault(n, []).extend(kinds)
    return theirs


def wider_people_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(the count, the kinds the summary names for it, the kinds the paper names for it) for
    each count of people `sentence` says of a kind the paper never counts with it."""
    mine = _counts(sentence)
    if not mine:
        return []
    theirs = _paper_counts(source)
    out = []
    for n, said in mine.items():
        named = set().union(*said)
        paper = theirs.get(n)
        if not named or not paper:
            continue
        for classes in _DIMENSIONS:
            ours = {classes[k] for k in named if k in classes}
            # every mention of the count in the paper names its people on this dimension
            given = [{classes[k] for k in kinds if k in classes} for kinds in paper]
            if ours and all(given) and ours - set().union(*given):
                counted = set().union(*paper)
                out.append((n, " and ".join(sorted(named)), " or ".join(sorted(counted))))
                break
    return out
