"""A part said as the whole: what the paper says of most, some or a few said of all of them.

"Most withdrawals were due to infusion reactions." summarised as "All of them stopped because
of reactions to the drip."; "Nearly all studies were of short duration" as "Every study lasted
only 6 to 8 weeks"; "the majority of patients relapsed" as "Everyone went back to using it";
"reduced significantly in the three trials assessing this outcome" of a four-trial review as
"Blood pressure fell in all four trials"; "In nine trials ..., six showed additional benefit" as
"In all 9 trials, adding it helped." Each widens a limit or a result from part of the studies or
people to all of them.

Read: a summary sentence that says "all", "every", "each" or "everyone" of a set (not "in all,"
for a total, nor "at all"), whose best source sentences (the evidence link's) say it of a part
("most", "the majority", "nearly all", "many", "some", "N of M") and none of the paper's
sentences that hold as much of it says it of all. "All N trials" is also read against a smaller
count the paper gives for the same result ("in the three trials assessing this outcome", "six
... showed"), in the sentences that hold most of its words.
"""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_stems, overlaps, split_source, stem
from ..ingest import Source
from ..schemas import EvidenceLink, Finding
from .negation import conditional, without_parentheses
from .support_contradicted import link_finding, one_line

HELD = 0.3  # a paper sentence holding less of the summary sentence is not read against it
SAME_CLAUSE = 0.25  # the share of the summary's words a paper clause must hold to say the same
SAME_BACK = 0.25  # ... and of the paper clause's words the summary must hold, for a part word

_COUNT_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER = r"(?:\d+|" + "|".join(_COUNT_WORDS) + r")"
_STUDIES = r"(?:trials?|stud(?:y|ies)|RCTs?|reviews?|experiments?|cohorts?)"

# The summary's whole: "all (of) (the) ... <plural>", "all of them", "every study", "everyone",
# "each of the trials". Not "in all," (a total), "at all", "all-cause", "above all", "nearly all".
_WHOLE = re.compile(
    r"(?<!\bat )(?<!\babove )(?<!\bafter )(?<!\bnot )(?<!\bnearly )(?<!\balmost )"
    r"\ball\b(?!-)(?!\s*,)(?=\s+(?:of\s+)?(?:the\s+|their\s+|these\s+)?(?:them\b|"
    rf"{_NUMBER}\s+|(?:[\w-]+\s+){{0,2}}?(?:[\w-]+s|people|wom[ae]n|m[ae]n|children)\b))"
    r"|\b(?:every|each)\s+(?:one\s+of\s+(?:the\s+|them\b)|of\s+(?:the\s+|them\b)|single\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|persons?|people|patients?|participants?|"
    r"child(?:ren)?|wom[ae]n|m[ae]n|adults?|groups?|comparisons?|reviews?)\b|them\b)"
    r"|\beveryone\b|\beverybody\b",
    re.I,
)
_ALL_N = re.compile(rf"\ball\s+(?:the\s+|of\s+the\s+)?(?P<n>{_NUMBER})\s+{_STUDIES}\b", re.I)
# A denial before the whole: "does not cover all of the people", "not every trial".
_DENIED_BEFORE = re.compile(r"\b(?:not|never|no|nor|without)\b|n't\b", re.I)
_SPREAD = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\b", re.I)
# The paper's whole: any sentence holding the result that says it of all.
_PAPER_WHOLE = re.compile(
    r"(?<!\bnot )(?<!\bnearly )(?<!\balmost )\ball\b(?!-)|\bevery\w*\b|\beach\b|\balways\b|"
    r"\bwithout exception\b|\bconsistent(?:ly)?\b|\buniform(?:ly)?\b",
    re.I,
)
# A set the paper's part is of: studies, people, or "of" ("most of the"); not a time ("a few
# short months") or an adjective ("most common").
_SET_AFTER = (
    r"(?=\s+(?:of\b|(?:(?!(?:months|weeks|days|years|hours|minutes|times)\b)[\w-]+\s+){0,2}?"
    r"(?!(?:months|weeks|days|years|hours|minutes|times)\b)(?:[\w-]+s|people|wom[ae]n|m[ae]n|"
    r"child(?:ren)?)\b))"
)
# The paper's part: "most (of the) patients", "the majority", "nearly all", "many studies",
# "some" (not "some evidence", a hedge), "N of M". Not "the most common", a superlative.
_PART = re.compile(
    rf"(?<!\bthe )(?<!\bat )\bmost\b{_SET_AFTER}"
    r"|\b(?:the|a) majority\b|\b(?:nearly|almost|not) all\b|\bmostly\b|\bhalf\b"
    r"|\ba (?:third|quarter|minority)\b"
    rf"|(?<!\bhow )\b(?:many|several|a few|few|some)\b{_SET_AFTER}"
    rf"|(?<![\d,.])\b{_NUMBER}\s+(?:out\s+)?of\s+(?:the\s+)?(?:{_NUMBER}|these|those|them)\b",
    re.I,
)
_NOT_A_SET = re.compile(r"\bsome\s+(?:evidence|extent|degree|way|time|support|indication)", re.I)
# A smaller count in a paper's sentence: "in the three trials assessing", "six tested".
_SMALLER = re.compile(rf"(?<![\d.,])\b(?P<k>{_NUMBER})\b(?!\s*(?:%|\.\d|,\d))", re.I)
_UNIT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:mg|g|kg|ml|µg|mcg|weeks?|days?|months?|years?|hours?|minutes?|times|"
    r"doses?|points?|units?|cm|mm)\b",
    re.I,
)
# Where a paper's clause ends, after its part word.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|and|while|whereas|although|though|however)\b", re.I)


def _value(word: str) -> int:
    return _COUNT_WORDS.get(word.lower(), -1) if not word.isdigit() else int(word)


def _smaller_count(text: str, n: int, rest: str, *, with_n: bool) -> str | None:
    """A count in `text` smaller than `n` that is no measure (weeks, doses, mg), in a clause
    that holds some of `rest`: a count of studies ("the three trials"), or any count when
    `with_n` (the sentence counts `n` too)."""
    for found in _SMALLER.finditer(text):
        k = _value(found.group("k"))
        if not 0 < k < n or _UNIT_AFTER.match(text, found.end()):
            continue
        if not with_n and not re.match(
            rf"\s+(?:[\w-]+\s+)?{_STUDIES}\b", text[found.end() :], re.I
        ):
            continue
        if _shares(_clause_around(text, found.start(), found.end()), rest):
            return found.group(0)
    return None


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of `text` that holds start..end."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _shares(clause: str, rest: str, *, both_ways: bool = False) -> bool:
    """Whether `clause` holds at least a quarter of the content words of `rest` (the words for
    studies and people aside): the same statement, not one that shares a word ("units"). With
    `both_ways`, `rest` must also hold a quarter of the clause's."""
    mine = content_stems(rest) - _STUDY_STEMS
    theirs = content_stems(clause) - _STUDY_STEMS
    shared = len(theirs & mine)
    if not mine or shared < SAME_CLAUSE * len(mine):
        return False
    return not both_ways or shared >= SAME_BACK * len(theirs)


def _counts(text: str, n: int) -> bool:
    return any(_value(m.group("k")) == n for m in _SMALLER.finditer(text))


def _holders(source: Source, sentence: str, at_least: float) -> list[int]:
    return [i for i, share in overlaps(source, sentence).items() if share >= at_least]


def _part_of(rest: str, paper: str) -> str | None:
    """The part word of `paper` whose clause holds some of `rest` (the summary sentence without
    its whole), if any."""
    plain = without_parentheses(paper)
    for found in caseless.finditer(_PART, plain):
        if _NOT_A_SET.match(plain, found.start()):
            continue
        end = _CLAUSE_END.search(plain, found.end())
        if _shares(plain[found.start() : end.start() if end else len(plain)], rest, both_ways=True):
            return found.group(0)
    return None


_STUDY_STEMS = frozenset(
    stem(w)
    for w in "study studies trial trials people patients participants review included".split()
)


def _fewer_than_all(source: Source, text: str, all_n: re.Match[str]) -> tuple[str, str] | None:
    """For "all N trials": the smaller count the paper gives the result in the sentence that
    holds it best ("in the three trials assessing this outcome"), if it gives one there; a
    sentence that counts the N trials doing it ("Five trials compared ...") holds it whole."""
    n = _value(all_n.group("n"))
    rest = f"{text[: all_n.start()]} {text[all_n.end() :]}"
    shares = overlaps(source, rest, numbers=False)
    if not shares:
        return None
    best = max(shares.values())
    if best < HELD:
        return None
    sentences = split_source(source)
    for i in sorted(i for i, share in shares.items() if share >= best - 0.05):
        plain = without_parentheses(sentences[i].text)
        smaller = _smaller_count(plain, n, rest, with_n=_counts(plain, n))
        if smaller is not None:
            return smaller, sentences[i].text
    return None


def share_widened(source: Source, link: EvidenceLink) -> list[Finding]:
    """An error on a summary sentence that says of all what its best source sentences say of a
    part, when no paper sentence that holds it says it of all."""
    text = link.text
    whole = caseless.search(_WHOLE, text)
    if whole is None or not link.source_sentences or conditional(text):
        return []
    if _DENIED_BEFORE.search(text, 0, whole.start()) or caseless.search(_PART, text):
        return []  # "not all of the people", "across all the studies, most of the women"
    if _SPREAD.search(text):
        return []  # "Numbers in each trial ranged from 4 to 317": a spread, not a share
    rest = f"{text[: whole.start()]} {text[whole.end() :]}"
    sentences = split_source(source)
    holders = _holders(source, rest, HELD)
    if any(caseless.search(_PAPER_WHOLE, sentences[i].text) for i in holders):
        return []
    said = None
    for i in (i for i in link.source_sentences if i in holders):
        part = _part_of(rest, sentences[i].text)
        if part is not None and not caseless.search(_PAPER_WHOLE, sentences[i].text):
            said = (part, sentences[i].text)
            break
    all_n = caseless.search(_ALL_N, text)
    if said is None and all_n is not None:
        said = _fewer_than_all(source, text, all_n)
    if said is None:
        return []
    part, paper = said
    return [
        link_finding(
            link,
            f"Not supported by the source: {text!r} says '{whole.group(0).strip()}', but the "
            f"paper says it of a part ('{part}'): {one_line(paper)!r}.",
            "Say it of the part the paper names (most, some, how many), not of all.",
        )
    ]
