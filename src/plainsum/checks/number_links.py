"""Numbers and what they count: a number the source has, but tied in the summary to what the
source counts with another number ("550 adults" where 550 is one arm of 1106), or to another
kind of thing ("300 people" where the paper's 300 counts procedures), or to people or
studies where the paper has it only as a measure ("44 patients" from a median age of 44.0) or
only as a year ("2006 women" from "Issue 4, 2006")."""

from __future__ import annotations

import re

from ..evidence import split_source, stem
from ..ingest import Source
from .counts import (
    ANIMAL_NOUNS,
    PEOPLE_NOUNS,
    UNCLEAR,
    counted,
    counted_in_whole,
    noun_class,
    unit_of,
)
from .faithfulness import number_mentions, source_numbers

COMPOUND_MODIFIERS = 2  # unknown words before the paper's counted noun: "nerve block procedures"


def misattributed_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, noun in the summary, what it is in the source) for each number the summary
    ties to people, animals or studies where every use of it in the source counts something
    else; to a thing the paper counts with another number ("259 emergency departments" where
    the paper has 383 emergency departments and 259 hospitals); to what the paper counts with
    another number of the same summary sentence ("4 practices over 14 weeks" where the paper
    has 14 centres over 4 weeks); or to any unit where the paper has it only in dates ("10
    years" from "10 November 2013")."""
    out = []
    known = source_numbers(source.full_text)
    sentences = split_source(source)
    for value, offset, written in number_mentions(sentence):
        if value not in known:
            continue  # a number not in the source at all is the faithfulness check's
        end = offset + len(written)
        unit = unit_of(sentence, end, offset)
        dated = unit in _DURATIONS and _only_in_dates(value, sentences)
        if dated and not _in_date(sentence, end):
            out.append((written, _unit_words(sentence, end), f"a date ({dated!r})"))
            continue
        swapped = _swapped(value, unit, sentence, sentences)
        if swapped:
            out.append((written, _noun_words(sentence, end, offset), swapped))
            continue
        timed = (
            unit in _LENGTHS
            and int(value.split(".")[0]) >= MEASURE_MIN
            and not _in_date(sentence, end)
            and not _IN_LIST_BEFORE.search(sentence[max(0, offset - 12) : offset])
            and not _IN_LIST_AFTER.match(sentence, end)
        )
        other = timed and _never_a_time(value, sentences)
        if other:  # "lasted 25 weeks" where the paper's 25 is feet walked or people enrolled
            out.append((written, sentence[end:].split()[0].strip(".,;:-"), other))
            continue
        scaled = (  # a share on a scale, a rate's base, or a measure itself ("1000 mL in women")
            _ON_A_SCALE.match(sentence, end)
            or _RATE_BASE_BEFORE.search(sentence[max(0, offset - 8) : offset])
            or _DOSE_AFTER.match(sentence, end)
        )
        part = _PART_OF.match(sentence, end)  # "50 of the 72 patients": the whole's noun
        whole = part and counted(sentence, part.end())
        if written.isdigit() and not scaled and whole and (noun_class(whole) or set()) & _WHO:
            no_count = _never_a_count(value, sentences)
            if no_count:  # "50 of the 72 patients finished" from "50.0%"
                out.append((written, whole, no_count))
                continue
        noun = counted(sentence, end, offset)
        group = noun_class(noun or "")
        if noun is None or (group and value != "1" and not _plural(noun)):
            continue  # "14 family doctor practices": a singular noun names, it does not count
        # what the paper counts with it, a compound noun read whole ("300 nerve block
        # procedures"): the paper's side only, where a wider reading can only name its noun
        theirs = [
            counted_in_whole(s.text, off + len(w), off, COMPOUND_MODIFIERS)
            for s in sentences
            for v, off, w in number_mentions(s.text)
            if v == value
        ]
        if group is None:
            # "1000 tooth sites/surfaces": the paper's own noun beside it names the same thing
            after = re.split(r"\d", sentence[end : end + 40], maxsplit=1)[0]
            beside = {stem(w) for w in re.findall(r"[A-Za-z]+", after)[:4]}
            rival = (
                unit not in _DURATIONS
                and not any(n and stem(n) in beside for n in theirs)
                and _counted_with_another(value, noun, theirs, sentences)
            )
            if rival:
                out.append(
                    (written, f"{noun} (the paper counts {noun} with {rival})", str(theirs[0]))
                )
            continue
        counts = (
            written.isdigit()
            and not _BASE_BEFORE.search(sentence[max(0, offset - 12) : offset])
            and not _in_date(sentence, end, offset)
        )
        other_use = counts and (
            _only_as_measure(value, sentences)
            or (_plural(noun) and _only_as_year(value, sentences))
        )
        if other_use:  # "44 patients" from "a median age of 44.0"; "2006 women" from a year
            out.append((written, noun, other_use))
            continue
        never = None
        # a base counts people too ("each of the 41 adults"): the paper must count them so;
        # a power of ten is a rate's scale ("62 out of 100 people"), not a count
        based = counts or (
            written.isdigit() and value.strip("0") != "1" and not _in_date(sentence, end, offset)
        )
        if based and not scaled and group & _WHO and _plural(noun):
            never = _never_a_count(value, sentences)
        if never:  # "300 women" from a "1 : 300" risk; "40 rats" from "40 mg/kg"
            out.append((written, noun, never))
            continue
        if not theirs or any(
            n is None
            or n in UNCLEAR
            or n in group
            or stem(n) == stem(noun)
            or _SAME_PEOPLE.get(noun.lower()) == n.lower()
            for n in theirs
        ):
            continue  # "1,200 mothers" where the paper counts 1,200 women: the same people
        if scaled or _PER_SCALE_AFTER.match(sentence, end):
            continue  # "3 people in 10", "22 more men with kidney problems per 1000": a rate
        out.append((written, noun, str(theirs[0])))
    return out


# a carer's role said of the people the paper counts: mothers are women, fathers men
_SAME_PEOPLE = {"mothers": "women", "mother": "woman", "fathers": "men", "father": "man"}
_WHO = PEOPLE_NOUNS | ANIMAL_NOUNS  # counts of these are never shares, times or doses
# after a number: a measure, not a count ("0.6 mg", "2-L exchanges", "38.0 °C")
_DOSE_AFTER = re.compile(
    r"\s*-?(?:mg|g|kg|mcg|µg|ug|ml|mL|l|L|mm|cm|m|km|iu|IU|units?|mmol|nmol|pg|ng|°|MoMs?|"
    r"points?)\b",
)
_RATE_BASE_BEFORE = re.compile(r"\b(?:1|[Oo]ne)\s*(?:\s:|\bin\b|\bper\b|/)\s*[<>≥≤]?\s*$")
# a rate's base later in the clause: "22 more men with kidney problems per 1000 men"
_PER_SCALE_AFTER = re.compile(r"[^.;:()]{0,60}?\bper\s+(?:every\s+)?(?:100|1,?000|10,?000)\b", re.I)
# a count said on a scale ("48 out of 100 people", "8 or 9 people in 10", "10 million
# children"): a share or a size put in plain words, not a count the paper must have
_ON_A_SCALE = re.compile(
    r"\s*(?:million|billion|thousand|(?:(?:or|to)\s+\d+\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:out\s+of|"
    r"in|per|of)\s+(?:every\s+)?(?:10|100|1,?000|ten|a\s+hundred|a\s+thousand)\b)",
    re.I,
)
_PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|all\s+)?\d[\d,]*(?![\d.,]*\s*%)")
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*[<>≤≥]?\s*\d[\d.,]*")


def _never_a_count(value: str, sentences: list) -> str | None:
    """How the paper writes `value`, when every use of it is a share, a time, a measure or the
    base of a rate ("50.0%", "60 to <90 min", "0.6 mg", "1 : 300"), never a count of things."""
    first = None
    for s in sentences:
        for v, off, w in number_mentions(s.text):
            if v != value:
                continue
            end = off + len(w)
            ranged = _RANGE_AFTER.match(s.text, end)
            unit = unit_of(s.text, end, off) or (ranged and unit_of(s.text, ranged.end()))
            if not (
                unit == "%"
                or unit in _DURATIONS
                or _DOSE_AFTER.match(s.text, end)
                or _RATE_BASE_BEFORE.search(s.text[max(0, off - 8) : off])
            ):
                return None
            first = first or " ".join(s.text[max(0, off - 12) : end + 12].split())
    return first and f"no people or animals but a share, time or measure: {first!r}"


MEASURE_MIN = 10  # a count below this is often written as a word in the paper ("three")
_YEAR = re.compile(r"(?:19|20)\d\d")
_IRREGULAR_PLURALS = frozenset(
    "people children women men mice geese teeth feet staff personnel offspring".split()
)


def _plural(noun: str) -> bool:
    """Whether a counted noun is plural: "2006 women" counts, "a 2006 trial" dates."""
    noun = noun.lower()
    return noun in _IRREGULAR_PLURALS or (noun.endswith("s") and not noun.endswith("ss"))


def _only_as_measure(value: str, sentences: list) -> str | None:
    """How the paper writes `value` when it writes it with decimals every time ("44.0", a
    median age): a measure, never a count of people or studies."""
    if int(value) < MEASURE_MIN or value == "100":  # small ones are often words; 100: percent
        return None
    written = [w for s in sentences for v, _, w in number_mentions(s.text) if v == value]
    if written and all("." in w for w in written):
        return f"a measure ({written[0]!r})"
    return None


def _only_as_year(value: str, sentences: list) -> str | None:
    """The year the paper has `value` as, when every use of it is a year (in a date, or with
    no noun it counts: "Issue 4, 2006"), never a count."""
    if not _YEAR.fullmatch(value):
        return None
    uses = [(s.text, off, w) for s in sentences for v, off, w in number_mentions(s.text)]
    mine = [(t, off, w) for t, off, w in uses if w == value]
    if not mine or any(
        not _in_date(t, off + len(w), off) and counted(t, off + len(w), off) is not None
        for t, off, w in mine
    ):
        return None
    text, off, w = mine[0]
    return f"a year ({' '.join(text[max(0, off - 12) : off + len(w)].split()[-3:])!r})"


# "1 in 4 people", "all 100 patients": a base of a rate, not a count of its own
_BASE_BEFORE = re.compile(
    r"\b(?:out of|per|in every|of every|of (?:the|all|these|those)|\d+ in|all)\s+$", re.I
)


# How long something lasted: the unit a date's day or year is mistaken for ("after 10 years"
# from "10 November"). Durations are not compared by what else the paper counts with them: a
# paper gives many.
_DURATIONS = frozenset(stem(u) for u in ("days", "weeks", "months", "years", "hours", "minutes"))
_LENGTHS = _DURATIONS - {stem("years")}
# A month as written, in full or cut short ("Nov", "Sept."); plain.facts reads search dates with it.
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w])"
)
_DATE_BEFORE = re.compile(rf"\b{MONTH}\s*,?\s*$")
_DATE_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+{MONTH}")


def _in_date(text: str, end: int, start: int | None = None) -> bool:
    """Whether the number ending at `end` is a day or a year of a date ("10 November 2013",
    "October 2014", "Oct 2005")."""
    if _DATE_AFTER.match(text, end):
        return True
    if start is None:
        start = end - len(re.findall(r"[\d,.]*$", text[:end])[0])
    return bool(_DATE_BEFORE.search(text[max(0, start - 12) : start]))


def _only_in_dates(value: str, sentences: list) -> str | None:
    """The first date the paper has `value` in, when it has it in dates only."""
    dates = []
    for s in sentences:
        for v, off, w in number_mentions(s.text):
            if v != value:
                continue
            if not _in_date(s.text, off + len(w), off):
                return None
            words = s.text[max(0, off - 12) : off + len(w) + 12].split()
            dates.append(" ".join(words[1:-1] if len(words) > 2 else words).strip(" ,;()"))
    return dates[0] if dates else None


_MEASURE_AFTER = re.compile(
    r"\s*-?\s*(feet|foot|ft|metres|meters|metre|meter|km|kg|mg|mcg|ml|mL|IU|points?|seconds?"
    r"|steps|%|per ?cent\b|percent\b)(?![A-Za-z])",
    re.I,
)
# a length of time read as the study's; years left out: a lay summary adds ages ("over 40 years")
# "5 to 15 minutes", "37 or 32 weeks", "18 months, 24 months", "15 days to 20 weeks": a list or a
# range a lay summary adds from the full paper, not the paper's one number moved
_IN_LIST_BEFORE = re.compile(r"\d\s*(?:,|to|and|or|-|–)\s*$", re.I)
_IN_LIST_AFTER = re.compile(r"\s*[A-Za-z]*\s*(?:,|to|and|or|-|–)\s*\d", re.I)
_TIME_BEFORE = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|visits?|sessions?)\s*$", re.I)


def _never_a_time(value: str, sentences: list) -> str | None:
    """What the paper measures or counts with `value` ("25 feet", "64 adults"), when every use
    of it there names a unit or a count and none is a length of time or a time point."""
    seen = []
    for s in sentences:
        for v, off, w in number_mentions(s.text):
            if v != value:
                continue
            end = off + len(w)
            if _TIME_BEFORE.search(s.text[max(0, off - 12) : off]) or _in_date(s.text, end, off):
                return None  # "at week 25", "June 25"
            measure = _MEASURE_AFTER.match(s.text, end)
            unit = unit_of(s.text, end, off)
            if measure is None and (unit is None or unit in _DURATIONS or unit == "%"):
                return None
            seen.append(measure.group(1) if measure else _noun_words(s.text, end, off))
    return f"{value} {seen[0]}" if seen else None


def _swapped(value: str, unit: str | None, sentence: str, sentences: list) -> str | None:
    """What the paper counts with `value`, when every use of it there counts something other
    than `unit` and the paper gives `unit` to another number of the summary sentence: the two
    numbers traded what they count ("4 practices over 14 weeks" from "14 centres ... over 4
    weeks", "12 trials with 8 people" from "8 trials with 12 people")."""
    if unit is None or unit == "%":
        return None  # a share may be rounded or a range's end ("12% to 42%")
    uses = [
        (s.text, off + len(w), off)
        for s in sentences
        for v, off, w in number_mentions(s.text)
        if v == value
    ]
    # read with and without what comes before ("N = three trials": people by "N =", trials
    # by the noun after)
    theirs = [u for t, end, off in uses for u in (unit_of(t, end, off), unit_of(t, end))]
    if not uses or any(u is None or u == unit for u in theirs):
        return None
    mates = {v for v, _, _ in number_mentions(sentence) if v != value}
    for s in sentences:
        for v, off, w in number_mentions(s.text):
            if v in mates and unit_of(s.text, off + len(w), off) == unit:
                text, end, start = uses[0]
                mate = _noun_words(s.text, off + len(w), off)
                return f"{_noun_words(text, end, start)} ({w} counts {mate} there)"
    return None


def _unit_words(text: str, end: int) -> str:
    return " ".join(text[end : end + 30].split()[:2]).strip(".,;:") or "a count"


def _noun_words(text: str, end: int, start: int) -> str:
    """What the number at start:end counts, in the text's words ("centres", "weeks")."""
    if re.match(r"\s*(?:%|per ?cent\b)", text[end:]):
        return "a share"  # "I2 = 32%", not the word after it
    noun = counted(text, end, start)
    return noun or " ".join(re.findall(r"[A-Za-z-]+", text[end : end + 30])[:1]) or "a count"


def _counted_with_another(
    value: str, noun: str, theirs: list[str | None], sentences: list
) -> str | None:
    """Another number the paper counts `noun` with, when every use of `value` in the paper
    counts something else that it names."""
    key = stem(noun)
    if not theirs or any(n is None or n in UNCLEAR or stem(n) == key for n in theirs):
        return None
    rivals = [
        (other != noun, w)  # the noun as written first ("hospitals", not "hospitalizations")
        for s in sentences
        for v, off, w in number_mentions(s.text)
        if v != value
        and (other := counted(s.text, off + len(w), off)) is not None
        and stem(other) == key
    ]
    return min(rivals)[1] if rivals else None
