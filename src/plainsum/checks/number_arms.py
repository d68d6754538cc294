"""Number arms: a number said of one arm of a study where the paper gives it for the other.

"In the training group, 27 people fell" where the paper's 27 fell in the usual care group,
"About 68% of people who trained fell" where 68% is the comparison arm's share: the number is
the paper's, the group it belongs to is not. A number's arm is the arm named nearest to it in
its clause ("the training group", "on placebo", "people who trained", "balance training
(n = 44)"): before it, or just after it ("27 of 40 in the usual care group"). Arms are compared
by the stems of their words ("trained" is "training"; "dummy pill" is "placebo").

A number is misattributed when the summary names its arm, every mention of it in the paper
names one, none of them the summary's, and the summary's arm is one the paper has. Lengths of
time are left out: both arms often share them ("10 weeks of training or of usual care").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..evidence import content_words, split_source, stem
from ..ingest import Source
from .faithfulness import number_mentions

# the words of an arm that do not tell arms apart
_GENERIC = frozenset(
    stem(w)
    for w in """group groups arm arms people patients participants adults children women men
    mice rats animals those subjects volunteers cohort each both study trial treatment
    experimental intervention randomly assigned allocated""".split()
)
# numbers and words of quantity: "the two groups", "three treatment groups" name no one arm
_NO_ARM = re.compile(
    r"\b(?:one|two|three|four|five|six|all|both|each|either|other|these|those|separate)\b|\d",
    re.I,
)
# "people who developed an infection", "those who dropped out": what happened to people, not
# what they were given
_NOT_ARM_VERBS = frozenset(
    """developed reported experienced needed showed died responded completed dropped stopped
    continued remained improved worsened relapsed failed agreed participated enrolled consented
    returned finished declined refused recovered survived fell increased decreased reduced
    changed scored achieved required presented involved included recruited randomised
    randomized assigned allocated treated studied followed""".split()
)
# "people who received the drug": the arm is what they received, not the verb
_GENERIC_VERBS = r"received|took|got|had|were\s+given|was\s+given|used|underwent|started|completed"
# lay words for the comparison arm's treatment
_ALIASES = {stem(w): stem("placebo") for w in ("dummy", "fake", "sham", "inactive")}
_ARMS = (
    # "the training group", "the usual care arm" (not "groups": several arms)
    re.compile(r"\b(?P<arm>(?:[A-Za-z][\w-]*\s+){1,3}?)(?:group|arm)\b", re.I),
    # "on placebo", "had usual care", "in usual care", "given a dummy pill"
    re.compile(
        r"\b(?:on|given|receiving|received|taking|took|had|got|to|with|in)\s+(?:the\s+|a\s+)?"
        r"(?P<arm>placebo|usual\s+care|standard\s+care|dummy\s+\w+|fake\s+\w+|sham(?:\s+\w+)?|"
        r"no\s+treatment|(?:a\s+)?wait(?:ing)?[\s-]+list)\b",
        re.I,
    ),
    # "people who trained", "those who took the drug", "women who received amnioinfusion"
    re.compile(
        rf"\b(?:who|that)\s+(?:(?:{_GENERIC_VERBS})\s+(?:the\s+|a\s+|an\s+)?"
        r"(?P<arm>[\w-]+(?:\s+[\w-]+)?)|(?P<verb>\w+ed))\b",
        re.I,
    ),
    # "balance training (n = 44)"
    re.compile(r"\b(?P<arm>(?:[A-Za-z][\w-]*\s+){1,2})\(\s*n\s*=", re.I),
)
# where a clause ends: each side of a comparison is its own clause
_CLAUSE_END = re.compile(
    r";|\s+(?:and|but|whereas|while|versus|vs\.?|or|than)\s+|,?\s+compared\s+(?:with|to)\s+",
    re.I,
)
AFTER_REACH = 40  # an arm named after a number this near is its arm ("27 of 40 in the X group")
_DURATION = re.compile(
    r"\s*(?:-|\s)?(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|sessions?)\b", re.I
)

# a number that opens a list or an aside: the counts of the groups of a whole before it
_LISTED_NUMBER = re.compile(r"[(,;:]\s*\d[\d.,]*+(?!\s*%)")  # a count, not "(68%)"
# a number and the arm it is in: "40 in usual care", "27 of 40 (68%) in the usual care group"
_SAID_IN = re.compile(
    r"\s*(?:(?:of|out\s+of)\s+\d[\d,]*\s*)?(?:\(\s*[\d.]+\s*%\s*\)\s*)?"
    r"(?:[A-Za-z]+\s+){0,2}?(?:in|on|among|given|receiving|taking)\b",
    re.I,
)
_PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)", re.I)
# a pair of figures set against each other, each maybe a count of a total: "(30 of 120 versus
# 52 of 120", ", 25% against 43%"
_FIG = r"\d[\d,]*(?:\.\d+)?"
_PAIR_AFTER = re.compile(
    rf"[(,:]\s*(?P<a>{_FIG})\s*%?(?:\s*(?:out\s+of|of|/)\s*{_FIG})?\s*%?\s*"
    r"(?:[a-z]+\s+){0,2}?(?:versus|vs\.?|against|compared\s+(?:with|to))\s+"
    rf"(?P<b>{_FIG})",
    re.I,
)
_THAN = re.compile(r"\bthan\b", re.I)
_PAIR_BREAK = re.compile(r"[;.]|\b(?:and|but|while|whereas)\b", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+)?[-−]?$", re.I)

Arm = frozenset[str]
Named = tuple[int, int, Arm, str]  # start, end, the arm's stems, its words as written


def _arm_words(text: str) -> Arm:
    stems = {stem(w) for w in content_words(text)} - _GENERIC
    return frozenset(_ALIASES.get(s, s) for s in stems)


@lru_cache(maxsize=4096)
def _arms_in(text: str) -> tuple[Named, ...]:
    """Each arm named in `text`, in order."""
    out = []
    for pattern in _ARMS:
        for m in caseless.finditer(pattern, text):
            words = m.group("arm") or m.groupdict().get("verb") or ""
            if (
                _NO_ARM.search(words)
                or re.fullmatch(_GENERIC_VERBS, words.strip(), re.I)
                or words.lower() in _NOT_ARM_VERBS
            ):
                continue
            arm = _arm_words(words)
            if arm:
                out.append((m.start(), m.end(), arm, " ".join(m.group(0).split())))
    kept: list[Named] = []
    for named in sorted(out):  # of two that overlap, the longer ("in the usual care group")
        if kept and named[0] < kept[-1][1]:
            if named[1] - named[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = named
            continue
        kept.append(named)
    return tuple(kept)


def _clause(text: str, at: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in _CLAUSE_END.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def _paired_arm(text: str, start: int) -> Named | None:
    """The arm of a figure of a pair set after a comparison of two arms, in their order:
    "Fewer fell in the X group than in the Y group (30 of 120 versus 52 of 120)": 30 is X's,
    52 is Y's (the clause break at "than" and "versus" would give 30 to Y)."""
    for pair in _PAIR_AFTER.finditer(text):
        if start not in (pair.start("a"), pair.start("b")):
            continue
        arms = [a for a in _arms_in(text) if a[1] <= pair.start()]
        if len(arms) >= 2 and _THAN.search(text, arms[-2][1], arms[-1][0]):
            if not _PAIR_BREAK.search(text, arms[-1][1], pair.start()):
                return arms[-2] if start == pair.start("a") else arms[-1]
    return None


def arm_of(text: str, start: int, end: int) -> Named | None:
    """The arm the number at `start`..`end` of `text` belongs to: the one it is said to be in
    right after it ("40 in usual care", "27 of 40 (68%) in the usual care group"), else the
    nearest named before it in its clause, else one named just after it with no group's count
    listed between; None when its clause names none. A pair of figures after a comparison of
    two arms ("than in the Y group (30 versus 52)") follows the arms' order."""
    paired = _paired_arm(text, start)
    if paired:
        return paired
    first, last = _clause(text, start)
    arms = [a for a in _arms_in(text) if a[0] >= first and a[1] <= last]
    after = [a for a in arms if a[0] >= end and a[0] - end <= AFTER_REACH]
    if after and _LISTED_NUMBER.search(text[end : after[0][0]]):
        after = []  # a number listed in between is the arm's ("439 children (249 in the X")
    if after and _SAID_IN.match(text[end : after[0][1]]):
        return after[0]
    before = [a for a in arms if a[1] <= start]
    if before:
        return before[-1]
    return after[0] if after else None


@lru_cache(maxsize=256)
def _source_arms(source: Source) -> tuple[frozenset[Arm], dict[str, list[Named | None]]]:
    """Every arm the paper names, and for each number value the arm of each of its mentions."""
    named: set[Arm] = set()
    by_value: dict[str, list[Named | None]] = {}
    for s in split_source(source):
        named.update(a[2] for a in _arms_in(s.text))
        for value, offset, written in number_mentions(s.text):
            by_value.setdefault(value, []).append(arm_of(s.text, offset, offset + len(written)))
    return frozenset(named), by_value


def other_arm_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, the summary's arm, the paper's arm) for each number the summary gives for one
    arm where the paper gives it only for another."""
    out = []
    for value, offset, written in number_mentions(sentence):
        end = offset + len(written)
        if (
            _DURATION.match(sentence, end)
            or ("." in value and not _PERCENT.match(sentence, end))
            or _BY_BEFORE.search(sentence[max(0, offset - 12) : offset])
        ):
            continue  # a length of time, or an effect's size: the comparison's, not an arm's
        ours = arm_of(sentence, offset, end)
        if not ours:
            continue  # the paper's arms are read only for a number the summary gives an arm
        named, by_value = _source_arms(source)
        theirs = by_value.get(value, [])
        if (
            not theirs
            or any(t is None or t[2] & ours[2] for t in theirs)
            or not any(ours[2] & arm for arm in named)
        ):
            continue
        first = theirs[0]
        assert first is not None
        out.append((written, ours[3], first[3]))
    return out
