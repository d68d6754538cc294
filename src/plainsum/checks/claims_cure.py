"""'Cure' as a plain term: where the word names a measured outcome, not a promise.

"Cure rates", "clinical cure", "time to cure", "curative surgery" are terms of the trade; so is
cure counted as an outcome ("55% were cured", "cured in all 19 patients") or weighed as a
chance ("when a cure is more likely", "the chance of cancer cure"). The claims check
(checks/claims.py) lets these pass; and a paper that reports cure itself makes the word in its
summary a warning, not an error.
"""

from __future__ import annotations

import re

from .. import caseless
from .text import negated

CURE_TERMS = (
    r"\bcure[- ]rates?\b|\b(?:clinical|symptomatic|microbiological|mycological|complete|"
    r"partial|sustained|parasitological|bacteriological)(?: \w+)? cure\b|"
    r"\b(?:time|rates?|chances?|odds|likelihood|proportion) (?:to|of) (?:a |the )?(?:\w+ )?cure\b|"
    # cure as a counted outcome: "55% were cured", "cured in all 19 patients", "Fifty-five
    # percent were completely cured", "62% were at least partially cured", "one woman was
    # cured for every 25 treated"
    r"(?:\d|%|\bpercent\b|\bhalf\b|\b(?:one|two|three|four|five) (?:in|of|out of|per)\b)"
    r"[^.]{0,60}?\b(?:were|was|be|been|got) (?:\w+ ){0,3}?cured\b|"
    r"\bcured for every \d|"
    # how long it took to be cured: a measured time
    r"\b(?:how long|took|time|days|weeks|months) [^.]{0,40}?to be cured\b|"
    r"\b(?:were|was) (?:\w+ )?cured (?:in|among) (?:all |the )?\d|\bcure is (?:more|less) likely\b|"
    r"\bcurative (?:intent|surgery|treatment|resection|therapy|options?)\b|"
    r"\bcured? (?:meat|resin|cement)"
)
_CURE_IN_SOURCE = re.compile(r"\bcur(?:e|es|ed|ing|ative)\b", re.I)


def source_reports_cure(source_text: str) -> bool:
    """Whether the paper itself uses 'cure' words other than to say there is none."""
    return any(
        not negated(source_text, m.start()) for m in caseless.finditer(_CURE_IN_SOURCE, source_text)
    )
