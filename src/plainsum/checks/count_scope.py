"""Count scope: a count of studies said of the whole review where the paper gives it for a part.

"The review included four trials." of a review that included 67 trials, four of which (those in
young people) were eligible for pooling, is false: four is a subgroup's count. The same shape in
other words: "This review of 12 studies ..." where 12 contributed data to the main outcome and
30 were included; "Nine trials were included." where nine compared one pair of treatments.

Read: a summary sentence that gives a count of studies as what the review included (the review
as its subject: "The review included/looked at/is based on N trials", "a review of N studies",
"N trials were included"), the count bare (nothing after its noun that scopes it: "four trials
in young people", "four trials that compared ..." pass; "with 900 people", a full stop or a
comma do not scope it). It is flagged when the paper's own count of the studies it included is
larger, and the paper gives the summary's number to the same kind of study elsewhere (so the
number is the paper's, said of a part). A paper that counts its studies only as found ("Seven
trials ... were found and six were included in the quantitative analyses") has no included
count; its found count is the whole against a number the paper gives only to the studies of
one analysis ("Three trials ... were included in analyses of efficacy outcomes"): "The review
included three trials" is then a part said as the whole. A type breakdown in brackets ("14
studies (12 RCTs and two cohort studies)") is no part: "12 randomised trials" is then a true
count of its own kind.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from .. import caseless
from ..evidence import stem
from .counts import STUDY_UNIT, Count, counts_in
from .faithfulness import FREE_NUMBER_WORDS, numbers_in

if TYPE_CHECKING:
    from ..ingest import Source

__all__ = ["subset_review_counts"]

# The review as the subject of the count: "The review (authors) included", "a review of".
_REVIEW_SAID = re.compile(
    r"\b(?:(?:the|this|our)\s+(?:systematic\s+)?(?:review|meta-analysis|overview|update)"
    r"(?:\s+authors)?\s+(?:included|includes|include|looked at|found|identified|covered|"
    r"combined|pooled|has|had|is based on|was based on|brought together|analy[sz]ed|kept)"
    r"(?:\s+(?:data|results|evidence)\s+from)?"
    r"|(?:review|meta-analysis|overview)\s+of)\s+$",
    re.I,
)
_INCLUDED_AFTER = re.compile(r"\s+(?:were|was)\s+included\s*(?:[.,;]|$|in (?:this|the) review)")
# Words allowed between the number and its noun: kinds of study, not a part ("new", "eligible")
_KIND_WORDS = frozenset("randomised randomized controlled clinical included".split())
_NOUN_AFTER = re.compile(r"\s+((?:[\w-]+\s+){0,2}?)(studies|study|trials|trial|rcts|rct)\b", re.I)
# What may follow the noun when the count is bare: the people it held, an end, a comma.
_BARE_AFTER = re.compile(
    r"\s*(?:$|[.,;(]|with\s+(?:over\s+|more than\s+|about\s+|nearly\s+|almost\s+)?[\d,]+\s*"
    r"(?:[\w-]+\s+){0,2}?(?:people|participants|patients|women|men|children|adults|infants|"
    r"babies|individuals)\b|in total\b|overall\b|and\b|were included\b|(?:were|was) "
    r"(?:found|identified)\b"
    # "A review of four trials found ...": the count is the subject's, then its verb
    r"|(?:found|showed|shows|suggests?|suggested|reports?|reported|compared|tested|gave|"
    r"looked)\b)",
    re.I,
)
_N = r"\d[\d,]*|[a-z]+(?:-[a-z]+)?"
# The paper's own count of the studies it included, in words counts_in does not pair ("we
# included 18 randomised controlled trials", "this review now includes 13 RCTs", "Twenty-eight
# trials involving 1742 people were included"); not those included in an analysis (a part).
_INCLUDED_COUNT = re.compile(
    rf"\b(?:included|includes|include)\s+(?:a total of\s+|in total\s+)?(?P<n>{_N})\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>studies|trials|rcts)\b"
    rf"|(?:^|[.;:]\s*|\b(?:total|all),?\s+)(?P<n2>{_N})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?P<noun2>studies|trials|rcts)\s+(?:\([^)]*\)\s+)?(?:(?:involving|with)\s+(?:(?!\b(?:were|was|and)\b)[^.;]){0,60}?\s+)?"
    r"(?:were|was)\s+included\b(?!\s+in\s+(?:the\s+|our\s+|this\s+)?(?:meta-?analys|analys|pooled))",
    re.I,
)
# "Three trials (...) were included in analyses of efficacy": the studies of one analysis
_IN_ANALYSIS = re.compile(
    r"[^.;]{0,100}?\bincluded\s+in\s+(?:the\s+|our\s+|this\s+)?(?:[\w-]+\s+)?"
    r"(?:meta-?analys|analys|pooled|quantitative)",
    re.I,
)
_PUBLICATIONS = frozenset("papers paper articles article reports report".split())
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:trial|study)\s+(?:participants|patients|subjects)\b", re.I
)


_PLURAL = {"trial": "trials", "study": "studies"}


def _value(count: Count) -> int | None:
    return (
        _number(count.value) if count.value.replace(",", "").isdigit() else _number(count.written)
    )


def _number(text: str) -> int | None:
    """A count written in digits or words ("67", "twenty-eight", "one"), else None."""
    word = text.lower()
    if word in FREE_NUMBER_WORDS:  # "one" and "two", which faithfulness leaves out
        return 1 if word == "one" else 2
    values = numbers_in(text)
    value = next(iter(values)) if len(values) == 1 else ""
    return int(value) if value.isdigit() else None


def _kind(noun: str) -> str:
    """'trial' for trials and RCTs, 'study' for studies: the kind a count names."""
    return "trial" if stem(noun.lower()).startswith(("trial", "rct")) else "study"


def _review_count(sentence: str, count: Count) -> str | None:
    """The noun of a bare count of studies said of the whole review, else None."""
    if count.unit != STUDY_UNIT or count.part:
        return None
    noun = _NOUN_AFTER.match(sentence, count.end)
    if noun is None:
        return None
    between = noun.group(1).split()
    if any(w.lower() not in _KIND_WORDS for w in between):
        return None  # "five new trials", "four eligible studies": a part named as one
    said = _REVIEW_SAID.search(sentence[max(0, count.start - 80) : count.start])
    if not said and not _INCLUDED_AFTER.match(sentence, noun.end()):
        return None
    if said and not _BARE_AFTER.match(sentence, noun.end()):
        return None  # "four trials in young people": scoped in the sentence itself
    return noun.group(2)


def _breakdown(text: str, count: Count) -> bool:
    """Whether a count stands in brackets that break a larger count down by kind ("14
    studies (12 RCTs and two cohort studies)")."""
    opened = text.rfind("(", 0, count.start)
    return (
        opened != -1
        and text.find(")", opened) > count.start
        and ")" not in text[opened : count.start]
    )


def subset_review_counts(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, what the summary says, what the paper says) for each count of studies the
    sentence gives as the review's whole where the paper included more studies and gives this
    number to a part of them."""
    said = [(c, _review_count(sentence, c)) for c in counts_in(sentence)]
    ours = [(c, noun) for c, noun in said if noun is not None and _value(c)]
    if not ours:
        return []
    included, mentions, found, analysed = _paper_counts(source)
    out = []
    for count, noun in ours:
        n, kind = _value(count), _kind(noun)
        whole, step = included.get(kind, 0), "included"
        if not whole and (kind, n) in analysed:
            whole, step = found.get(kind, 0), "found"  # n is only one analysis's count
        if n is None or whole <= n or (kind, n) not in mentions:
            continue
        out.append(
            (
                count.written,
                f"{count.written} {noun}",
                f"{whole} {_PLURAL.get(kind, kind)} {step}; "
                f"{count.written} counts part of them: {mentions[(kind, n)]!r}",
            )
        )
    return out


# A paper's counts of studies are read once, however many summary sentences give a count.
@lru_cache(maxsize=64)
def _paper_counts(
    source: Source,
) -> tuple[
    Mapping[str, int], Mapping[tuple[str, int], str], Mapping[str, int], frozenset[tuple[str, int]]
]:
    """The largest count of studies the paper says it included, by kind; for each (kind,
    count) the first paper sentence giving that count of that kind (read-only); the largest
    count of studies it found, by kind; and the (kind, count)s it gives as the studies
    included in one analysis."""
    from ..evidence import split_source

    included: dict[str, int] = {}  # the largest count of studies kept, by kind
    mentions: dict[tuple[str, int], str] = {}  # (kind, value) -> a paper sentence giving it
    found: dict[str, int] = {}  # the largest count of studies found, by kind
    analysed: set[tuple[str, int]] = set()  # counts of the studies in one analysis
    for sentence_ in split_source(source):
        for c in counts_in(sentence_.text):
            if c.unit != STUDY_UNIT:
                continue  # most of a paper's counts: their value is never needed
            n = _value(c)
            if (
                n is None
                or c.noun is None
                or c.noun in _PUBLICATIONS  # "six eligible papers": reports, not studies
                or _PEOPLE_AFTER.match(sentence_.text, c.end)  # "1742 trial participants"
            ):
                continue
            kind = _kind(c.noun)
            if (
                c.stage == "included"
                and not c.part
                and not _IN_ANALYSIS.match(sentence_.text, c.end)
            ):
                included[kind] = max(included.get(kind, 0), n)
            if c.stage == "found" and not c.part:
                found[kind] = max(found.get(kind, 0), n)
            if _IN_ANALYSIS.match(sentence_.text, c.end):
                analysed.add((kind, n))
            if not _breakdown(sentence_.text, c):
                mentions.setdefault((kind, n), sentence_.text)
        for m in caseless.finditer(_INCLUDED_COUNT, sentence_.text):  # most hold no 'include'
            n = _number(m["n"] or m["n2"])
            if n is not None:
                kind = _kind(m["noun"] or m["noun2"])
                included[kind] = max(included.get(kind, 0), n)
    return (
        MappingProxyType(included),
        MappingProxyType(mentions),
        MappingProxyType(found),
        frozenset(analysed),
    )
