"""A review that took in studies which only observed people (cohort, case-control): its
limitations carry the caveat such studies need, that they can find a link but cannot show cause
and effect, beside the review's own ("A review can only be as good as the studies it includes").

Only studies the review counts ("six cohort studies", "Five studies used a prospective cohort
design", "one case-control study was included") are read as taken in: the kinds of study its
criteria allowed, a call for cohort studies, or observational studies named in the background
are not. Cross-sectional studies are left out: in a review of a test's accuracy they measure
the test, and a caveat about cause and effect would not fit.
"""

from __future__ import annotations

import re

from ..prefilter import may_match, search
from .sentences import Role
from .source import SourceSentence

__all__ = ["observed_caveat"]

OBSERVED = (
    "This review took in studies that only observed people: such studies can find a link, but "
    "they cannot show cause and effect."
)
# ... when it counts randomised trials too: "took in studies that only observed people" would read
# as all of them (reader59_w2, CD009350: five cohort, two case-control and one randomised trial).
SOME_OBSERVED = (
    "Some studies in this review only observed people: such studies can find a link, but they "
    "cannot show cause and effect."
)
ONE_OF_THEM_OBSERVED = (
    "One study in this review only observed people: such a study can find a link, but it "
    "cannot show cause and effect."
)
ONE_OBSERVED = (
    "This review took in a study that only observed people: such a study can find a link, but "
    "it cannot show cause and effect."
)

_KIND = r"(?:cohort|case-control|case control|observational)"
_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
# "six cohort studies", "Five studies used a prospective cohort design", "Two were case-control
# studies", "across 36 observational studies", "five publications of cohort studies"
_COUNTED = re.compile(
    rf"\b(?P<n>{_COUNT}) (?:[\w-]+ ){{0,3}}?(?:(?:prospective|retrospective|population-based|"
    rf"observational) )?{_KIND}(?: (?:and|or) (?:(?:prospective|retrospective) )?{_KIND})? "
    r"(?P<what>studies|study|design)\b",
    re.I,
)
# "one a randomised controlled trial (RCT)", "two RCTs": randomised trials counted beside them
_TRIALS_COUNTED = re.compile(
    rf"\b(?:{_COUNT}|an?) (?:[\w-]+ ){{0,3}}?(?:randomi[sz]ed (?:controlled )?trials?|RCTs?)\b",
    re.I,
)
_WHERE = (Role.RESULTS, Role.METHODS, Role.LIMITATION)  # where the roles put what was taken in
# what later studies should do, or what the review left out, never what it took in
_NOT_TAKEN = re.compile(r"\b(?:future|further|should|need(?:ed|s)?|required|exclud\w*)\b", re.I)


def observed_caveat(sentences: list[SourceSentence]) -> str | None:
    """The caveat for a review that counts studies which only observed people among those it
    took in (said of one study when that is all it counts); None when it counts none."""
    taken = [s.text for s in sentences if s.role in _WHERE and not search(_NOT_TAKEN, s.text)]
    hits = [
        m for text in taken for m in (_COUNTED.finditer(text) if may_match(_COUNTED, text) else ())
    ]
    if not hits:
        return None
    one = all(m["n"].lower() == "one" and m["what"].lower() == "study" for m in hits)
    if any(_TRIALS_COUNTED.search(text) for text in taken):
        return ONE_OF_THEM_OBSERVED if one else SOME_OBSERVED
    return ONE_OBSERVED if one else OBSERVED
