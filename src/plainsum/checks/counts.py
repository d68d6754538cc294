"""Counts: what each number in a sentence counts, and whether it is a whole or a part.

A small noun-head matcher reads "N <noun>" pairs ("300 procedures", "24 female mice", "120
people with MS") and the frame around a number: a part of a whole ("8 of 11", "18,515
(68.6%)", "of whom 40", "464 were randomised to the vitamin D group", "between 10 and 115"),
or a whole ("included 300 people", "five trials with 933 people", "a total of 40").

plainsum.checks.counts_misplaced finds the numbers a summary ties to something else than the
source does, on these counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..evidence_words import stem
from ..memo import SIZE
from .faithfulness import number_mentions
from .review_steps import elided_study_noun, review_stage

__all__ = [
    "Count",
    "counted",
    "counts_in",
    "noun_class",
    "unit_of",
]

NUMBER_NOUN_WINDOW = 4  # words after a number searched for the noun it counts
ADJECTIVES_BEFORE_NOUN = 1  # "1777 potential studies": one unknown word may come first

PEOPLE_NOUNS = frozenset(
    """people person patients patient participants participant adults adult women woman men man
    children child subjects subject individuals individual volunteers volunteer persons
    respondents cases controls infants babies girls boys veterans residents users smokers
    pwms females female males male neonates neonate newborns newborn teenagers teenager
    toddlers toddler""".split()
)
# People counted in another role than the people studied: a count of carers is no count of
# patients.
CARER_NOUNS = frozenset(
    """carers carer caregivers caregiver parents parent mothers mother fathers father relatives
    relative spouses spouse partners families family""".split()
)
ANIMAL_NOUNS = frozenset("mice mouse rats rat animals animal rodents monkeys dogs pigs".split())
STUDY_NOUNS = frozenset(
    "studies study trials trial rcts rct reviews papers articles reports cohorts".split()
)
_CLASSES = (PEOPLE_NOUNS, CARER_NOUNS, ANIMAL_NOUNS, STUDY_NOUNS)
# Counts of the publications that report studies, not of other studies.
_SKIP_BEFORE_NOUN = frozenset(
    """with of who had were was and or in the a an adult older younger new eligible consecutive
    randomised randomized included enrolled healthy more than over under about nearly almost
    approximately total ms relapsing remitting progressive secondary primary""".split()
)
# A number that is the subject of its clause, its noun left out: a verb that could be a
# participle ("120 included patients") followed by what only a verb takes ("included only
# children", "enrolled both sexes", "were all women").
_SUBJECT_OF_VERB = re.compile(
    r"\s*(?:included|enrolled|recruited|involved|studied|tested|used|compared|looked at|"
    r"had|were|was)\s+(?:only|just|solely|mainly|mostly|largely|no|all|both|the|a|an|some|"
    r"either|neither)\b",
    re.I,
)
# "Of the nine included studies, seven included ...", "Of 461 references, we selected 70":
# the number counts the whole's noun, left out after it
_OF_WHOLE_BEFORE = re.compile(
    r"\b[Oo]f\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:[\d,]+\s+|[a-z]+\s+){0,3}?"
    r"([a-z]+[^s\W]s|children|people|women|men|mice)\s*,\s*(?P<object>we\s+(?:\w+\s+)?\w+ed\s+)?$"
)
_VERB_AFTER = re.compile(r"\s*(?:\w+ed|had|were|was|used|met|showed|found|took)\b|\s*[:;.]", re.I)
# Words after a number that do not say what it counts: the number may count anything.
UNCLEAR = frozenset("percent per cent to and or vs versus out of in at from for by on".split())
STUDY_UNIT = "class:" + min(STUDY_NOUNS)
_TIME_UNITS = frozenset(
    "hours hour days day weeks week months month years year minutes minute".split()
)
_TOKENS = re.compile(r"[A-Za-z][A-Za-z'-]*")
_N_EQUALS_BEFORE = re.compile(r"\bn\s*=\s*$", re.I)
_PERCENT = re.compile(r"\s*(?:%|per ?cent\b|percent\b)", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|all|its|their|our)\s+$", re.I)
# "one"/"two" are left out of number_mentions (they are everyday words); before a counted noun
# they are counts ("two trials", "one study").
_SMALL = re.compile(r"\b(one|two)\s+(\w+)(?:\s+(\w+))?", re.I)


def noun_class(word: str) -> frozenset[str] | None:
    """The kind of thing a counted noun is (people, carers, animals, studies), if known."""
    for group in _CLASSES:
        if word in group:
            return group
    return None


def _is_plural_noun(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and word not in UNCLEAR
    )


# a bracketed aside in words right after a number, with words after it ("447 (with sample sizes
# 14 and 432) women"); not a range or share ("90 (70 to 117) patients"), read as before
_ASIDE_AFTER = re.compile(r"\s*\(\s*[A-Za-z][^()]{0,80}\)(?=\s+[A-Za-z])")
# a digit (what a number's words run up to), and a word or bracket opening what follows it
_DIGIT = re.compile(r"\d")
_WORD_NEXT = re.compile(r"\s*[A-Za-z(]")


def counted_in_whole(
    text: str, end: int, start: int, modifiers: int = ADJECTIVES_BEFORE_NOUN
) -> str | None:
    """What a number counts when it is a part of a whole named before it, its noun left out
    and a verb after it ("Of the nine included studies, seven included patients": studies;
    "Of the 461 identified references, we selected 70": references), else what `counted`
    reads after it."""
    whole = _OF_WHOLE_BEFORE.search(text[max(0, start - 80) : start])
    after = _DIGIT.split(text[end : end + 80], maxsplit=1)[0]
    if whole and (whole.group("object") or _VERB_AFTER.match(after)):
        return whole.group(1).lower()
    return counted(text, end, start, modifiers)


# the number checks of every summary sentence ask about the same source numbers: each is read
# once (54 asks a paper, 22 of them new; `unit_of` 44 and 20)
@lru_cache(maxsize=SIZE)
def counted(
    text: str, end: int, start: int | None = None, modifiers: int = ADJECTIVES_BEFORE_NOUN
) -> str | None:
    """The plural noun a number ending at `end` counts, when one follows it closely ("300
    procedures", "24 female mice", "120 people with MS", "the 461 identified references");
    None when what follows does not say. `start` (where the number begins) lets a participle
    count as an adjective after a determiner ("the 461 identified references", not "30
    developed lesions"). `modifiers` is how many unknown words may stand before the noun (two
    read a compound: "300 nerve block procedures")."""
    aside = _ASIDE_AFTER.match(text, end)
    if aside:  # "447 (with sample sizes 14 and 432) RhD negative women": what follows the aside
        return counted(text, aside.end(), None, modifiers)
    after = _DIGIT.split(text[end : end + 80], maxsplit=1)[0]  # up to the next number
    if not _WORD_NEXT.match(after):
        return None  # "300)", "40%", "12.5 mg": not a count of things
    if _SUBJECT_OF_VERB.match(after):
        return None  # "three included only children": three (trials) did the including
    in_noun_phrase = start is not None and bool(
        _DETERMINER_BEFORE.search(text[max(0, start - 12) : start])
    )
    words = _TOKENS.findall(after)[:NUMBER_NOUN_WINDOW]
    unknown = 0
    for word in words:
        w = word.lower()
        if noun_class(w) or _is_plural_noun(w):
            return w
        if w not in _SKIP_BEFORE_NOUN:
            unknown += 1
            participle = w.endswith("ed") and "-" not in w and not in_noun_phrase
            if unknown > modifiers or participle or w in UNCLEAR:
                return None
    return None


@lru_cache(maxsize=SIZE)  # as `counted`
def unit_of(text: str, end: int, start: int | None = None) -> str | None:
    """What a number at `end` measures, as a key two numbers can share: "%", a time unit, the
    kind of thing it counts (people, animals, studies) or the counted noun's stem."""
    if _PERCENT.match(text, end):
        return "%"
    if start is not None and _N_EQUALS_BEFORE.search(text[max(0, start - 6) : start]):
        return "class:" + min(PEOPLE_NOUNS)  # "(n = 41, 33.3%)": the people in a group
    words = _TOKENS.findall(text[end : end + 30])[:2]
    # "52 weeks' follow-up": a time, its possessive mark no part of the unit
    first = words[0].lower().strip("-'") if words else ""
    if first in _TIME_UNITS:
        return stem(first.rstrip("s") + "s")
    noun = counted(text, end, start)
    if noun is None:
        return None
    group = noun_class(noun)
    return "class:" + min(group) if group else stem(noun)


# ---------------------------------------------------------------- wholes and parts

_NUMBER = r"(?:\d[\d,]*(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)"
# "8 of 11", "8 out of the 11", "37/60": a part and its whole.
_RATIO_AFTER = re.compile(
    r"(?:\s*(?:out\s+of|of)\s+(?:the\s+|these\s+|those\s+|all\s+)?|/)(\d[\d,]*)"
    r"(?![\d.,]*\s*%)",
    re.I,
)
_OF_SOME_AFTER = re.compile(r"\s*(?:out\s+)?of\s+(?:these|those|them|the|all|which|whom)\b", re.I)
_SHARE_AFTER = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,2}\(\s*\d[\d.,]*\s*%", re.I)
_PART_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:whom|them|these|those|which)\s*,?\s*(?:\w+\s+)?$"
    r"|\b(?:group|arm)\s*\(\s*n\s*=\s*$",
    re.I,
)
_ARM_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:(?:were|was)\s+)?(?:randomi[sz]ed|assigned|allocated)\s+to\s+"
    r"(?:the\s+|a\s+)?[\w\s-]{0,30}?\b(?:group|arm)\b"
    r"|\s+(?:[A-Za-z-]+\s+){0,2}?(?:in|to|into)\s+the\s+[\w\s-]{0,30}?\b(?:group|arm)\b"
    # "39 patients in each group", "20 per arm": one group's count, a part of the whole
    r"|\s+(?:[A-Za-z-]+\s+){0,2}?(?:in|per)\s+(?:(?:each|every|either|both)\s+(?:of\s+the\s+"
    r"(?:[\w-]+\s+)?)?)?(?:groups?|arms?)\b",
    re.I,
)
_RANGE_BEFORE = re.compile(
    r"\b(?:between|from|rang(?:e|ed|ing)(?:\s+(?:from|between))?)\s+"
    rf"{_NUMBER}\s*(?:and|to|-|–)\s*$|\d\s*(?:to|-|–)\s*$",
    re.I,
)
_RANGE_AFTER = re.compile(r"\s*(?:and|to|-|–)\s*\d", re.I)
_RANGE_TO_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d", re.I)
_RANGE_START_BEFORE = re.compile(
    r"\b(?:between|from|rang(?:e|ed|ing)(?:\s+(?:from|between))?)\s+$", re.I
)
# A whole: what a study included or looked at, or a stated total.
_WHOLE_BEFORE = re.compile(
    r"\b(?:includ(?:ed|ing|es)|involv(?:ed|ing|es)|enroll?(?:ed|ing|s)|recruit(?:ed|ing|s)|"
    r"with|followed|studied|looked at|tested|examined|a total of|in all,?|in total,?|"
    r"altogether,?|overall,?|found|identified)\s+(?:[a-z-]+\s+)?$",
    re.I,
)
_WHOLE_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+){0,4}?(?:took part|were included|were enrolled|were studied|"
    r"were followed|were recruited|in total|in all|altogether)\b",
    re.I,
)


@dataclass(frozen=True)
class Count:
    """One number in a sentence and what the words around it say about it."""

    value: str
    start: int
    end: int
    written: str
    unit: str | None  # "%", a time unit's stem, "class:<noun>" or a counted noun's stem
    noun: str | None  # the counted noun as written, lower case
    base: str | None = None  # "8 of 11": the whole it is a part of
    part: bool = False  # a part of a whole (a ratio, a share, an arm) or a range's bound
    whole: bool = False  # said to be the whole (what was included, a total)
    stage: str | None = None  # a review's step: "included" or "found" (identified, screened)


@lru_cache(maxsize=8192)
def counts_in(text: str) -> tuple[Count, ...]:
    """Every number `text` states, with its unit and whether it is a part or a whole."""
    mentions = list(number_mentions(text))
    for m in _SMALL.finditer(text):
        nouns = [w.lower() for w in m.groups()[1:] if w]
        if any(noun_class(w) or w in _TIME_UNITS for w in nouns):
            mentions.append(("1" if m.group(1).lower() == "one" else "2", m.start(), m.group(1)))
    out = []
    for value, start, written in sorted(mentions, key=lambda x: x[1]):
        end = start + len(written)
        before = text[max(0, start - 40) : start]
        ratio = _RATIO_AFTER.match(text, end)
        noun = counted(text, end, start)
        part = bool(
            ratio
            or _SHARE_AFTER.match(text, end)
            or _OF_SOME_AFTER.match(text, end)
            or _PART_BEFORE.search(before)
            or _ARM_AFTER.match(text, end)
            or _RANGE_BEFORE.search(before)
            or (_RANGE_AFTER.match(text, end) and _RANGE_START_BEFORE.search(before))
            or _RANGE_TO_AFTER.match(text, end)
        )
        whole = not part and bool(_WHOLE_BEFORE.search(before) or _WHOLE_AFTER.match(text, end))
        unit = unit_of(text, end, start)
        if unit is None and noun is None and (noun := elided_study_noun(before)):
            # "Of eleven studies identified, three (354 participants) were included": three
            # counts the studies it is a part of
            unit, part = unit_of(noun, 0), True
        stage = review_stage(text, start, end) if unit == STUDY_UNIT else None
        out.append(
            Count(
                value,
                start,
                end,
                written,
                unit,
                noun.lower() if noun else None,
                ratio.group(1).replace(",", "") if ratio else None,
                part,
                whole,
                stage,
            )
        )
    return tuple(out)
