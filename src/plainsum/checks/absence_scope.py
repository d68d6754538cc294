"""Absences said wider than the paper says them, read for plainsum.checks.support.

- "None of the studies measured tooth decay." where the paper reports tooth decay: a review
  that says "none of the studies measured X" of one comparison among four (and "two studies
  reported X" of another) never said that no study measured it. The summary's sentence names
  no comparison, so it is false of the review. An error when a result or conclusion of the
  paper reports on what the summary says no study measured, in a sentence that is not itself
  an absence ("not reported", "no data") or a call for research.
- "None of the children in the study got diabetes." where the paper says it of one group
  ("none of the antibody-negative siblings developed diabetes"): the whole study is named for a
  group the paper marks off. An error when the paper says it only of a group with words of its
  own and never of everyone.

A sentence that keeps the paper's limit ("None of the trials of self-care measured tooth
decay", "None of the siblings without antibodies got diabetes") names its own group and is
not read.
"""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import split_source, word_alternatives
from ..evidence_words import content_words, stem
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding
from .support_contradicted import link_finding

__all__ = ["absence_findings"]

_STUDIES = r"(?:studies|trials|study|trial|reviews|papers|RCTs)"
_ABSENT_VERB = (
    r"(?:measured|looked\s+(?:at|into)|reported(?:\s+on)?|assessed|examined|tested|compared|"
    r"studied|checked|recorded|considered|counted|collected\s+data\s+on|gave\s+(?:results|data)"
    r"\s+(?:on|for))"
)
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)"
# "None of the studies measured X", "No trial looked at X", "none of the included trials
# reported X": the subject names no comparison or group of its own
_NO_STUDY = re.compile(
    rf"\b(?:none\s+of\s+the\s+(?:included\s+|{_COUNT}\s+)?{_STUDIES}|no\s+(?:included\s+)?{_STUDIES})"
    r"(?:\s+in\s+(?:the|this)\s+review)?\s+(?:(?:had|has|have)\s+)?"
    rf"{_ABSENT_VERB}\s+(?P<what>[^.;:]+)",
    re.I,
)
# what a paper's clause says was not there, or asks for: no evidence that it was measured
_ABSENT_IN_SOURCE = re.compile(
    r"\b(?:none|no|not|never|nor|neither|any|insufficient|lack(?:ing|ed|s)?|unable|"
    r"need(?:ed|s)?|requir\w+|should|future|further|warrant\w*|unknown|unclear)\b|n't\b",
    re.I,
)
# ... save a result of no difference: "no differences in sore throat or coughing"
_NULL_RESULT = re.compile(
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:differences?|effects?|change|benefits?|improvements?|"
    r"reductions?|increases?|associations?)\b|\bdid\s+not\s+(?:differ|change|improve|reduce|"
    r"increase)\b|\bnot\s+(?:significantly\s+|statistically\s+)?(?:differ\w*|different)\b",
    re.I,
)
# a sentence that reports on what it names: a figure, a count of studies, a difference
_REPORTS = re.compile(
    r"\d|\b(?:reported|measured|assessed|differen\w*|improv\w*|reduc\w*|increas\w*|decreas\w*|"
    r"lower|higher|better|worse|benefit\w*|effect\w*|associated|fewer|less|more|similar|"
    r"comparable|favou?r\w*|shorter|longer|faster|slower)\b"
    rf"|\b(?:{_COUNT}|one|several|some|most|all)\s+(?:[\w-]+\s+)?{_STUDIES}\b",
    re.I,
)
# where the absence ends: "No studies reported live birth, but ..." (what follows is another
# statement); a parenthesis glosses
_WHAT_ENDS = re.compile(r",?\s+(?:but|while|whereas|although|so|because|which)\b|\(", re.I)
# "the effects of training on people's health": limited to one treatment of several
_EFFECT_OF = re.compile(
    r"(?:the\s+|any\s+)?(?:effects?|impacts?|influence)\s+of\s+.+?\s+on\b", re.I
)
# an absence the sentence limits itself: to one comparison, to some people, or a joint one
_LIMITED = re.compile(
    r"\b(?:compar\w*|versus|vs|against|among|both|together|in\s+(?:children|adults|women|men|"
    r"those|people|participants|patients|girls|boys|infants|babies|the\s+\w+\s+group))\b",
    re.I,
)
_ITEM_SPLIT = re.compile(r",|\b(?:or|and|nor|as\s+well\s+as)\b", re.I)
# words of an outcome's name that are no outcome of their own
_GENERIC = frozenset(
    """outcome outcomes effect effects data information change changes measure measures
    measurement measurements whether how any""".split()
)
_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION, Role.LIMITATION})

# "None of the children in the study got diabetes", "Nobody in the trial died"
_WHOLE = (
    r"(?:children|participants|patients|people|women|men|babies|infants|subjects|volunteers|"
    r"adults|mothers|animals|mice|rats)"
)
_NOBODY = re.compile(
    rf"\b(?:none\s+of\s+the\s+(?:\d+\s+)?{_WHOLE}(?:\s+(?:in|of)\s+(?:the|this)\s+"
    r"(?:study|trial|sample|review))?"
    r"|(?:nobody|no\s+one|none)(?:\s+in\s+(?:the|this)\s+(?:study|trial))?)"
    r"\s+(?:had\s+|has\s+|have\s+)?(?P<verb>got|developed|had|died|experienced|showed|needed|"
    r"required|became|suffered|went\s+on\s+to\s+(?:get|develop|have))\b(?P<what>[^.;]*)",
    re.I,
)
# the paper's "None of the ICA-negative siblings developed diabetes": its group, its outcome
_NONE_OF_GROUP = re.compile(
    r"\bnone\s+of\s+the\s+(?P<group>[^.;,]{1,60}?)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:got|developed|had|died|experienced|showed|needed|required|became|suffered|progressed|"
    r"went\s+on\s+to)\b(?P<what>[^.;]*)"
    r"|\bno\s+(?P<one>[^.;,]{0,40}?)(?:patients?|participants?|child(?:ren)?|subjects?|"
    r"infants?|women|men)\s+(?:had\s+|have\s+)?(?:developed|had|died|experienced|required|"
    r"needed|suffered)\b(?P<what1>[^.;]*)",
    re.I,
)
_WHOLE_WORDS = frozenset(
    """children child participants participant patients patient women woman men man babies
    baby infants infant subjects subject volunteers adults adult mothers animals mice rats
    included enrolled randomised randomized involved participating recruited all""".split()
)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


def _items(what: str) -> list[list[frozenset[str]]]:
    """The things an absence names, each as its words' alternative stems ("sore throat or
    coughing" -> [{sore}, {throat}], [{cough}]); a lone modifier before another item shares
    its head ("cardiovascular or all-cause mortality": cardiovascular mortality)."""
    parts = [
        [w for w in content_words(part) if w not in _GENERIC] for part in _ITEM_SPLIT.split(what)
    ]
    parts = [p for p in parts if p]
    out = []
    for k, words in enumerate(parts):
        if len(words) == 1 and k + 1 < len(parts) and len(parts[k + 1]) > 1:
            words = [words[0], parts[k + 1][-1]]
        out.append([word_alternatives(w) for w in words])
    return out


# clauses of a paper's sentence: "Seven trials measured quality of life | and no study looked
# at costs" ("and" before a new subject only: "Quality of life and costs were not measured" is
# one clause); an absence holds on through "and", not through "but"
_CLAUSES = re.compile(
    r"(;|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\band\b(?=\s+(?:no|none|neither|not|there|"
    r"the|this|these|it|they|we|only|\d)\b))",
    re.I,
)
_NON = re.compile(r"\bnon-?\w+", re.I)  # "non-serious" is not "serious"


def _clause_stems(text: str) -> set[str]:
    return _stems(_NON.sub(" ", text))


def _absent(clause: str) -> bool:
    return bool(caseless.search(_ABSENT_IN_SOURCE, clause)) and not caseless.search(
        _NULL_RESULT, clause
    )


def _reported_in(source: Source, item: list[frozenset[str]]) -> str | None:
    """A result or conclusion of the paper that reports on `item` (every word of it) in a
    clause that is neither an absence nor a call for research."""
    for sentence in split_source(source):
        if sentence.role not in _ROLES or not caseless.search(_REPORTS, sentence.text):
            continue
        if not all(words & _clause_stems(sentence.text) for words in item):
            continue
        pieces = _CLAUSES.split(sentence.text)
        absent = False
        for k in range(0, len(pieces), 2):
            if k and pieces[k - 1].lower() != "and":
                absent = False
            absent = absent or _absent(pieces[k])
            stems = _clause_stems(pieces[k])
            if not absent and all(words & stems for words in item):
                return sentence.text
    return None


def _no_study_measured(source: Source, link: EvidenceLink) -> str | None:
    said = caseless.search(_NO_STUDY, link.text)
    if not said:
        return None
    what = _WHAT_ENDS.split(said.group("what"), maxsplit=1)[0]
    if caseless.search(_LIMITED, what) or caseless.match(_EFFECT_OF, what):
        return None
    for item in _items(what):
        where = _reported_in(source, item)
        if where:
            return where
    return None


def _group_of(found: re.Match[str]) -> set[str]:
    group = found.group("group") if found.group("group") is not None else found.group("one")
    return {w for w in content_words(group or "") if w not in _WHOLE_WORDS}


def _nobody_had(source: Source, link: EvidenceLink) -> str | None:
    said = caseless.search(_NOBODY, link.text)
    if not said:
        return None
    what = _stems(said.group("what"))
    if not what:
        return None
    limited = None
    for sentence in split_source(source):
        for found in _NONE_OF_GROUP.finditer(sentence.text):
            said_of = (
                found.group("what") if found.group("what") is not None else found.group("what1")
            )
            if not what <= _stems(said_of or ""):
                continue
            if not _group_of(found):
                return None  # the paper says it of everyone
            limited = limited or sentence.text
    return limited


def absence_findings(source: Source, link: EvidenceLink) -> list[Finding]:
    """Errors on one summary sentence that says no study measured what the paper reports, or
    that nobody in the study had what the paper says only one group did not have."""
    quoted = f"{link.text!r}"
    where = _no_study_measured(source, link)
    if where:
        return [
            link_finding(
                link,
                f"Not supported by the source: {quoted} says no study measured it, but the "
                f"paper reports on it: {_short(where)!r}.",
                "Say which comparison or group had no study on it, as the paper does, or "
                "leave the sentence out.",
            )
        ]
    limited = _nobody_had(source, link)
    if limited:
        return [
            link_finding(
                link,
                f"Not supported by the source: {quoted} says it of everyone in the study, but "
                f"the paper says it of one group only: {_short(limited)!r}.",
                "Name the group the paper says it of.",
            )
        ]
    return []


def _short(text: str) -> str:
    return text if len(text) <= 160 else text[:157] + "..."
