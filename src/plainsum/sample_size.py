"""How many people a paper studied, read from its text: the size that decides whether a study
is small enough that a summary must say so (the few_people caveat).

The enrolment count is wanted, not the largest number of people the paper names ("scores were
compared with norms from 90 volunteers" is not the study). So a count in a sentence that says
people were enrolled, randomised, included or took part wins; failing that, group sizes given
as "(n = 11)" in a sentence about patients, controls or volunteers are added up; failing that,
the largest "N patients" phrase stands. None when the paper names no count of people.
"""

from __future__ import annotations

import re

from .plain.number_words import SIMPLE_NUMBER, spelled_value
from .plain.numbers import described_people_count, people_count_spans, people_counts
from .plain.sentences import split_sentences
from .prefilter import may_match, search

# A sentence that says who was in the study.
_ENROLLED = re.compile(
    r"\b(?:enrol+ed|randomi[sz]ed|recruited|included|took part|participated|were studied|"
    r"assigned|allocated|were followed|were evaluated|were examined|were treated|"
    r"were tested|underwent|completed|entered|we studied|we followed|we recruited|consisted of|"
    r"comprised|sample of|cohort of|total of)\b",
    re.I,
)
# "(n = 11)", "n = 9,874", "(n = 3.9 million)": the whole number, thousands and all (a count
# read up to its first comma or point was 9 people, or 3, and called the study small).
_GROUP_N = re.compile(
    r"\bn\s*=\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|thousand)\b)?(?![.,]?\d)", re.I
)
_SCALE = {"": 1, "thousand": 1_000, "million": 1_000_000}


def _group_n(number: str, scale: str) -> int:
    return round(float(number.replace(",", "")) * _SCALE[scale.lower()])


_WHO = (
    r"patients|participants|people|controls|volunteers|subjects|individuals|women|men|"
    r"children|adults|donors|cases"
)
_PEOPLE_WORDS = re.compile(rf"\b(?:{_WHO})\b", re.I)
_ANIMALS = re.compile(r"\b(?:mice|mouse|rats?|animals?|dogs?|pigs?|rabbits?|monkeys?)\b", re.I)


# "One hundred seventeen patients", "A hundred and twenty people": a count in words past a
# hundred (a count the drafter's own "N people" reading takes only below a hundred).
_HUNDREDS = re.compile(
    rf"\b(?P<n>(?:a|{SIMPLE_NUMBER}) hundred(?:,? and)?(?: {SIMPLE_NUMBER})?)"
    rf"(?: [a-z-]+){{0,2}}? (?:{_WHO})\b",
    re.I,
)
# "36 subjects in the MS group and 19 subjects in the control group": one count per group.
_SHARE = re.compile(r"\b\d+ (?:out )?of (?:the )?\d+\b")
_IN_GROUP = re.compile(r"^[^.;]{0,40}?\b(?:group|arm)\b", re.I)
_TWO_DIGITS = re.compile(r"[0-9][^0-9]*[0-9]")  # in an ASCII text: two digits or more


def _hundreds(sentence: str) -> int | None:
    """A count of people past a hundred written in words, or None."""
    m = _HUNDREDS.search(sentence) if may_match(_HUNDREDS, sentence) else None
    return spelled_value(m["n"].replace(",", "")) if m else None


def _per_group_total(sentence: str) -> int | None:
    """The sum of counts given one per group in one sentence, or None."""
    if sentence.isascii() and _TWO_DIGITS.search(sentence) is None:
        return None  # fewer than two digits: not two counts in digits (most sentences)
    if search(_SHARE, sentence):
        return None  # "28 of 33 patients in the A group and 10 in the B group had ...": a result
    spans = people_count_spans(sentence)
    found = [(n, end) for n, start, end in spans if sentence[start].isdigit()]  # in digits
    if len(found) < 2 or not all(_IN_GROUP.match(sentence[end:]) for _, end in found):
        return None
    return sum(n for n, _ in found)


# "Of 6,400 nurses invited, 3,118 (49%) took part.", "Of the 950 parents we contacted, 512
# returned the survey": who took part out of who was asked, whatever they are called (nurses,
# parents, neurologists) - the count the study rests on is the second.
_OF_ASKED = re.compile(
    r"\b[Oo]f (?:the |all |those |these )?[\d,]+ (?:[\w-]+ ){0,4}?(?:invited|approached|"
    r"contacted|asked|eligible|surveyed|sent|we (?:invited|approached|contacted|asked))\b"
    r"[^.;]{0,30}?,\s*(?P<n>\d[\d,]*)(?: \([\d.]+ ?%\))? (?:[\w-]+ ){0,2}?(?:took part|"
    r"responded|participated|agreed|completed|returned|answered|replied|enrol+ed|were "
    r"(?:included|enrol+ed|recruited|randomi[sz]ed|interviewed))\b"
)


def _took_part(sentences: list[str]) -> int | None:
    """How many took part out of a number asked (see `_OF_ASKED`), or None."""
    for sentence in sentences:
        m = _OF_ASKED.search(sentence) if may_match(_OF_ASKED, sentence) else None
        if m:
            return int(m["n"].replace(",", ""))
    return None


def people_studied(text: str) -> int | None:
    """The number of people the study took in, as the paper states it, or None."""
    sentences = split_sentences(text)
    took_part = _took_part(sentences)
    if took_part is not None:
        return took_part
    for sentence in sentences:
        if not search(_ENROLLED, sentence):  # the prefilter's answer is the pattern's own
            continue
        large = _hundreds(sentence)
        if large is not None:
            return large
        counts = people_counts(sentence)
        if counts:
            return _per_group_total(sentence) or counts[0]
    for sentence in sentences:
        described = described_people_count(sentence)
        if described is not None:
            return int(described["n"].replace(",", ""))
    for sentence in sentences:
        if search(_PEOPLE_WORDS, sentence) and not search(_ANIMALS, sentence):
            groups = [_group_n(n, scale) for n, scale in _GROUP_N.findall(sentence)]
            if groups:
                return sum(groups)
    for sentence in sentences:
        total = _per_group_total(sentence)
        if total is not None:
            return total
    counts = people_counts(text) + [n for n in map(_hundreds, sentences) if n is not None]
    counts += [int(n.replace(",", "")) for n in _UNITS_COUNTED.findall(text)]
    return max(counts) if counts else None


# "Of 1,104 pregnancies reported": a pregnancy registry counts its women by their pregnancies,
# and a safety database its people by the reports sent in ("We found 214 reports of serious
# liver injury"); the largest people count of either is an outcome ("anomalies in 7 infants",
# "Eleven people needed a transplant"), never the study's size.
_UNITS_COUNTED = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+) (?:[\w-]+ ){0,2}?(?:pregnancies|(?:case |safety )?reports)\b"
)
