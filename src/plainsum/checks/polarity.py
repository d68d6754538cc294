"""Polarity: the directions a sentence states (up, down, better, worse, an effect, no
difference), each with the content words it is about, read clause by clause with its
negations ("did not reduce"), comparison groups ("than those with lower levels") and purposes
("a strategy to improve") set aside. Plain ways of saying no difference count ("were the same
in both groups", "about as common", "grew just as well"), and so does an elliptical denial
("reduces infections but not mortality": no difference in mortality). The contradiction check
compares these claims."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..evidence import content_words, stem
from .negation import (
    CLAUSE,
    CONDITIONAL,
    NEGATOR,
    denied_after,
    negated_in_clause,
    only_hedged,
    without_parentheses,
)
from .polarity_words import DIRECTION, NOT_DIRECTION, OPPOSITE, POLARITY_STEMS, TURNED, weighed
from .taken_away import agent, taken_away_before, what_is_taken

__all__ = [
    "CONDITIONAL",
    "NEGATOR",
    "OPPOSITE",
    "REACH_BEFORE",
    "TURNED",
    "Claim",
    "claims_in",
    "negated_in_clause",
    "only_hedged",
    "weighed",
    "without_parentheses",
]

# "... than those with lower levels": a direction word that describes the comparison group;
# "kept it from getting worse": the direction is the verb's, not this word's.
_COMPARISON_GROUP = re.compile(
    r"\bthan\s+(?:\w+\s+){0,3}$|\b(?:from|against)\s+(?:getting\s+|becoming\s+)?$", re.I
)
# "... whose disability got worse", "stop X getting worse": an outcome another direction word
# (the verb before it) is about.
_BECOMING_BEFORE = re.compile(
    r"\b(?:got|gets|get|getting|became|become|becomes|becoming|grew|grow|growing)\s+$", re.I
)
_OUTCOME_REACH = 60
# "more slowly", "less often": the adverb carries the direction.
_ADVERB_AFTER = re.compile(
    r"\s+(?!(?:likely|unlikely|early|only|daily|weekly|monthly|yearly|family|elderly)\b)\w+ly\b",
    re.I,
)
# "higher in the placebo group": a direction said of the comparison arm is the treatment's
# turned round.
_IN_CONTROL_ARM = re.compile(
    r"\s+(?:(?:common|frequent|likely|often|severe)\s+)?(?:in|among|with|for)\s+"
    r"(?:the\s+)?(?:placebo|control|comparator|"
    r"untreated|sham|usual[- ]care)\b",
    re.I,
)
# "People who had usual care reported less pain than those who meditated": the comparison arm
# is the subject and the treatment follows "than", so the direction is the treatment's turned
# round (not "compared with placebo, ...", where the arm is what the treatment is set against).
_CONTROL_ARM = re.compile(
    r"(?<!compared with )(?<!compared to )(?<!versus )(?<!than )(?<!against )(?<!vs )"
    r"\b(?:(?:the\s+)?(?:placebo|control|comparison|sham|dummy|waiting[- ]list|wait[- ]list)"
    r"(?:\s+(?:group|arm|pill|treatment|capsules?|tablets?))?|usual[- ]care|no treatment)\b",
    re.I,
)
_THAN_AFTER = re.compile(r"[^,;:.]*?\bthan\b", re.I)


def _control_arm_first(sentence: str, m: re.Match[str]) -> bool:
    """Whether the direction word `m` is said of the comparison arm, named as the subject of
    its clause, against a group named after "than"."""
    clause = CLAUSE.split(sentence[: m.start()])[-1]
    return bool(_CONTROL_ARM.search(clause)) and bool(_THAN_AFTER.match(sentence, m.end()))


# Verbs of change count only as verbs ("did not change"), not as nouns ("a change in").
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:not|n't|did|does|do|to|can|could|may|might|will|would|never|also|\w+ly)\s+$", re.I
)
# How far (in content words) a direction word reaches for the thing it is about.
REACH_BEFORE = 2
_REACH_AFTER = 5
_PREDICATE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|became|become|got|get|gets|remained|stayed|seemed)"
    r"(?:\s+(?:\w+ly|much|far|a bit|a little|slightly|no|not))*\s*$",
    re.I,
)
_PREPOSITION_AFTER = re.compile(
    r"\s*(?:$|[.,;:]|(?:over|in|during|after|at|by|with|from|among|for|between|across|within|"
    r"when|while|compared|than|on|as|overall)\b)",
    re.I,
)
_AFTER_CLAUSE = re.compile(
    r"[,;:()]|\b(?:but|whereas|while|although|though|however|than)\b"
    r"|\b(?:and|or)\s+(?=(?:\w+ed|was|were|is|are|had|has|have|did|does|do|not|no|they|it|we|he|"
    r"she|this|these|those|there|showed?|found|made|led|fell|rose|took)\b)",
    re.I,
)
# "no effect on relapses", "no difference in fatigue": a null said of the noun after it.
_NULL_NOUN = re.compile(
    r"(?:differences?|effects?|changes?|benefits?|improvements?|link|association|impact|"
    r"reductions?|increases?|decreases?)$",
    re.I,
)
# "better at recalling words", "slower at walking": a direction said of a skill.
_SKILL_AFTER = re.compile(r"\s+at\s+(\w+ing)\b", re.I)
_THAN_NORMAL = re.compile(r"\s+than\s+(?:normal|usual|expected|average|typical)\b", re.I)
# "less likely to relapse": the direction is the likelihood of what follows.
_LIKELY_AFTER = re.compile(r"\s+(?:likely|unlikely|often|frequently|common)\s+to\b", re.I)
_OBJECT_PREPOSITION = re.compile(r"\s*(?:on|in|of|for|to|with|between)\b", re.I)


@dataclass(frozen=True)
class Claim:
    """A direction word and the stems of the words it is about (in its clause)."""

    polarity: str
    about: dict[str, float]  # stem -> weight
    # the names its words stand for (an abbreviation's long form, a term's plain phrase), each
    # as stem -> weight: shared only when another claim names most of one
    stands_for: tuple[dict[str, float], ...] = ()
    # the content word written right before each word ("magnetic" before "stimulation")
    modifiers: dict[str, str] = field(default_factory=dict)
    # said of taking something away ("blocking TWEAK slowed cyst growth"): not comparable with
    # a claim about the thing itself ("TWEAK increased cyst growth")
    inverted: bool = False
    # the words of `about` as written ("shrinking", "brain"), for looking them up again
    words: tuple[str, ...] = ()
    said: str = ""  # the direction word as written ("slowed")
    said_at: int = 0  # where it starts in the sentence
    # what is taken away, when `inverted` ("GRP94" in "blocking GRP94 slowed ..."), and the
    # words before the direction word in its clause, its agent ("inflammasome activation" in
    # "inflammasome activation worsened disease"): a claim about taking a thing away is read
    # against one about the thing itself when the one's taken thing is the other's agent
    taken: dict[str, float] = field(default_factory=dict)
    agent: dict[str, float] = field(default_factory=dict)
    # the direction a negation denies ("did not increase": up), for a "null" claim made so:
    # it agrees with the opposite direction ("did not increase" is true of a reduction)
    denied: str = ""


def claims_in(sentence: str, expand: Callable[[str], list[list[str]]] | None = None) -> list[Claim]:
    """The directions a sentence states, each with the content stems it is about; `expand`
    gives the names a piece of text stands for, one list of words each (a source's
    abbreviations and glossary terms)."""
    return list(_claims(sentence, expand))


# A source sentence is read against every summary sentence near it, and a summary sentence by
# several checks: each is worked out once (`expand` is one function per source, or None).
@lru_cache(maxsize=4096)
def _claims(sentence: str, expand: Callable[[str], list[list[str]]] | None) -> tuple[Claim, ...]:
    out = []
    sentence = without_parentheses(sentence)
    matches = _directions(sentence)
    for n, m in enumerate(matches):
        polarity = m.lastgroup or ""
        denied = ""
        if polarity != "null" and (
            negated_in_clause(sentence, m.start()) or denied_after(sentence, m.end())
        ):
            polarity, denied = "null", polarity
        elif polarity in TURNED and (
            _IN_CONTROL_ARM.match(sentence, m.end()) or _control_arm_first(sentence, m)
        ):
            polarity = TURNED[polarity]
        # What it is about: its subject when it is said of one ("relapses were reduced",
        # "fatigue increased over time"), else the words after it, up to the next direction
        # word ("had fewer relapses", "lower vitamin D levels").
        start = matches[n - 1].end() if n else 0
        before = CLAUSE.split(sentence[max(start, m.start() - 80) : m.start()])[-1]
        end = matches[n + 1].start() if n + 1 < len(matches) else len(sentence)
        after = _AFTER_CLAUSE.split(sentence[m.end() : min(end, m.end() + 100)])[0]
        norm = _THAN_NORMAL.match(sentence, m.end())
        if norm:  # "higher than normal blood sugar": said of what follows
            after = _AFTER_CLAUSE.split(sentence[norm.end() : min(end, norm.end() + 100)])[0]
        skill = _SKILL_AFTER.match(sentence, m.end())
        if skill and DIRECTION.fullmatch(skill.group(1)):
            # "no better at improving blood flow": said of what the skill acts on
            after = _AFTER_CLAUSE.split(sentence[skill.end() : min(end, skill.end() + 100)])[0]
        elif skill:  # "worse at recalling words": said of the skill, not of who had it
            after = skill.group(1)  # the skill itself: "recalling", whatever is recalled
        said_of_subject = (
            _PREDICATE_BEFORE.search(before) or _PREPOSITION_AFTER.match(sentence, m.end())
        ) and not (_LIKELY_AFTER.match(sentence, m.end()) or norm or skill)
        words = content_words(after)[:_REACH_AFTER]
        window = after
        if said_of_subject or not words:
            subject = _PREDICATE_BEFORE.sub("", before)
            if content_words(subject):
                if _NULL_NOUN.search(m.group(0)) and _OBJECT_PREPOSITION.match(after):
                    window = subject + " " + after  # "X had no effect on Y": both
                    words = content_words(subject)[-REACH_BEFORE:] + words
                else:
                    words, window = content_words(subject)[-REACH_BEFORE:], subject
        own = {stem(w) for w in content_words(m.group(0))} | POLARITY_STEMS
        about = {k: v for k, v in weighed(words).items() if k not in own}
        implied = _IMPLIED.get(m.group(0).lower())
        if about and implied:  # "walking got faster" is about walking speed
            about.update(weighed([implied]))
        names = []
        for group in expand(window) if expand is not None else []:
            name = {k: v for k, v in weighed(group).items() if k not in own and k not in about}
            if name:
                names.append(name)
        if about or names:
            # "Blocking X slowed A and helped B": both are said of taking X away
            clause = CLAUSE.split(sentence[: m.start()])[-1]
            taken = taken_away_before(sentence, m.start(), clause)
            inverted = bool(taken)
            written = tuple(w for w in words if stem(w) in about)
            out.append(
                Claim(
                    polarity,
                    about,
                    tuple(names),
                    _modifiers(window),
                    inverted,
                    written,
                    m.group(0),
                    m.start(),
                    what_is_taken(taken) if taken else {},
                    agent(clause, own),
                    denied,
                )
            )
    return tuple(out) + _but_not(sentence, matches)


# "reduces respiratory infections but not mortality": no difference in what follows.
_BUT_NOT = re.compile(
    r"\bbut not (?!(?:as|so|yet|always|all|only|every|necessarily|significantly|statistically|"
    r"enough|to|by|much|many|more|less|clearly|in all|for all)\b)"
    r"(?:in |on |for |with |of )?(?P<what>[^,;:.()]{3,80})",
    re.I,
)


def _but_not(sentence: str, matches: list[re.Match[str]]) -> tuple[Claim, ...]:
    """The "no difference" claims of elliptical denials after a direction ("X reduced A but not
    B": B did not differ)."""
    out = []
    for found in _BUT_NOT.finditer(sentence):
        before = [m for m in matches if m.end() <= found.start()]
        if not before or (before[-1].lastgroup or "") == "null":
            continue
        words = content_words(found.group("what"))[:_REACH_AFTER]
        about = {k: v for k, v in weighed(words).items() if k not in POLARITY_STEMS}
        if about:
            said = before[-1].lastgroup or ""
            out.append(
                Claim(
                    "null",
                    about,
                    words=tuple(words),
                    said=found.group(0),
                    denied=said,
                    said_at=found.start(),
                )
            )
    return tuple(out)


# What a direction word says changed, when it says it itself: "faster" is a speed.
_IMPLIED = {w: "speed" for w in "faster quicker slower sooner".split()}
_WORD_OR_MARK = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")


def _modifiers(text: str) -> dict[str, str]:
    """Stem -> the stem of the content word written right before it, with nothing between
    ("magnetic stimulation": stimul -> magnet); a function word or a mark breaks the chain."""
    out: dict[str, str] = {}
    previous = None
    for token in _WORD_OR_MARK.findall(text):
        words = content_words(token) if token[0].isalpha() else []
        if not words:
            previous = None
            continue
        for word in words:
            key = stem(word)
            if previous:
                out.setdefault(key, previous)
            previous = key
    return out


# "benefits and harms", "better or worse", "increase or decrease": a pair of opposite
# directions names what was weighed, and states neither.
_OR_AND = re.compile(r"\s+(?:and|or|and/or)\s+", re.I)
# "a strategy to improve", "designed to reduce", "to better understand": a purpose or a manner,
# not a result.
_PURPOSE_BEFORE = re.compile(
    r"\b(?:strateg(?:y|ies)|ways?|approach(?:es)?|designed|intended|aims?|aimed|aiming|goals?|"
    r"attempts?|efforts?|undertaken|meant|in order)\s+to\s+$",
    re.I,
)
_TO_BETTER = re.compile(r"\bto\s+$", re.I)


def _pair_of_opposites(sentence: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether direction words `a` and `b` (in this order) are opposites joined by and/or."""
    between = sentence[a.end() : b.start()]
    return bool(_OR_AND.fullmatch(between)) and (b.lastgroup or "") in OPPOSITE.get(
        a.lastgroup or "", set()
    )


# A direction word right after a negated one, as its object: "not linked with reduced
# worsening disability", "did not slow the decline": the second names what the first acts on,
# and the pair says no difference. (Unnegated, "increased the reduction" is the reduction's
# claim too, so both stay.)
# "no better at improving blood flow", "no more effective in reducing pain": the -ing word is
# what the denied comparison is about.
_OBJECT_OF_DIRECTION = re.compile(r"\s+(?:(?:at|in|for)\s+)?(?:(?:the|a|an|any|further)\s+)?", re.I)
_DIRECTION_NOUNS = frozenset("decline loss increase decrease reduction rise fall drop".split())


_COUNT_BOUND_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty))\s+or\s+$", re.I
)


def _directions(sentence: str) -> list[re.Match[str]]:
    """The direction words of `sentence` that state a direction of their own."""
    found = list(DIRECTION.finditer(sentence))
    out = []
    for n, m in enumerate(found):
        polarity = m.lastgroup or ""
        if NOT_DIRECTION.match(sentence, m.end()):
            continue
        if sentence[m.end() : m.end() + 1] == "-":
            continue  # part of a name: "the cut-down group", "lower-dose tablets"
        if _COUNT_BOUND_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()]):
            continue  # "two or more drugs", "5 or fewer relapses": a count's bound
        if (n + 1 < len(found) and _pair_of_opposites(sentence, m, found[n + 1])) or (
            n and _pair_of_opposites(sentence, found[n - 1], m)
        ):
            continue  # "the benefits and harms of the drug"
        before = sentence[max(0, m.start() - 30) : m.start()]
        if _PURPOSE_BEFORE.search(before) or (
            m.group(0).lower() == "better" and _TO_BETTER.search(before)
        ):
            continue  # "a strategy to improve", "to better understand"
        if (
            polarity in ("up", "down")
            and m.group(0).lower() in ("more", "less")
            and (_ADVERB_AFTER.match(sentence, m.end()))
        ):
            continue  # "more slowly": the adverb carries it
        if _COMPARISON_GROUP.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue
        if (
            polarity in ("better", "worse")
            and n
            and m.start() - found[n - 1].end() < _OUTCOME_REACH
            and _BECOMING_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()])
        ):
            continue  # "did not stop disability getting worse": the verb before carries it
        if (
            n
            and _OBJECT_OF_DIRECTION.fullmatch(sentence[found[n - 1].end() : m.start()])
            and (m.group(0).lower().endswith("ing") or m.group(0).lower() in _DIRECTION_NOUNS)
            and (
                found[n - 1].lastgroup == "null"
                or negated_in_clause(sentence, found[n - 1].start())
            )
        ):
            continue  # "not linked with reduced worsening disability": no claim of its own
        if (
            polarity == "effect"
            and " " not in m.group(0)  # "a significant effect on": found, as a noun
            and not m.group(0).lower().endswith("ed")
            and not _AUXILIARY_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()])
        ):
            continue
        out.append(m)
    return out
