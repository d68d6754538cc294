"""A headline that says what comes next instead of what was found: a call for more research
("Longer studies are needed on screens and sleep"), a plan ("A phase 2 trial is planned"),
the next step ("The drug will now be tested in people"). Read alone it tells a reader nothing
of the result; it is the headline's error only when the paper's conclusions state a result
(an effect or a link, not only doubt or a call of their own): a paper that concludes only that
the evidence is too thin and more trials are needed has that as its point. Used by
`plainsum.checks.headline_against`."""

from __future__ import annotations

import re

from ..evidence import SourceSentence
from .headline_claims import QUESTION, claims

# Research or its next step, as the object of a call or a plan.
# (not "follow-up" or "tests": "Education and follow-up are required" is care, not research)
_WORK = r"(?:research|stud(?:y|ies)|trials?|work|data|evidence|investigations?|experiments?)"
# "... are needed", "is planned", "is under way"; "should be tested", "will be studied"; "calls
# for larger trials"; "the next step is ..."; "researchers plan to ..."
_CALL = re.compile(
    rf"\b{_WORK}\b[^.;:]{{0,60}}?\b(?:(?:is|are|remains?|will be)\s+"
    r"(?:still\s+|now\s+|urgently\s+)?"
    r"(?:needed|required|warranted|planned|under\s?way|ongoing|in progress|recruiting)"
    r"|should (?:now )?(?:follow|be done|look|test|check|confirm))\b"
    rf"|\b(?:need|needs|call|calls|called|plans?|planning) (?:for )?(?:\w+ ){{0,3}}?{_WORK}\b"
    r"|\b(?:will|should|must|needs? to|is to|are to|(?:is|are) next to) (?:now |next |first )?"
    r"be (?:tested|studied|confirmed|explored|investigated|repeated|replicated|examined|"
    r"checked|tried|followed)\b"
    # what the researchers will go on to do: "Registries will keep collecting pregnancies"
    r"|\bwill (?:now |next |soon |also )?(?:keep|continue|go on|carry on) (?:to )?\w+"
    r"|\bnext step\b"
    # more work said to be worth doing: "Further trials comparing different antibiotics with
    # each other would be useful" (CD005217)
    rf"|^(?:further|more|new|larger|future|additional|longer|well[- ]designed|high[- ]quality|"
    rf"(?:\w+ )?randomi[sz]ed)\s+(?:[\w-]+\s+){{0,3}}?{_WORK}\b[^.;:]{{0,120}}?\b(?:would|could|"
    r"will|might|may) (?:also )?be (?:very )?(?:useful|helpful|valuable|welcome|worthwhile|"
    r"informative|of (?:great )?(?:value|use|interest)|beneficial|desirable|justified)\b"
    # what more work would give: "A pooled analysis of each patient's data would provide
    # further information on ...", "Larger trials could give clearer answers"
    r"|\b(?:would|could|might|may) (?:help to |also )?(?:provide|give|yield|offer|add|bring) "
    r"(?:\w+ ){0,2}?(?:further|more|additional|clearer|better|new|firmer) (?:information|"
    r"evidence|data|insights?|answers|knowledge|understanding)\b"
    r"|\b(?:researchers|scientists|the team|the authors|investigators) (?:now )?(?:plan|hope|"
    r"want|intend|aim) to\b",
    re.I,
)
# The clauses of a headline: one may state the finding beside the call ("Tai chi eased pain,
# but longer trials are needed").
_CLAUSE = re.compile(r"[,;:.–—]|\b(?:but|and|while|whereas|although|though|yet)\b", re.I)
# Words that put a conclusion's effect in doubt: it states no settled result.
_DOUBT = re.compile(
    r"\b(?:uncertain\w*|unclear|unknown|insufficient|inconclusive|unproven|not known|not enough|"
    r"too (?:few|little|small|weak)|no (?:\w+ )?(?:evidence|data)|lack of|cannot be "
    r"(?:drawn|made|determined)|unable to)\b",
    re.I,
)


# A change said without a claim word: "lengthened walking time", "walked faster"
_CHANGE = re.compile(r"\b(?:\w{3,}ened|longer|shorter|faster|slower|sooner|earlier)\b", re.I)


def _result(text: str) -> bool:
    """Whether a conclusion sentence states a result: a clause with an effect, a link or a
    change that is neither a call nor a question, in a sentence with no doubt on it."""
    if _DOUBT.search(text):
        return False
    return any(not _CALL.search(part) and _said(part) for part in _CLAUSE.split(text))


def _said(part: str) -> bool:
    """Whether a clause says something was found (or how sure it is), outside a question."""
    if _DOUBT.search(part):  # "Whether X helps is uncertain": how sure, after the question
        return True
    text = QUESTION.sub("", part)
    return claims(text) or _CHANGE.search(text) is not None


def research_call(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The call or plan of a headline that says only what research comes next, when one of the
    paper's conclusions states a result; else None."""
    call = _CALL.search(headline)
    if not call:
        return None
    own = [p for p in _CLAUSE.split(headline) if p.strip() and not _CALL.search(p)]
    if any(_said(p) for p in own):
        return None  # the finding, or how sure it is, is said beside the call
    if not any(_result(sentences[i].text) for i in main):
        return None
    return call.group(0)
