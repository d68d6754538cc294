"""Whether a conclusion of a paper not about MS says nothing of what its finding means, so is
never lifted alone beside the not-about-MS statement in why it matters: a limit of the studies
(said under limitations: "Many trials had small numbers of people"), a piece of a list cut
from its lead ("...; and study designs that ..."), a call for more work
("an urgent need for a strong trial", "trials ... would be welcome"), a result with nothing
named that had it ("There is little or no difference in the long term": `unnamed_result`) or
what some of the studies reported ("One trial reported two minor problems"), or where a
review stands against its earlier version ("The conclusions remain the same as the last update").
"""

from __future__ import annotations

import re

from .limit_rules import RULES
from .limits import states_a_limit
from .unnamed_result import unnamed_result

__all__ = ["AVENUES", "CALL", "not_a_meaning"]

# Work to come said as a place to go: "X could represent other avenues of research".
AVENUES = r"\bavenues? (?:of|for) (?:\w+ )?research\b"

# A call for more work in words of its own: "trials ... would be clearly welcome", "an urgent
# need for a strong trial", "could be tested against each other" (part of the body's `FUTURE`).
CALL = re.compile(
    r"\bwould be (?:\w+ )?welcome\b|\bneed for (?:an? |more |further |new )?(?:[\w-]+ ){0,2}"
    r"(?:trials?|studies|research|evidence)\b|\bcould (?:\w+ )?be (?:tested|studied|compared|"
    rf"explored)\b|{AVENUES}",
    re.I,
)
# The kinds of limit that say how the studies were done, not how sure a finding is ("weak
# evidence suggests zinc helps" still says what it means).
_HOW_DONE = frozenset(
    "small small_studies short dropouts stopped_early no_control one_centre bias open differed "
    "little_data poor_reporting".split()
)
_LIMITS = [pattern for name, pattern, _ in RULES if name in _HOW_DONE]
# ... and in words those rules leave to the paper's own limitation sentences: "variation between
# studies", "limited reporting of methods", "not enough power".
_LIMIT_WORDS = re.compile(
    r"\b(?:variation|heterogeneity|inconsistenc\w+|differences?) (?:\w+ ){0,2}(?:between|across|"
    r"among) (?:the )?(?:included )?(?:studies|trials)\b"
    r"|\b(?:(?:limited|poor|inconsistent|incomplete|unclear) |lack of (?:\w+ )?)reporting\b"
    r"|\breporting (?:of [\w -]{1,40} )?(?:was|were) (?:\w+ )?(?:limited|poor|unclear)\b"
    r"|\b(?:not enough|lack of|insufficient|inadequate|low) (?:statistical )?power\b"
    r"|\bunderpowered\b|\bevidence\b[^.]{0,40}\b(?:is|was|are|were|remains?) (?:\w+ )?weak\b"
    r"|\b(?:encountered|faced|met) (?:\w+ )?(?:difficulties|problems|challenges)\b",
    re.I,
)

# What some of the studies reported or measured: "One trial reported two minor problems",
# "No study reported functional measures": a result of one study, never what the whole means.
_SOME_STUDIES = re.compile(
    r"^(?:Only |Just )?(?:one|two|three|four|five|six|a single|no|neither|both|\d+|some|a few)"
    r" (?:of the )?(?:included )?(?:[\w-]+ )?(?:trials?|stud(?:y|ies)|reviews?)"
    r" (?:\w+ )?(?:reported|measured|recorded|described|assessed|looked at|checked|noted)\b",
    re.I,
)

# Where the review stands against its earlier version: "the conclusions remain the same as the
# previous update", "we found no new studies for this update": news of the review, not of what
# its finding means.
_UPDATE_STATUS = re.compile(
    r"\b(?:conclusions?|findings?|results?) (?:\w+ ){0,3}"
    r"(?:(?:remains?|stays?) (?:unchanged|the same)\b|(?:are|is|were|was) (?:still )?unchanged\b)"
    r"|\bthe same as (?:in )?(?:the|its|our) (?:previous|earlier|last|original|first) (?:version|"
    r"update|review)\b"
    r"|\bno new (?:[\w-]+ )?(?:studies|trials|evidence) (?:\w+ )?(?:were|was|have been|has been|"
    r"could be) (?:found|identified|included|added)\b"
    r"|\b(?:found|identified|included|added) no new (?:[\w-]+ )?(?:studies|trials|evidence)\b",
    re.I,
)


def not_a_meaning(text: str) -> bool:
    """Whether `text` is no statement of what a finding means; see the module docstring."""
    return (
        ";" in text  # a list split from its lead ("...; and study designs that ..."), or two
        # statements that need each other: never one alone
        or states_a_limit(text)
        or bool(_LIMIT_WORDS.search(text))
        or any(p.search(text) for p in _LIMITS)
        or bool(CALL.search(text))
        or unnamed_result(text)
        or bool(_SOME_STUDIES.match(text))
        or bool(_UPDATE_STATUS.search(text))
    )
