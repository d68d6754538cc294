"""How many studies a paper's results rest on, when it says: one trial, several, or a review of
one study.

The single_trial caveat ("one trial needs confirming") is warranted by one study, not by the
word "trial": a paper that reports two trials ("We report two clinical trials", "crossover
studies were conducted, each in 24 healthy subjects") has already repeated itself, and a
review that found only one study ("We included one study, involving 40 infants") rests on one
trial as much as a trial does.
"""

from __future__ import annotations

import re

from . import caseless

_FEW = r"(?:two|three|four|five|six|2|3|4|5|6)"
# the paper's own trials, more than one: "we report two clinical trials", "in two identical
# phase 3 trials", "crossover studies were conducted, each in ...", "a pooled analysis of"
_SEVERAL_OWN = re.compile(
    rf"\b(?:we (?:report|conducted|performed|ran|carried out|present) |(?:in|across|from) "
    rf"(?:the )?|(?:pooled|combined|joint) analysis of (?:the )?){_FEW} (?:[\w-]+ ){{0,4}}?"
    r"(?:trials|studies)\b"
    r"|\b(?:trials|studies) were (?:conducted|performed|carried out|run)\b[^.;]{0,20}\beach\b"
    # a results-only review's count ("Two MPAC trials were identified. One trial compared ...")
    rf"|^{_FEW} (?:[\w-]+ ){{0,2}}?(?:trials|studies|RCTs) were (?:identified|found|included)\b"
    r"|\b(?:two|three|both) (?:identical|parallel|replicate|companion|sister) "
    r"(?:[\w-]+ ){0,3}?(?:trials|studies)\b",
    re.I,
)
# a review that took in one study: "we included one study", "only one trial met the inclusion
# criteria", "the review found only one trial" (not "one study compared X with Y", one of many,
# nor "one ongoing trial was identified", a trial with no results yet)
_NOT_DONE = r"(?!(?:[\w-]+ )?(?:ongoing|awaiting|planned|unpublished|registered)\b)"
_ONE_INCLUDED = re.compile(
    r"\b(?:we|the review|this review|the authors) (?:included|identified|found) "
    rf"(?:only |just )?(?:one|a single|1) {_NOT_DONE}(?:[\w-]+ ){{0,2}}?(?:trial|study|rct)\b"
    # ("One open-label randomised controlled trial of 63 neonates was eligible for inclusion")
    rf"|\b(?:only |just )?(?:one|a single) {_NOT_DONE}(?:[\w-]+ ){{0,3}}?(?:trial|study|rct)"
    r"(?: (?:of|with|in|involving|including)(?: [\w,-]+){1,5}?)? "
    r"(?:was|met|fulfilled) (?:included|identified|eligible|(?:the|our) (?:inclusion|selection) "
    r"criteria)\b"
    r"|\b(?:this|the) review included (?:only )?(?:one|a single) (?:[\w-]+ ){0,2}?(?:trial|"
    r"study|rct)\b",
    re.I,
)
# a count of several studies: "12", "eight", "twenty-three"
_SEVERAL = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)"
)
_MORE_INCLUDED = re.compile(rf"\b{_SEVERAL} (?:[\w-]+ ){{0,3}}?(?:trials|studies|rcts)\b", re.I)


def trials_reported(text: str) -> int | None:
    """How many trials a trial paper reports: 2 when it reports several of its own, else None
    (one, as far as the paper says)."""
    return 2 if _SEVERAL_OWN.search(text) else None


def studies_included(text: str) -> int | None:
    """How many studies a review took in: 1 when it says it found only one and counts no more
    ("We included one study"), else None (not said, or several)."""
    if caseless.search(_ONE_INCLUDED, text) and not _MORE_INCLUDED.search(text):
        return 1
    return None


# a review's own count of the studies it took in, several of them: "Eight studies with 390,769
# participants were included", "we included 12 cohort studies", "14 studies met the inclusion
# criteria" (not "two studies have shown", earlier work, nor "in 3 studies" of a cohort's sites)
_SEVERAL_INCLUDED = re.compile(
    rf"\b{_SEVERAL} (?:[\w-]+ ){{0,3}}?(?:studies|trials|rcts|articles|publications|reports)"
    r"(?: (?:with|involving|including|of) [\d,]+ (?:[\w-]+ )?(?:participants|people|patients|"
    r"subjects|individuals|women|men|children|adults))? (?:were|was) (?:included|eligible|"
    r"identified for inclusion)\b"
    rf"|\bwe (?:included|identified) {_SEVERAL} (?:[\w-]+ ){{0,3}}?(?:studies|trials|rcts)\b"
    rf"|\b{_SEVERAL} (?:[\w-]+ ){{0,3}}?(?:studies|trials|rcts) (?:met|fulfilled) (?:the|our) "
    r"(?:inclusion|selection|eligibility) criteria\b",
    re.I,
)


def studies_taken_in(text: str) -> bool:
    """Whether a paper says it took in several studies, as a review does."""
    return bool(_SEVERAL_INCLUDED.search(text))
