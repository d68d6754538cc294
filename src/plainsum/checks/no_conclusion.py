"""The authors' verdict that their evidence carries no conclusion at all: "reliable conclusions
could not be drawn from the present data", "no firm conclusions can be made", "we were unable to
draw conclusions", "the evidence is insufficient to draw conclusions", "the evidence is
inconclusive" (in the paper's conclusions or limitations).

A summary that states an effect as sure against such a verdict turns "we cannot say" into "it
works" (a headline "X was linked with a clear increase in people who improved" where the
authors said reliable conclusions could not be drawn). A verdict may bound itself to one
question ("no firm conclusions can be drawn about long-term safety", "insufficient evidence to
confirm protection against clots in the lungs"): it then holds only a sentence that names all
of what it is bounded to, so a result on blood pressure, or on clots in the legs, stands. The
words a verdict uses for itself and for the evidence bound it to nothing, and neither do the
words any paper uses for its design and people.

Used by the claims check (a sentence with a sure word: claims_hedge) and the headline check
(the headline, sure word or not: headline_grade).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..evidence import content_words, split_source, stand_ins, stem, word_weight
from ..ingest import Source
from ..plain.sentences import Role
from .subject import GENERAL

# The authors' verdict that their evidence carries no conclusion: "reliable conclusions could
# not be drawn", "no firm conclusions can be made", "we were unable to draw conclusions", "it is
# impossible to draw clear conclusions", "insufficient evidence to draw conclusions about X",
# "the evidence is inconclusive".
_FIRM = r"(?:any )?(?:firm |definitive |definite |clear |reliable |robust |meaningful |strong )?"
# ... the part that says no conclusion can be drawn, in so many words (the offline drafter's
# headline certainty reads it too: plain/headline/certainty.py)
CONCLUSION_NOT_DRAWN = (
    r"(?:(?:unable|not able|could not|cannot|can not|impossible|not possible|difficult) "
    rf"(?:to )?(?:draw|reach|make|derive|form|offer) {_FIRM}conclusions?"
    rf"|no {_FIRM}conclusions? (?:can|could|may|were|was) (?:yet )?be (?:drawn|made|reached)"
    r"|(?:firm|definitive|definite|clear|reliable|robust|meaningful) conclusions? (?:can ?not|"
    r"could not|were not|are not) (?:yet )?(?:be )?(?:drawn|made|reached))"
)
NO_CONCLUSION = re.compile(
    rf"\b(?:{CONCLUSION_NOT_DRAWN}"
    r"|(?:insufficient|not enough|inadequate|too little) (?:[\w-]+ ){0,2}evidence (?:to|for|"
    r"about|on|regarding)\b"
    r"|evidence (?:is|was|remains|are) (?:still )?(?:insufficient|inconclusive|inadequate|"
    r"lacking|too (?:weak|limited|sparse|scarce)))\b",
    re.I,
)
# Words such a verdict uses for itself and for the evidence and its flaws, which bound it to
# nothing ("The methodological quality of the included studies was poor, and reliable
# conclusions could not be drawn from the present data").
_VERDICT_WORDS = frozenset(
    stem(w)
    for w in """conclusion conclusions reliable firm definite definitive clear robust meaningful
    strong draw drawn made make reach reached present available current data evidence
    insufficient inadequate enough support determine assess judge confirm establish recommend
    allow use effect effects benefit benefits efficacy effectiveness included studies trials
    review guide guidance practice decisions methodological methodology quality poor low weak
    small few limited lack lacking number size sample reporting reported incomplete flaws
    flawed bias conducted designed design heterogeneity heterogeneous inconsistent variable
    variation small-scale underpowered currently remain remains unable""".split()
)
# A verdict that points back ("It provided very low quality evidence, so no conclusions could
# be drawn", "... based on such data") is about what the sentence before it named, which this
# cannot tell: it is not read as a verdict on all the evidence.
# ("It is not possible to ..." and "these two small trials" point at nothing in particular.)
_POINTS_BACK = re.compile(
    r"^(?:It(?! (?:is|was|remains)\b)|This|These|That|Those|They|Its|Their|Such|However|But)\b"
    r"|\b(?:such|these|those|this|other)\s+(?!(?:\w+\s+){0,2}(?:review|study|studies|trials?|"
    r"analys[ie]s|data|evidence|results)\b)\w+",
    re.I,
)
VERDICT_WEIGHT = 1.0  # a word this rare (Zipf 5.5 or rarer) bounds the verdict to a topic
# Words that say a result is sure: a summary sentence with one states it against the verdict.
SURE = re.compile(
    r"\b(?:clear(?:ly)?|definite(?:ly)?|certain(?:ly)?|strong(?:ly)?|prove[sn]|proved|"
    r"significant(?:ly)?|convincing(?:ly)?|reliabl[ey]|firm(?:ly)?|substantial(?:ly)?|"
    r"marked(?:ly)?|greatly|dramatic(?:ally)?)\b",
    re.I,
)
# A sentence that says itself that nothing can be judged ("make it impossible to make clear
# judgements", "we cannot say which is better") keeps the verdict in its own words.
_CANNOT_SAY = re.compile(
    r"\b(?:impossible|not possible|unable|not able|cannot|can ?not|could not|difficult|too "
    r"(?:early|soon))\b(?: (?:\w+ ){0,3}?)(?:to )?(?:say|judge|tell|know|conclude|draw|make|"
    r"decide|determine|be sure|be certain)\b",
    re.I,
)
# A call for more work ("It is clear that more trials are needed") states no result.
CALL = re.compile(
    r"\b(?:need(?:ed|s)?|required|warranted|should be (?:done|tested|studied))\b", re.I
)

_VERDICT_ROLES = frozenset({Role.CONCLUSION, Role.LIMITATION})


@lru_cache(maxsize=64)
def _verdicts(source: Source) -> tuple[tuple[str, frozenset[str]], ...]:
    """(sentence, the stems it bounds its doubt to) for each conclusion or limitation of the
    paper that says its evidence carries no conclusion."""
    out = []
    for s in split_source(source):
        found = caseless.search(NO_CONCLUSION, s.text) if s.role in _VERDICT_ROLES else None
        if found and not _POINTS_BACK.search(s.text):
            # the whole sentence bounds it: "Mortality was reported in one trial and there was
            # insufficient evidence to determine whether it differed" is about mortality
            rest = s.text[: found.start()] + " " + s.text[found.end() :]  # not the verdict's own
            bound = {
                stem(w.lower()) for w in content_words(rest) if word_weight(w) >= VERDICT_WEIGHT
            }
            out.append((" ".join(s.text.split()), frozenset(bound - GENERAL - _VERDICT_WORDS)))
    return tuple(out)


def doubted_throughout(source: Source, sentence: str) -> str | None:
    """The paper's verdict that its evidence carries no conclusion ("reliable conclusions could
    not be drawn from the present data"), when `sentence` names everything the verdict bounds
    its doubt to (the paper's abbreviations and the glossary's plain words count), else None."""
    verdicts = _verdicts(source)
    if not verdicts or NO_CONCLUSION.search(sentence) or _CANNOT_SAY.search(sentence):
        return None
    named = " ".join([sentence, *stand_ins(source, sentence)])
    mine = {stem(w.lower()) for w in content_words(named)}
    return next((text for text, bound in verdicts if bound <= mine), None)


def has_verdict(source: Source) -> bool:
    """Whether the paper's conclusions or limitations say its evidence carries no conclusion."""
    return bool(_verdicts(source))
