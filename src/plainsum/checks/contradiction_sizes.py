"""How large an effect was: a summary that gives an effect another size than its paper does
("large drops in fatigue" where the paper says "small improvements in fatigue")."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..evidence import content_words
from .claim_pairs import SAME_THING_SHARE, SAME_THING_WEIGHT
from .negation import conditional
from .polarity import REACH_BEFORE, negated_in_clause, weighed, without_parentheses

# "small and inconsistent improvements in fatigue" / "large, steady drops in fatigue": the size
# (or steadiness) a sentence gives an effect, said of what follows "in", "on" or "of".
_SMALL = r"small|slight|modest|little|minor|marginal|minimal|inconsistent|uneven|mixed|weak"
_LARGE = r"large|big|substantial|marked|major|dramatic|considerable|strong|steady|consistent"
_EFFECT_NOUN = (
    r"(?:improvement|drop|reduction|decrease|fall|increase|rise|gain|benefit|effect|change|"
    r"difference|decline|worsening|slowing)s?"
)
_MAGNITUDE = re.compile(
    rf"\b(?P<size>(?:(?:{_SMALL}|{_LARGE})(?:,?\s+(?:and|but|yet|or)\s+|,\s*|\s+)){{1,3}})"
    rf"(?:\w+\s+)?{_EFFECT_NOUN}\s+(?:in|on|of|for)\s+(?P<what>[^.;:,()]{{1,60}})",
    re.I,
)
_SIZE_WORD = re.compile(rf"\b(?:(?P<small>{_SMALL})|(?P<large>{_LARGE}))\b", re.I)


@lru_cache(maxsize=8192)  # a paper's result sentences are read again for every summary sentence
def sizes(sentence: str) -> tuple[tuple[str, dict[str, float]], ...]:
    """(small or large, the stems of what the effect was in) for each sized effect of the
    sentence; "no large change" sizes nothing, and sizes of both kinds cancel."""
    out = []
    sentence = without_parentheses(sentence)
    for m in caseless.finditer(_MAGNITUDE, sentence):
        if negated_in_clause(sentence, m.start()):
            continue
        kinds = {w.lastgroup for w in _SIZE_WORD.finditer(m.group("size"))}
        if len(kinds) != 1:
            continue
        about = weighed(content_words(m.group("what"))[:REACH_BEFORE])
        if about:
            out.append((kinds.pop() or "", about))
    return tuple(out)


def size_contradiction(summary_sentence: str, source_sentences: list[str]) -> str | None:
    """The source sentence that sizes the same effect the other way ("small improvements in
    fatigue" where the summary says "large drops in fatigue"), when every source sentence that
    sizes it does."""
    if conditional(summary_sentence):
        return None
    for size, about in sizes(summary_sentence):
        need = max(SAME_THING_WEIGHT, SAME_THING_SHARE * sum(about.values()))
        related = [
            (text, theirs)
            for text in source_sentences
            for theirs, what in sizes(text)
            if sum(min(w, what[k]) for k, w in about.items() if k in what) >= need
        ]
        if related and all(theirs != size for _, theirs in related):
            return related[0][0]
    return None
