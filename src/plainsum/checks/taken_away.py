"""What acts in a claim and what a claim takes away: "blocking GRP94 slowed cyst growth" is
said of taking GRP94 away, "inflammasome activation worsened disease" of the inflammasome
acting. polarity marks such claims; contradiction turns one round to read it against the
other when the thing taken away is the thing that acts."""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_words
from .negation import CLAUSE
from .polarity_words import DIRECTION, weighed

# Taking a thing away, said before a direction in its clause.
_TAKEN_AWAY = re.compile(
    r"\b(?:block(?:ing|ed)|inhibit(?:ing|ed)|inhibition of|remov(?:ing|ed|al of)|"
    r"knock(?:ing|ed)?[ -](?:out|down)|knockout of|delet(?:ing|ed|ion of)|silenc(?:ing|ed)|"
    r"disrupt(?:ing|ed|ion of)|lack(?:ed|ing|s)?)\b|\banti-(?=\w)",
    re.I,
)
# "In mice that lacked the protein, the disease was worse": a fronted phrase naming who had a
# thing taken away covers the clause after its comma.
_FRONTED = re.compile(r"^\s*(?:in|among|for)\s+[^,;:()]{1,60}?,", re.I)


def _fronted(sentence: str, start: int) -> re.Match[str] | None:
    """The taking-away words of a fronted phrase that covers the direction word at `start`."""
    m = _FRONTED.match(sentence)
    if not m or m.end() > start:
        return None
    return _TAKEN_AWAY.search(sentence, m.start(), m.end() - 1)


def taken_away_before(sentence: str, start: int, clause: str) -> re.Match[str] | None:
    """The words taking a thing away that a direction word at `start` is said of: in its
    `clause` before it ("Blocking X slowed A and helped B": both), or in a fronted phrase
    ("In mice that lacked the protein, the disease was worse")."""
    return _TAKEN_AWAY.search(clause) or _fronted(sentence, start)


_TAKEN_WORDS = 3  # content words after "blocking", "lacked" ... that name what is taken away
_AGENT_WORDS = 4  # content words before a direction word that may name what acts


def what_is_taken(found: re.Match[str]) -> dict[str, float]:
    """The stems of what a taking-away phrase takes away ("lacked part of the inflammasome":
    part, inflammasome), up to the end of its clause; none for "anti-", which more often names
    a thing ("anti-TPO antibodies") than takes one away."""
    if found.group(0).lower().startswith("anti"):
        return {}
    rest = CLAUSE.split(found.string[found.end() :])[0]
    return weighed(content_words(rest)[:_TAKEN_WORDS])


# Words that act against what follows them ("slowing or stopping HDAC6 decreases PC2"): what
# acts is then the thing held back, and no agent is read.
_HOLDING_BACK = re.compile(r"\b(?:stop(?:s|ped|ping)?|suppress\w*|limit\w*|restrict\w*)\b", re.I)


_REPORTED = re.compile(r"\b(?:that|which|whether)\b", re.I)


def agent(clause: str, own: set[str]) -> dict[str, float]:
    """What acts in a clause before its direction word; none when the clause itself holds a
    direction word or holds something back."""
    if (
        caseless.search(DIRECTION, clause)
        or _HOLDING_BACK.search(clause)
        or _TAKEN_AWAY.search(clause)
    ):
        return {}
    clause = _REPORTED.split(clause)[-1]  # "evidence indicated that X ...": X acts
    return {k: v for k, v in weighed(content_words(clause)[-_AGENT_WORDS:]).items() if k not in own}
