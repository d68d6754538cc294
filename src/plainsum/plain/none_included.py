"""A review that included no study at all, read from the paper's own sentences.

Such a review has no studies to describe: a limit its authors state of studies it found but
did not take in ("We identified only observational data from single-arm studies", CD011000,
whose 22 articles all failed its criteria) is no limit of its evidence, and a summary that says
"some studies had no control group" is false. The review is empty only where a sentence says
that nothing met its own entry rules, as a whole: "none satisfied the inclusion criteria", "Of
the 49 relevant studies we found, none met the inclusion criteria", "No trials were eligible
for inclusion", "There are no included studies", "We identified no randomised controlled
trials." Never a part of it: "no new trials for this update", "no studies met eligibility
criteria for this comparison", "We found no studies in children", "none of the included
studies reported X", or a review that counts studies it took in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import caseless
from .sentences import Role
from .source import SourceSentence
from .studies_taken_in import most_taken_in

_KIND = r"(?:trials?|stud(?:y|ies)|RCTs?|articles|reports|papers|publications)"
# the review's own entry rules: "the review's inclusion criteria", "our selection criteria",
# "the pre-specified criteria" (never "this criterion": one test's threshold)
_CRITERIA = (
    r"(?:the |our |its |this |these |all )?(?:review'?s? |pre-?(?:specified|determined|defined) "
    r")?(?:[\w-]+ )?(?:inclusion |eligibility |selection |entry )?criteria\b"
)
_NONE_INCLUDED = re.compile(
    # "No studies met the review's inclusion criteria", "We found no RCTs that met the
    # inclusion criteria", "No studies meeting the review inclusion criteria were identified"
    rf"\bno (?:[\w,-]+ ){{0,6}}?{_KIND}\b[^.;]{{0,60}}?\b(?:met|meeting|meet|fulfil+(?:ed|ing)?|"
    rf"satisf(?:ied|ying)) {_CRITERIA}"
    # "none satisfied the inclusion criteria", "none of them met our criteria"
    rf"|\bnone (?:of (?:them|these|those) )?(?:met|fulfil+ed|satisfied) {_CRITERIA}"
    # "No trials were eligible for inclusion", "No studies could be included", "no trials are
    # included in this review", "No eligible trials were identified", "No trials were found for
    # inclusion in this review"
    rf"|\bno (?:[\w,-]+ ){{0,4}}?{_KIND} (?:were|was|are|is|could be|have been|has been) "
    r"(?:(?:eligible|suitable)(?: for inclusion)?\b|included\b)"
    rf"|\bno (?:eligible|suitable|includable) (?:[\w,-]+ ){{0,3}}?{_KIND} (?:were|was|have been|"
    r"has been|could be) (?:found|identified|located|retrieved)\b"
    rf"|\bno (?:[\w,-]+ ){{0,4}}?{_KIND} (?:were|was|have been|has been) (?:found|identified|"
    r"located) (?:for (?:inclusion|this review|the review)|that (?:met|meet))\b"
    # "We identified no studies for inclusion in this review", "did not identify any RCTs that
    # met our inclusion criteria", "we did not identify any studies meeting the criteria"
    rf"|\b(?:(?:found|identified|included|located|retrieved) no|(?:did|could) not (?:find|"
    rf"identify|include|locate) any) (?:[\w,-]+ ){{0,4}}?{_KIND}\b (?:(?:eligible )?for "
    r"inclusion\b|for (?:this|the) review\b|(?:that|which) (?:met|meet)\b|(?:meeting|"
    r"fulfil+ing|satisfying) )"
    # "There are no included studies."
    rf"|^There (?:are|were) no included {_KIND}\.?$"
    # the whole sentence, nothing after it: "We identified no randomised controlled trials."
    rf"|^(?:We|The review authors|This review|The review|Our search(?:es)?|The searches?) "
    rf"(?:found|identified|retrieved|located) no (?:[\w-]+ ){{0,4}}?{_KIND}\.?$"
    rf"|^(?:We|The review authors) (?:did|could) not (?:find|identify|locate) any "
    rf"(?:[\w-]+ ){{0,4}}?{_KIND}\.?$",
    re.I,
)
# a part of the review only: nothing new since an earlier version, nothing for one comparison,
# outcome or group, nothing of one kind among others it took in
_A_PART = re.compile(
    r"\b(?:new|newer|additional|further|more|other|recent|ongoing|completed|non-[\w-]+)\b"
    r"|\b(?:compar\w+|versus|vs|subgroups?|(?:the|of|in) included (?:studies|trials))\b"
    r"|\bfor (?:this|that|each|one|any|the \w+) (?:outcome|question|objective|analysis)\b"
    r"|\bin (?:children|adults|women|men|infants|adolescents)\b"
    r"|\bthis update\b(?<!inclusion in this update)",
    re.I,
)
# "If no RCTs were found ...", "we planned to include ... but did not identify any": a plan
_PLANNED = re.compile(r"\b(?:if|would|will|planned|whether)\b", re.I)
_SAID_IN = (Role.METHODS, Role.RESULTS, Role.CONCLUSION)
# what an empty review's body says when no sentence it shows says so (linked to the sentence
# that does): the review's main result, in plain words ("none satisfied the inclusion
# criteria" was said only among CD011000's methods, which a body does not show)
NONE_MET = "The review found no studies it could include."


def says_none_included(text: str) -> bool:
    """Whether a sentence says that no study met the review's own entry rules, as a whole
    review (`_NONE_INCLUDED`), not only of a part of it (`_A_PART`) nor as a plan."""
    return (
        caseless.search(_NONE_INCLUDED, text) is not None
        and not _A_PART.search(text)
        and not _PLANNED.search(text)
    )


def none_included(
    sentences: Sequence[SourceSentence], studies: int | None = None, *, headed: bool = True
) -> int | None:
    """The number of the paper's sentence that says its review took in no study at all, when
    one does (among its methods, results or conclusions) and the review counts none it took in
    (`studies`, its count of studies, or a count said elsewhere: never the studies found in
    that sentence, "Of the 49 relevant studies we found, none met ..."). In an abstract without
    headings (`headed` False) its roles are guessed, and a review's opening "No eligible trials
    were identified." is read as background: any sentence may say it there."""
    if studies:
        return None
    for s in sentences:
        if (s.role in _SAID_IN or not headed) and says_none_included(s.text):
            rest = [other for other in sentences if other.index != s.index]
            return None if most_taken_in(rest) else s.index
    return None
