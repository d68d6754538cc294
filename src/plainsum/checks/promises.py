"""Overclaiming by meaning: what a summary promises that the paper does not say.

Hype needs no hype word. A sentence overclaims when it widens what a study found along one of
five lines, each recognised by its shape (a benefit said together with a scope), not by a list
of phrases:

- how long (permanence): a benefit said to last for life, for good, forever or permanently, a
  condition said to be gone ("now a thing of the past", "stay free of relapses for life");
- for whom (universality): a benefit for everyone, anyone, all people with a condition, or
  regardless of who they are;
- how sure (certainty): a question settled or put to rest, a result known for certain, a
  benefit called real, genuine, dramatic or lasting ("offers real relief");
- how soon (imminence): a change said to come soon, shortly or within a few years ("could soon
  end the need for injections");
- how big a step (milestone): a turning point, a new chapter, historic, the door opened.

The paper is the yardstick: a claim whose scope the paper states itself (it reports that "all
patients improved", calls a finding "a turning point", describes "lasting relief") is not an
overclaim of the summary's, and passes. Negated uses pass ("this does not settle the
question", "not for everyone"), and so do sentences that point readers to their care team.

The five lines' shapes are a table in plainsum.checks.promise_families; this module decides
whether a match of one makes a claim. Claims of certainty, absolute effects and sufficiency,
measured against the paper's own strength (plainsum.checks.claims_strength), are reported
with them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .claims_strength import find_strength
from .promise_families import FAMILIES, Family
from .text import clause_bounds, matches_in_sentences, negated

# A pointer to the reader's care team ("Anyone with questions should talk with their doctor").
_CARE = re.compile(
    r"\b(?:talk|speak|ask|discuss|consult|check|raise|questions?|see|seen|visit|looked at|"
    r"contact|tell)\b.*\b(?:doctor|care team|"
    r"team that treats|neurologist|nurse|health ?care (?:team|provider)|GP|physician)s?\b",
    re.I,
)
NEAR = 80  # characters either side of a scope word within which its benefit must be said


# Before a claim in its clause: a negation, a question or an aim, which make it no claim
# ("none showed any real difference", "unclear whether it offers real relief", "we wanted to
# find out whether it works for everyone").
_DOUBT = re.compile(
    r"\b(?:no|not|none|never|nor|without|any|whether|if|unclear|unknown|uncertain|wanted to|"
    r"aimed to|to find out|to see|to know|to say|to tell|asked|(?:tried|try|trying|hopes?|"
    r"hoped|hoping) to|cannot|can't|could not|did not|"
    r"does not|do not)\b|n't\b",
    re.I,
)
# A sentence that calls for more research hedges whatever it says.
_MORE_WORK = re.compile(
    r"\b(?:more|further|larger|longer|better)\s+(?:\w+\s+)?(?:research|studies|trials|"
    r"evidence|data|work)\s+(?:is|are|will be|would be)?\s*(?:needed|required|necessary)\b",
    re.I,
)


class Promise(NamedTuple):
    """One overclaim found in a sentence."""

    family: Family
    words: str
    sentence: str


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause of `sentence` holding the span start..end."""
    a, b = clause_bounds(sentence, start, end)
    return sentence[a:b]


@lru_cache(maxsize=256)
def _norm(text: str) -> str:
    """`text` in lower case, punctuation as spaces, padded with one space either side."""
    return f" {' '.join(re.sub(r'[^a-z0-9 ]+', ' ', text.lower()).split())} "


def _source_says(words: str, source_text: str) -> bool:
    """Whether the paper itself uses the scope words (lower case, punctuation as spaces)."""
    return _norm(words) in _norm(source_text)


# Before everyone said to benefit: "for everyone", "helps anyone", "works in all people".
_TO_WHOM = re.compile(
    r"\b(?:for|in|to|among|of|help\w*|protect\w*|benefit\w*|cur(?:e|es|ed)|heal\w*|reliev\w*|"
    r"free\w*|serve\w*|suit\w*|give\w*|offer\w*)\s*$",
    re.I,
)
# After everyone said to benefit, in their own clause: "everyone with MS will benefit".
_THEY_GAIN = re.compile(
    r"^(?:[^,;.]{0,60}?\s)?(?:will |can |could |would |may |might |should |are (?:likely|"
    r"able) to )?(?:\w+ )?(?:benefit\w*|improv\w*|recover\w*|get better|do better|feel "
    r"better|be (?:helped|cured|protected|free)|respond\w*|gain\w*|heal\w*|stay \w+-free|"
    r"stay free)\b",
    re.I,
)


# A comparison's other arm, a way of treating that names everyone it treats: "Compared with
# giving antiviral medicine to everyone from the start, early treatment ...".
_ARM_BEFORE = re.compile(
    r"\b(?:compared (?:with|to)|than|versus|vs\.?|instead of|rather than)\s+\w+ing\b[^,;.]*$",
    re.I,
)


# Who a study looked at: "reviewed the evidence ... in all women of reproductive age" says
# whom the research covered, not that all of them gain.
_SCOPE = re.compile(
    r"\b(?:reviewed|studied|looked (?:at|for)|included|assessed|recruited|enrolled|examined|"
    r"searched|surveyed|screened|tested)\b",
    re.I,
)


def _beneficiary(sentence: str, start: int, end: int) -> bool:
    """Whether the everyone at start..end of `sentence` is who a benefit is claimed for: the
    object of "for", "in" or a benefit verb, or the subject of a benefit ("all people with MS
    will improve"); not everyone who was screened, asked or recommended something."""
    if _ARM_BEFORE.search(sentence[:start]):
        return False  # "compared with giving it to everyone from the start": a way of treating
    if _TO_WHOM.search(sentence[:start]) or sentence[start:end].lower().startswith(
        ("regardless", "no matter", "whatever", "any ", "every form", "every type", "every kind")
    ):
        return True
    return bool(_THEY_GAIN.search(sentence[end:]))


def _claims_it(family: Family, sentence: str, start: int, end: int) -> bool:
    """Whether the scope words at start..end of `sentence` make a claim: not negated, not in
    an exempt phrase, a question, an aim or a call for more research, and with the benefit
    their family needs said near them in their clause."""
    if negated(sentence, start):
        return False
    if family.exempt and any(
        m.start() <= start < m.end() for m in family.exempt.finditer(sentence)
    ):
        return False
    clause = _clause(sentence, start, end)
    words = sentence[start:end]
    at = max(0, clause.find(words))
    if _DOUBT.search(clause[:at]) or _MORE_WORK.search(sentence):
        return False
    if family.name == "universality" and (
        not _beneficiary(sentence, start, end) or _SCOPE.search(sentence, 0, start)
    ):
        return False
    if family.needs is None:
        return True
    after = at + len(words)
    return bool(
        family.needs.search(f"{clause[max(0, at - NEAR) : at]} {clause[after : after + NEAR]}")
    )


def find_promises(text: str, source_text: str | None = None) -> list[Promise]:
    """Every overclaim by meaning in `text`, in order; with `source_text`, those whose scope
    words the paper uses itself are left out."""
    found: list[tuple[int, Promise]] = []
    for family, match, sentence, start, end in matches_in_sentences(text, FAMILIES):
        if start < 0 or _CARE.search(sentence):
            continue
        if not _claims_it(family, sentence, start, end):
            continue
        if source_text is not None and (
            _source_says(match.group(0), source_text)
            or (family.paper_says is not None and family.paper_says.search(source_text))
        ):
            continue
        found.append((match.start(), Promise(family, match.group(0), sentence)))
    # certainty, absolute effects and sufficiency, measured against the paper's own strength
    for family, words, sentence in find_strength(text, source_text):
        if not _CARE.search(sentence):
            found.append((text.find(sentence), Promise(family, words, sentence)))
    return [p for _, p in sorted(found, key=lambda f: f[0])]
