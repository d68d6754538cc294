"""Counts: what each number in a sentence counts, and whether it is a whole or a part.

A small noun-head matcher reads "N <noun>" pairs ("300 procedures", "24 female mice", "120
people with MS") and the frame around a number: a part of a whole ("8 of 11", "18,515
(68.6%)", "of whom 40", "464 were randomised to the vitamin D group", "between 10 and 115"),
or a whole ("included 300 people", "five trials with 933 people", "a total of 40").

`misplaced_counts(sentence, source)` finds the numbers a summary sentence takes from the
source but ties to something the source does not:
- a ratio with another base ("8 of 10" where the paper has 8 out of 11);
- a part presented as the whole ("12 trials with 464 people" where 464 is one arm of 933,
  "looked at 12 children" where the paper reports on 12 of 19);
- a number paired with another than in the paper ("five trials with 1169 people" where the
  paper's five trials had 3231 people; "74% after three months" where the 74% was at 1 month).

The number findings of plainsum.checks.support (via checks/number_links) are built on these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..memo import SIZE, cached_list
from .faithfulness import number_mentions
from .review_steps import elided_study_noun, review_stage

if TYPE_CHECKING:
    from ..ingest import Source

__all__ = [
    "Count",
    "counted",
    "counts_in",
    "misplaced_counts",
    "noun_class",
    "unit_of",
]

NUMBER_NOUN_WINDOW = 4  # words after a number searched for the noun it counts
ADJECTIVES_BEFORE_NOUN = 1  # "1777 potential studies": one unknown word may come first
PAIR_DISTANCE = 60  # characters between two numbers read as one pair ("5 trials with 300 people")

PEOPLE_NOUNS = frozenset(
    """people person patients patient participants participant adults adult women woman men man
    children child subjects subject individuals individual volunteers volunteer persons
    respondents cases controls infants babies girls boys veterans residents users smokers
    pwms females female males male""".split()
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
_PUBLICATION_NOUNS = frozenset("papers paper articles article reports report".split())
_PARTED = re.compile(r"[;:]")
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
    from ..evidence import stem

    if _PERCENT.match(text, end):
        return "%"
    if start is not None and _N_EQUALS_BEFORE.search(text[max(0, start - 6) : start]):
        return "class:" + min(PEOPLE_NOUNS)  # "(n = 41, 33.3%)": the people in a group
    words = _TOKENS.findall(text[end : end + 30])[:2]
    if words and words[0].lower().strip("-") in _TIME_UNITS:
        return stem(words[0].lower().strip("-").rstrip("s") + "s")
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


# ---------------------------------------------------------------- misplaced counts

# Kinds of things a study counts as its whole. Not studies: a review's sentences count studies
# found, screened, included and pooled, so a count of studies is often part of another.
_WHOLES = frozenset("class:" + min(g) for g in (PEOPLE_NOUNS, ANIMAL_NOUNS))
_APPROXIMATE_BEFORE = re.compile(
    r"\b(?:over|more than|about|around|nearly|almost|approximately|roughly|some|up to|at least|"
    r"fewer than|less than|under|above|below|>|<|~)\s*$",
    re.I,
)
_APPROXIMATE_AFTER = re.compile(r"\s*(?:million|thousand|billion|hundred)\b", re.I)
CLOSE = 0.1  # two values this close (relatively) may be one number rounded or updated


@lru_cache(maxsize=64)
def _source_counts(source: Source) -> tuple[tuple[int, tuple[Count, ...]], ...]:
    from ..evidence import split_source

    return tuple((s.index, counts_in(s.text)) for s in split_source(source))


Theirs = Iterable[tuple[int, tuple[Count, ...]]]  # the paper's counts, by sentence index


class _PaperCounts:
    """The paper's counts (`_source_counts`), read only when a rule iterates them: most of a
    summary's numbers are ruled out by their own form (no base, whole, stage or partner)
    before the paper's are needed; and a rule that looks for one value reads only the
    sentences that state it (`holding`)."""

    __slots__ = ("_source",)

    def __init__(self, source: Source) -> None:
        self._source = source

    def __iter__(self) -> Iterator[tuple[int, tuple[Count, ...]]]:
        return iter(_source_counts(self._source))

    def text(self, index: int) -> str:
        """The text of the paper's sentence at `index`."""
        from ..evidence import split_source

        return next((s.text for s in split_source(self._source) if s.index == index), "")

    def holding(self, value: str) -> Theirs:
        """The counts of the sentences that may hold a count of `value`, in order: a count's
        value is one of its sentence's numbers (`number_mentions`), or 1 or 2 for "one" and
        "two" before a counted noun (`_SMALL`), so any other sentence holds none of it."""
        if value in ("1", "2"):
            return self
        from ..evidence import split_source

        return [
            (s.index, counts_in(s.text))
            for s in split_source(self._source)
            if any(v == value for v, _, _ in number_mentions(s.text))
        ]


@cached_list  # a summary sentence is asked about again at every check of a repair
def misplaced_counts(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number as written, what the summary says, what the source says) for each number the
    summary ties to another base, whole or partner number than the source does."""
    mine = counts_in(sentence)
    if not mine:
        return []
    theirs = _PaperCounts(source)
    out: list[tuple[str, str, str]] = []
    for n, count in enumerate(mine):
        found = (
            _other_base(count, theirs)
            or _part_as_whole(count, theirs)
            or _other_stage(count, theirs)
        )
        if not found:
            partners = [
                c
                for c in (mine[n - 1] if n else None, mine[n + 1] if n + 1 < len(mine) else None)
                if c is not None and _paired(sentence, count, c)
            ]
            found = next((f for c in partners if (f := _other_partner(count, c, theirs))), None)
        if found:
            out.append((count.written, _phrase(sentence, count), found))
    return out


def _phrase(text: str, count: Count) -> str:
    return text[count.start : count.end + 30].split(".")[0].split(",")[0].strip()


def _other_base(count: Count, theirs: _PaperCounts) -> str | None:
    """A ratio ("8 of 10") where the source gives the 8 only out of another number."""
    if count.base is None:
        return None
    holding = theirs.holding(count.value)
    bases = {c.base for _, cs in holding for c in cs if c.value == count.value and c.base}
    if not bases or count.base in bases:
        return None
    if any(c.value == count.value and not c.part for _, cs in holding for c in cs):
        return None
    return f"{count.value} out of {sorted(bases)[0]}"


def _part_as_whole(count: Count, theirs: _PaperCounts) -> str | None:
    """A number given as the whole of a study ("included 464 people") that the source gives
    only as a part (one arm, a subgroup, a range's end) of a larger whole of the same kind."""
    if not count.whole or count.unit not in _WHOLES:
        return None
    same = [c for _, cs in theirs.holding(count.value) for c in cs if c.value == count.value]
    if not same or not all(c.part for c in same):
        return None
    try:
        value = float(count.value)
    except ValueError:
        return None
    larger = [c for c in same if c.base and _float(c.base) > value]  # its own whole first
    larger += [
        c
        for _, cs in theirs
        for c in cs
        if c.unit == count.unit and not c.part and _float(c.value) > value
    ]
    if not larger:
        return None
    whole = larger[0]
    if whole.base and whole.value == count.value:
        return f"{count.value} of {whole.base}"
    return f"{count.value} as a part of {whole.value} {whole.noun or ''}".strip()


def _other_stage(count: Count, theirs: _PaperCounts) -> str | None:
    """A count of studies the summary says a review included ("The review included 28
    studies") that the source gives only for another step (28 identified, screened or
    excluded) while it includes another number (17)."""
    if count.stage != "included" or _everyday(count):
        return None
    same = [
        c
        for _, cs in theirs.holding(count.value)
        for c in cs
        if c.value == count.value and c.unit == count.unit
    ]
    if not same or any(c.stage != "found" for c in same):
        return None
    kept = [
        c
        for _, cs in theirs
        for c in cs
        if c.unit == count.unit
        and c.stage == "included"
        and _float(c.value) < _float(count.value)  # a review keeps fewer than it finds
    ]
    if not kept:
        return None
    return f"{count.value} {same[0].noun or 'studies'} found, {kept[0].value} included"


def _float(value: str | None) -> float:
    try:
        return float(value or "nan")
    except ValueError:
        return float("nan")


def _everyday(count: Count) -> bool:
    """Whether it is "one" or "two": everyday words more often than counts."""
    return count.written.lower() in ("one", "two")


def _approximate(text: str, count: Count) -> bool:
    return bool(
        _APPROXIMATE_BEFORE.search(text[max(0, count.start - 15) : count.start])
        or _APPROXIMATE_AFTER.match(text, count.end)
    )


def _paired(text: str, a: Count, b: Count) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.end : second.start]
    return (
        not _approximate(text, a)
        and not _approximate(text, b)
        and len(between) <= PAIR_DISTANCE
        and not re.search(r"[.;:]|\b(?:and|but|while|whereas|compared)\b", between)
        and a.unit is not None
        and b.unit is not None
        and a.unit != b.unit
    )


def _other_partner(count: Count, partner: Count, theirs: _PaperCounts) -> str | None:
    """`count` paired with `partner` in the summary ("five trials with 1169 people"), where
    the source pairs `partner`'s value, stated once, with another number of `count`'s unit
    ("five studies involving 3231 people") and never with `count`'s value, or where the source
    says both in one sentence but sets a part of `count`'s kind beside `partner` ("10 studies:
    four (437 people) gave data"). Approximate and rounded numbers ("over 9000", "23 million")
    are left alone."""
    if count.part or partner.part or _everyday(count) or _everyday(partner):
        return None
    holding = theirs.holding(partner.value)
    homes = [
        (i, c, cs, k) for i, cs in holding for k, c in enumerate(cs) if c.value == partner.value
    ]
    if len(homes) != 1:
        return None  # a value the source states more than once may pair with anything
    i, c, cs, k = homes[0]
    if c.unit not in (partner.unit, None):
        return None
    near = [
        other
        for other in (cs[k - 1] if k else None, cs[k + 1] if k + 1 < len(cs) else None)
        if other is not None and other.unit == count.unit and _near(c, other)
    ]
    if any(other.value == count.value for other in near):
        return None
    # Both values in one sentence of the source: paired there, unless a colon or semicolon
    # parts them and another count of `count`'s kind stands just before `partner` ("We
    # included 10 studies: four gave data (437 people)": the 437 are the four studies'
    # people). One clause that breaks a whole down pairs them ("133 (127 cohort and 6
    # case-control) studies involving 844,206 people").
    together = any(
        count.value in {x.value for x in xs} and partner.value in {x.value for x in xs}
        for _, xs in holding
    )
    first = None
    if together:
        ours = [x for x in cs if x.value == count.value and x.unit == count.unit]
        first = ours[0] if ours else None
        if first is None or not _parted(theirs.text(i), first.end, c.start):
            return None
    for other in near:
        if first is not None and (
            other.noun in _PUBLICATION_NOUNS or not first.start < other.start < c.start
        ):
            # "19 trials, reported in 27 papers with 1453 people": the same studies; the other
            # count must stand between the summary's and `partner` ("10 studies: four ...
            # (437 people)"), not after it ("... 27,071 people and two ongoing studies")
            continue
        if (together or not other.part) and abs(
            _float(other.value) - _float(count.value)
        ) > CLOSE * max(_float(other.value), _float(count.value)):
            return f"{other.written} with {partner.value}"
    return None


def _parted(text: str, start: int, end: int) -> bool:
    """Whether a colon or semicolon outside brackets stands between `start` and `end` ("10
    studies: four ..."; not "(659 participants; 4 trials)")."""
    for m in _PARTED.finditer(text, start, end):
        if text.count("(", 0, m.start()) == text.count(")", 0, m.start()):
            return True
    return False


def _near(a: Count, b: Count) -> bool:
    return abs(a.start - b.start) <= PAIR_DISTANCE
