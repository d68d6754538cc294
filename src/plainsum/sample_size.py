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

from .plain.numbers import people_counts
from .plain.sentences import split_sentences

# A sentence that says who was in the study.
_ENROLLED = re.compile(
    r"\b(?:enrol+ed|randomi[sz]ed|recruited|included|took part|participated|were studied|"
    r"assigned|allocated|were followed|were evaluated|were examined|were treated|"
    r"were tested|underwent|completed|entered|we studied|we followed|we recruited|consisted of|"
    r"comprised|sample of|cohort of|total of)\b",
    re.I,
)
_GROUP_N = re.compile(r"\(\s*n\s*=\s*(\d{1,6})\s*\)|\bn\s*=\s*(\d{1,6})\b", re.I)
_PEOPLE_WORDS = re.compile(
    r"\b(?:patients|participants|people|controls|volunteers|subjects|individuals|women|men|"
    r"children|adults|donors|cases)\b",
    re.I,
)
_ANIMALS = re.compile(r"\b(?:mice|mouse|rats?|animals?|dogs?|pigs?|rabbits?|monkeys?)\b", re.I)


def people_studied(text: str) -> int | None:
    """The number of people the study took in, as the paper states it, or None."""
    sentences = split_sentences(text)
    for sentence in sentences:
        if not _ENROLLED.search(sentence):
            continue
        counts = people_counts(sentence)
        if counts:
            return counts[0]
    for sentence in sentences:
        if _PEOPLE_WORDS.search(sentence) and not _ANIMALS.search(sentence):
            groups = [int(a or b) for a, b in _GROUP_N.findall(sentence)]
            if groups:
                return sum(groups)
    counts = people_counts(text)
    return max(counts) if counts else None
