"""Funding by a party with a stake in the results, as a paper states it.

"All RCTs were funded by tobacco companies", "Thirty studies were either conducted or sponsored
by the manufacturer of the study medication", "Nine studies reported industry funding": a
reader weighs such results knowing who paid for them, and an independent reader passed a draft
that left it out (CD013790, heated tobacco products). Said as absent or unknown it is no such
statement: "None of the studies were funded by the alcohol industry", "only one of the trials
seems not to be industry-funded", "did not report whether they were funded by the industry".
"""

from __future__ import annotations

import re

__all__ = ["INTERESTED_FUNDING", "FUNDING_SAID", "interested_funding"]

# Who has a stake: a maker, a drug or tobacco company, industry, a commercial interest.
_STAKE = (
    r"(?:(?:the |a |an |their |its )?(?:[\w-]+ ){0,3}?(?:manufacturers?|makers?|"
    r"pharmaceutical(?: compan(?:y|ies)| industry| firms?)?|drug compan(?:y|ies)|"
    r"tobacco (?:compan(?:y|ies)|industry)|industry|industries|compan(?:y|ies)|"
    r"(?:organi[sz]ations?|part(?:y|ies)|sponsors?) with (?:a |an )?(?:commercial|financial|"
    r"vested) interests?))"
)
# The words of a clause up to the statement, with no word that denies or doubts it.
_CLAUSE = (
    r"(?:^|(?<=[,;:(])|\b(?:while|whereas|and)\b)"
    r"(?:(?:(?!\b(?:no|not|none|neither|nor|without|never|unclear|unknown|whether|if|"
    r"independent\w*|non-?industry)\b)[^,;:.()])*?)"
)
INTERESTED_FUNDING = re.compile(
    _CLAUSE
    + r"\b(?:(?:(?:fully|partly|partially|wholly|mainly|largely|in part|either) )?(?:funded|"
    r"sponsored|paid for|financed|supported financially|conducted or sponsored|sponsored or "
    r"conducted)(?: (?:fully|partly|partially|wholly|in part))?|(?:received |reported )?"
    r"(?:funding|financial support)(?: or partial funding)?) (?:by|from) "
    + _STAKE
    + r"(?=[\s,;:.)]|$)"
    r"|"
    + _CLAUSE
    + r"\b(?:industry|pharmaceutical|commercial(?:ly)?)[- ](?:funded|sponsored|funding|"
    r"sponsorship)\b"
    # "Pharmaceutical companies funded two studies", "The manufacturers of the drugs under
    # investigation funded three of the studies"
    r"|"
    + _CLAUSE
    + r"\b(?:(?:the )?(?:manufacturers?|makers?)(?: of [\w\s-]{1,40}?)?|(?:pharmaceutical|drug|"
    r"tobacco) compan(?:y|ies)) (?:funded|sponsored|paid for|financed)\b",
    re.I,
)
# How a summary says who paid: a word for paying with a word for the party that paid.
FUNDING_SAID = re.compile(
    r"\b(?:fund\w*|paid|pays?|sponsor\w*|financ\w*|money)\b[^.]{0,80}?"
    r"\b(?:compan\w*|industry|industries|makers?|manufacturers?|firms?|commercial|stake|"
    r"interest)\b"
    r"|\b(?:compan\w*|industry|makers?|manufacturers?)\b[^.]{0,60}?\b(?:fund\w*|paid|pa(?:y|ys)|"
    r"sponsor\w*|financ\w*)\b",
    re.I,
)


def interested_funding(text: str) -> re.Match[str] | None:
    """The statement in `text` that a party with a stake in the results paid for the study or
    for some of the studies (`INTERESTED_FUNDING`), or None."""
    low = text.lower()
    if not any(w in low for w in ("fund", "sponsor", "paid", "financ")):
        return None
    return INTERESTED_FUNDING.search(text)
