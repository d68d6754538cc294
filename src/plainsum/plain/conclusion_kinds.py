"""What a sentence of the authors' conclusions is, beside a finding: a call for more research
(`FUTURE`), what the review itself could or could not do (`ABOUT_THE_REVIEW`), advice
(`ADVICE`), a harm (`HARM`), or what the finding means in practice (`IN_PRACTICE`). Why it
matters (plain.relevance) and the body's pickers read them."""

from __future__ import annotations

import re
from functools import lru_cache

from ..memo import SIZE
from ..prefilter import by_branches, search
from .finding import FINDING
from .not_a_meaning import CALL

__all__ = [
    "ABOUT_THE_REVIEW",
    "ADVICE",
    "FUTURE",
    "HARM",
    "IN_PRACTICE",
    "a_call",
    "future_work",
    "only_a_call",
]

# What should come next, or what was not measured, not what this study means: left to the
# limitations ("The authors say more research is needed"), never the reason a paper matters.
FUTURE = re.compile(
    r"\b(?:future|further|larger|more|new|additional|well[- ]designed|ongoing|underway|"
    r"under way|currently running)\b[^.;]{0,80}\b(?:trials?|studies|research|update|data)\b"
    r"|\b(?:trials?|studies|research) (?:\w+ ){0,2}(?:underway|under way|ongoing|in progress)\b"
    # (never "earlier than needed", "as required", "when needed": how much, not a call)
    r"|(?<!\bthan )(?<!\bas )(?<!\bwhen )(?<!\bif )(?<!\bwhere )"
    r"\b(?:needed|required|warranted|should be|need to be|needs to be)\b"
    r"|\bnot (?:reported|measured|assessed)\b|\bno data\b"
    r"|\b(?:no longer|not) be updated\b|\bwhat's new\b"
    r"|\b(?:research|studies|trials|work) (?:could|should|might|may) (?:be|focus|address|look)\b"
    # how later trials should be run: "It is important that the RCTs have a large sample size"
    r"|\bit is (?:important|essential|necessary|crucial|vital) that (?:the |future |further "
    r"|new )?(?:\w+ )?(?:trials?|studies|research|RCTs)\b|\b(?:trials?|studies|RCTs) should\b"
    r"|\b(?:issues|problems|challenges|limitations|hurdles) (?:\w+ )?to (?:overcome|address|"
    r"solve|resolve|tackle)\b"
    # "trials ... would be clearly welcome", "an urgent need for a strong trial"
    r"|" + CALL.pattern,
    re.I,
)
by_branches(FUTURE)  # its branches need words of their own: asked one by one
# What the review itself could or could not do, not what its finding means: "The review
# authors were unable to achieve all of the objectives", "We could not answer our question".
ABOUT_THE_REVIEW = re.compile(
    r"\b(?:unable to|could not|cannot|did not|failed to|not possible to)\s+(?:fully\s+)?"
    r"(?:achieve|meet|answer|address|fulfil|fulfill|reach)\b[^.]{0,40}"
    r"\b(?:objectives?|aims?|questions?|goals?)\b",
    re.I,
)
# What the authors advise, as they say it: "cannot be recommended", "should be offered",
# "does not support its use", "can be prescribed ... without harm", "regular monitoring".
ADVICE = re.compile(
    r"\b(?:(?:cannot|can not|can|could|should|must)(?: not)? be (?:recommended|advised|"
    r"prescribed|offered|used|given|considered|discouraged)|(?:not )?recommend(?:ed|s)?\b|"
    r"(?:is|are) (?:strongly )?advised\b|"
    r"(?:does|do|did) not support (?:its|their|the) use|is (?:not )?advisable|"
    r"(?:regular|careful|close) (?:monitoring|evaluation|assessment|checks?))",
    re.I,
)
# A harm or a safety finding the authors name: "adverse effects were common", "an increased
# risk of infections", "appears to be safe", "toxicity".
HARM = re.compile(
    r"\b(?:adverse (?:effects?|events?|reactions?)|side effects?|"
    r"unwanted events?|harmful effects?|harms?|toxicit(?:y|ies)|"
    r"serious health problems?|"
    r"(?:increased|higher|greater) risk of|(?:was|were|is|are|appears? to be|seems? to be) "
    r"(?:\w+ )?(?:safe|well tolerated)|infections? (?:was|were) (?:more )?common)\b",
    re.I,
)


@lru_cache(maxsize=SIZE)
def future_work(text: str) -> bool:
    """Whether `text` calls for more research or names work still to come (`FUTURE`), asked by
    `prefilter.search` (a text holds the words of few of its branches; kept: every build of a
    draft asks it of the same conclusions)."""
    return search(FUTURE, text)


def a_call(text: str) -> bool:
    """Whether a sentence calls for more research, its words of advice read out."""
    return future_work(ADVICE.sub(" ", text))


# A finding with a call for more research after it: "X appears to reduce Y, but better trials
# are needed".
_FINDING_THEN_CALL = re.compile(
    r"^(?P<claim>.+?),? (?:but|although|though|yet|and|while) (?P<call>[^,]+?)\.?$"
)


# What the finding means in practice, said as advice or a verdict rather than as a finding:
# "Washout periods should be kept short", "Trials are needed before supplements can be
# recommended for this", "The study does not support a larger trial at this dose" (never a
# call to study more: "should be studied further").
IN_PRACTICE = re.compile(
    r"\b(?:should|must|need to) be (?!(?:further |more |better |also )?(?:studied|investigated|"
    r"explored|tested|examined|evaluated|confirmed|replicated|assessed|researched|done|"
    r"conducted|carried out|performed|designed|undertaken)\b)[a-z]+"
    r"|\bbefore\b[^.]{0,80}\b(?:can|could) be (?:recommended|advised|offered|used)\b"
    r"|\b(?:does|do|did) not support\b",
    re.I,
)


def only_a_call(text: str) -> bool:
    """Whether a sentence is a call for more research and nothing else: not a finding with
    the call said after it ("X appears to reduce Y, but better trials are needed" says what
    the authors found, and how sure they are)."""
    if not a_call(text):
        return False
    m = _FINDING_THEN_CALL.match(text)
    return not (m and a_call(m["call"]) and not a_call(m["claim"]) and FINDING.search(m["claim"]))
