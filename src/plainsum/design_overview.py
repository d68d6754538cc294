"""An overview: an article that describes a topic and reports no study of its own.

Many abstracts in plain-language collections are the openings of textbook chapters or
overview articles ("Muscle cramps are a common problem characterized by ...", "Pacemakers are
electronic devices that ..."). They name no design, so without this test they are of unknown
design and their summary can say nothing of what kind of paper they are. They read as one:
no sign of a study (nobody enrolled, measured or analysed; no "we" or "this study"; no counts
of participants; no statistics) and few sentences in the past tense, as results are written.
Either sign alone is not enough: a lab paper can be in the present tense throughout ("X binds
Y"), and a results-only review abstract has no "we".
"""

from __future__ import annotations

import re

from .plain.sentences import split_sentences

# Signs of a study the paper itself reports.
_STUDY = re.compile(
    r"\b(?:we|our|us|this (?:study|paper|article|report|work|analysis|trial)|the (?:present|"
    r"current) (?:study|work)|patients were|participants|subjects|respondents|study sites?|"
    r"(?:were|was) (?:enrolled|recruited|included|randomi[sz]ed|measured|assessed|analy[sz]ed|"
    r"collected|evaluated|studied|treated|examined|obtained|performed|tested|compared|"
    r"identified|followed|interviewed|surveyed|conducted|used|stratified)|p ?[<=>]|95% ?ci|"
    r"n ?=|\d[\d,]* (?:patients|people|participants|subjects|cases|women|men|children|mice|"
    r"rats|samples|cells|encounters|hospitali[sz]ations|records))\b",
    re.I,
)
# A sentence in the past tense, as results are reported.
_PAST = re.compile(
    r"\b(?:was|were|had|did|showed|found|examined|identified|reduced|increased|decreased|"
    r"improved|enrolled|recruited|included|measured|assessed|analy[sz]ed|observed|performed|"
    r"compared|received|reported|developed|occurred|underwent|demonstrated|revealed|led|"
    r"yielded|achieved|detected)\b",
    re.I,
)
_MOST_PAST = 0.25  # measured: the overviews among ../shared/data's unknown designs are <= 0.25


def is_overview(text: str) -> bool:
    """Whether `text` describes a topic and reports no study of its own (see the module)."""
    if _STUDY.search(text):
        return False
    sentences = split_sentences(text)
    if len(sentences) < 3:
        return False  # too little to tell
    past = sum(1 for sentence in sentences if _PAST.search(sentence))
    return past / len(sentences) <= _MOST_PAST
