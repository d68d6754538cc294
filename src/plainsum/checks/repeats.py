"""Two sentences of a summary that say one thing (the substance check's repeated rule): their
content stems and numbers nearly the same, no rare word in one only, both or neither negated, and
both or neither the question the study asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..evidence import content_stems, content_words, stem, word_weight
from ..memo import SIZE
from ..schemas import EvidenceLink

REPEAT_SHARE = 0.8  # shared share (Jaccard) of two sentences' content stems that repeats one
MIN_REPEAT_WORDS = 4  # shorter sentences ("The trials were small.") may echo by chance
_NEGATION = re.compile(r"\b(?:not|no|none|without|neither|nor|never|only)\b|n't\b", re.I)
# A question the study asked ("wanted to check whether X reduces Y") is not its answer ("X
# reduced Y"), however many words they share.
_ASKS = re.compile(
    r"\bwhether\b|\b(?:to|wanted to|tried to) (?:check|test|see|find out|learn|know) if\b", re.I
)
RARE_WEIGHT = (
    2.5  # a word this rare (Zipf 4 or rarer) that only one sentence has names another thing
)


@lru_cache(maxsize=SIZE)  # a repair keeps most sentences: the same pairs again
def same_thing(a: str, b: str) -> bool:
    """Whether two sentences say one thing twice: their content stems (and numbers) nearly the
    same, no rare word in one only ("vitamin E" and "vitamin B6"), and both or neither
    negated or narrowed ("with or without leukaemia", "only with leukaemia"), and both or
    neither a question the study asked (`_ASKS`)."""
    sa, sb = content_stems(a), content_stems(b)
    if min(len(sa), len(sb)) < MIN_REPEAT_WORDS or len(sa & sb) < REPEAT_SHARE * len(sa | sb):
        return False
    if bool(_NEGATION.search(a)) != bool(_NEGATION.search(b)):
        return False
    if bool(_ASKS.search(a)) != bool(_ASKS.search(b)):
        return False
    apart = sa ^ sb
    return not any(
        word_weight(w) >= RARE_WEIGHT
        for w in content_words(a) + content_words(b)
        if stem(w) in apart
    )


def repeats(links: list[EvidenceLink]) -> list[tuple[EvidenceLink, EvidenceLink]]:
    """Each sentence of the summary (the headline aside) that says again what an earlier one
    said, with the first earlier sentence it repeats."""
    out = []
    seen: list[EvidenceLink] = []
    for link in links:
        if link.section == "headline":
            continue
        for earlier in seen:
            if same_thing(link.text, earlier.text):
                out.append((link, earlier))
                break
        seen.append(link)
    return out
