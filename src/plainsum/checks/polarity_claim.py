"""A claim of polarity: a direction word said of some words ("relapses were reduced": down,
about relapses), with what acts in it, what it is set against and what it takes away. Built by
plainsum.checks.polarity for each direction it reads, and by plainsum.checks.polarity_denials
for an elliptical denial."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..evidence import content_words, stem
from .negation import CLAUSE
from .polarity_compare import against
from .polarity_reach import SIDE_EFFECT, side_effects_as_adverse
from .polarity_words import POLARITY_STEMS, weighed
from .taken_away import agent, taken_away_before, what_is_taken

__all__ = ["REACH_AFTER", "Claim", "make_claim"]

REACH_AFTER = 5  # content words after a direction word that it may be about


@dataclass(frozen=True)
class Claim:
    """A direction word and the stems of the words it is about (in its clause)."""

    polarity: str
    about: dict[str, float]  # stem -> weight
    # the names its words stand for (an abbreviation's long form, a term's plain phrase), each
    # as stem -> weight: shared only when another claim names most of one
    stands_for: tuple[dict[str, float], ...] = ()
    # the content word written right before each word ("magnetic" before "stimulation")
    modifiers: dict[str, str] = field(default_factory=dict)
    # said of taking something away ("blocking TWEAK slowed cyst growth"): not comparable with
    # a claim about the thing itself ("TWEAK increased cyst growth")
    inverted: bool = False
    # the words of `about` as written ("shrinking", "brain"), for looking them up again
    words: tuple[str, ...] = ()
    said: str = ""  # the direction word as written ("slowed")
    said_at: int = 0  # where it starts in the sentence
    # what is taken away, when `inverted` ("GRP94" in "blocking GRP94 slowed ..."), and the
    # words before the direction word in its clause, its agent ("inflammasome activation" in
    # "inflammasome activation worsened disease"): a claim about taking a thing away is read
    # against one about the thing itself when the one's taken thing is the other's agent
    taken: dict[str, float] = field(default_factory=dict)
    agent: dict[str, float] = field(default_factory=dict)
    # the direction a negation denies ("did not increase": up), for a "null" claim made so:
    # it agrees with the opposite direction ("did not increase" is true of a reduction)
    denied: str = ""
    # what the claim's subject is set against ("compared with native tissue repair", "than
    # those on placebo"): a claim with the two turned round says the opposite
    against: dict[str, float] = field(default_factory=dict)
    # what acts in it when the claim shares its agent with the one before it in its sentence
    subject: dict[str, float] = field(default_factory=dict)

    @property
    def actor(self) -> dict[str, float]:
        """What acts in the claim: its own agent, or the one it shares."""
        return self.agent or self.subject


def make_claim(
    sentence: str,
    m: re.Match[str],
    polarity: str,
    denied: str,
    words: list[str],
    window: str,
    expand: Callable[[str], list[list[str]]] | None,
) -> Claim | None:
    """The claim of direction word `m` about `words` (written in `window`), if it is about
    anything."""
    own = {stem(w) for w in content_words(m.group(0))} | POLARITY_STEMS
    words = side_effects_as_adverse(words, window)
    window = SIDE_EFFECT.sub("adverse effects", window)
    about = {k: v for k, v in weighed(words).items() if k not in own}
    implied = _IMPLIED.get(m.group(0).lower())
    if about and implied:  # "walking got faster" is about walking speed
        about.update(weighed([implied]))
    names = []
    for group in expand(window) if expand is not None else []:
        name = {k: v for k, v in weighed(group).items() if k not in own and k not in about}
        if name:
            names.append(name)
    if not (about or names):
        return None
    # "Blocking X slowed A and helped B": both are said of taking X away
    clause = CLAUSE.split(sentence[: m.start()])[-1]
    taken = taken_away_before(sentence, m.start(), clause)
    return Claim(
        polarity,
        about,
        tuple(names),
        _modifiers(window),
        bool(taken),
        tuple(w for w in words if stem(w) in about),
        m.group(0),
        m.start(),
        what_is_taken(taken) if taken else {},
        agent(clause, own),
        denied,
        against(sentence, m.end(), alike=m.group(0).lower().endswith(" as")),
    )


# What a direction word says changed, when it says it itself: "faster" is a speed.
_IMPLIED = {w: "speed" for w in "faster quicker slower sooner".split()}
_WORD_OR_MARK = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")


def _modifiers(text: str) -> dict[str, str]:
    """Stem -> the stem of the content word written right before it, with nothing between
    ("magnetic stimulation": stimul -> magnet); a function word or a mark breaks the chain."""
    out: dict[str, str] = {}
    previous = None
    for token in _WORD_OR_MARK.findall(text):
        words = content_words(token) if token[0].isalpha() else []
        if not words:
            previous = None
            continue
        for word in words:
            key = stem(word)
            if previous:
                out.setdefault(key, previous)
            previous = key
    return out
