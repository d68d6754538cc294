"""A sentence said again inside a longer one (the substance check's repeated_in_part warning).

`plainsum.checks.repeats` finds two sentences that share nearly all their words. A draft can
also say a result once on its own and again as half of a longer sentence: "Users of the first
pill were less likely to have any side effects than users of the second." and, two sentences
on, "Users of the first pill had fewer side effects than users of the second, and their next
period came earlier." (a reader of the offline drafts counted one such pair, copied from the
abstract's results and its conclusions). Each is true; an editor cuts one.

The shorter sentence is said again when nearly all its content stems and numbers
(`CONTAINED_SHARE`, with the direction words of a comparison read as one: "fewer", "less",
"lower") stand in the longer one, it has `MIN_REPEAT_WORDS` of them or more, both or neither
deny or narrow something, neither is the question the study asked nor its topic ("This review
was about X": the results name X again), and no rare word stands in the shorter one only. A
warning: which one to cut, or whether the longer one's second half should stand alone, is the
editor's call.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..evidence import content_stems, content_words, stem, word_weight
from ..memo import SIZE
from ..schemas import EvidenceLink
from .repeats import _ASKS, MIN_REPEAT_WORDS, RARE_WEIGHT, same_thing

CONTAINED_SHARE = 1.0  # share of the shorter sentence's stems that the longer one holds
# Direction words of a comparison, read as one ("fewer side effects", "less likely to have").
_DIRECTION = {
    **{stem(w): "less" for w in "less fewer lower smaller reduced".split()},
    **{stem(w): "more" for w in "more greater higher larger increased".split()},
}
# A denial ("no deaths", "did not") and a narrowing ("only"), each said by both or neither:
# "The only other outcomes reported were deaths" is not "There were no deaths", and "The
# review found only three trials" is a limit, not the count said again.
_DENIAL = re.compile(r"\b(?:not|no|none|without|neither|nor|never)\b|n't\b", re.I)
_ONLY = re.compile(r"\bonly\b", re.I)
# What the study looked at, said as its aim or its topic ("The review authors wanted to check
# X", "This review was about X"): the results name X again, as they must.
_TOPIC = re.compile(
    r"^(?:the (?:review )?authors|the researchers|researchers|this (?:review|study|paper|trial))"
    r"\s+(?:\w+\s+)?(?:wanted|looked|set out|aimed|was about|were about|is about|"
    r"asked|tried)\b",
    re.I,
)
# Words that say how sure or how likely, not what: "appeared to", "likely to have any".
_HEDGE = frozenset(stem(w) for w in "likely appeared appear seemed seem any".split())


def _stems(text: str) -> frozenset[str]:
    return frozenset(_DIRECTION.get(s, s) for s in content_stems(text)) - _HEDGE


@lru_cache(maxsize=SIZE)
def said_inside(shorter: str, longer: str) -> bool:
    """Whether `longer` says again all that `shorter` says (see the module's rules)."""
    a, b = _stems(shorter), _stems(longer)
    if len(a) < MIN_REPEAT_WORDS or len(a & b) < CONTAINED_SHARE * len(a):
        return False
    if any(bool(p.search(shorter)) != bool(p.search(longer)) for p in (_DENIAL, _ONLY)):
        return False
    if any(_ASKS.search(t) or _TOPIC.match(t) for t in (shorter, longer)):
        return False
    only = a - b
    return not any(
        word_weight(w) >= RARE_WEIGHT
        for w in content_words(shorter)
        if _DIRECTION.get(stem(w), stem(w)) in only
    )


def repeats_in_part(links: list[EvidenceLink]) -> list[tuple[EvidenceLink, EvidenceLink]]:
    """Each pair of summary sentences (the headline aside, frames aside) in which one says again
    what the other says, and more; the later sentence first. Pairs `repeats.same_thing` already
    finds are left to it."""
    kept = [k for k in links if k.section != "headline" and k.kind != "frame"]
    out = []
    for i, later in enumerate(kept):
        for earlier in kept[:i]:
            if same_thing(later.text, earlier.text):
                continue
            short, long = sorted((earlier.text, later.text), key=lambda t: len(_stems(t)))
            if said_inside(short, long):
                out.append((later, earlier))
                break
    return out
