"""Words that carry a claim's meaning: what a cut may not drop, and whether a clause hedges."""

from __future__ import annotations

import re

# Words that change what a claim means: dropping a phrase that holds one could make it false.
KEEPS_MEANING = re.compile(
    r"\b(?:not|no|nor|neither|never|none|without|cannot|can't|didn't|don't|doesn't|n't|"
    r"may|might|could|possibl\w*|probabl\w*|perhaps|likely|unlikely|appear\w*|seem\w*|"
    r"suggest\w*|only|unclear|uncertain\w*|insufficient|limited|little|weak|low|small|slight\w*|"
    r"modest\w*|non-?significant|significan\w*|inconclusive|conflicting|mixed|partly|partial\w*|"
    r"except|unless|if|when|whether|until|but|however|though|although|yet|"
    r"people|patients|participants|adults|children|women|men|mice|rats|animals?|cells?|"
    r"with (?:MS|multiple sclerosis)|relapsing|progressive)\b",
    re.I,
)
# Hedges a clause must keep when a hedging frame ("The data suggest that") is dropped; a bare
# "not" is none ("suggest that X does not work" is weaker than "X does not work"), nor is a
# comparison of chances ("women in hospital were more likely to have a caesarean": "There was
# some evidence that" before it is the only hedge, and must stay).
HEDGE = re.compile(
    r"\b(?:may|might|could|can|possibl\w*|probabl\w*|perhaps|(?<!more )(?<!less )likely|"
    r"appear\w*|seem\w*|"
    r"potential\w*|unclear|uncertain|not enough|insufficient|inconclusive)\b",
    re.I,
)


# "Most of the trials found that X" is not "X": how many found it is part of the claim.
QUANTIFIED = re.compile(
    r"\b(?:most|many|few|several|half|majority|minority|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|both|all|none|neither|either|other|some|small|smaller)\b"
    r"|(?<![\w-])\d+(?![\w-])",
    re.I,
)


def clause_keeps(original: str, short: str) -> bool:
    """Whether `short` keeps every word of meaning (`KEEPS_MEANING`) `original` had, as often."""

    def counts(t: str) -> dict[str, int]:
        found: dict[str, int] = {}
        for m in KEEPS_MEANING.finditer(t):
            key = m.group(0).lower()
            found[key] = found.get(key, 0) + 1
        return found

    have = counts(short)
    return all(have.get(k, 0) >= n for k, n in counts(original).items())


def hedges_itself(claim: str) -> bool:
    """Whether a claim hedges itself ("appears to", "may"): "can" says what is possible and
    takes a grade in front of it without reading as a second hedge."""
    return bool(HEDGE.search(re.sub(r"\bcan\b", "", claim, flags=re.I)))
