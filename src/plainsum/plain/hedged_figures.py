"""Figures the authors could not vouch for: a result that gives a group's numbers ("21 out of
1000 had flare-ups ... compared to 36 out of 1000") right after the authors' sentence saying they
could not say whether the groups differed leans on that sentence. Shown alone, the figures read
as a difference the authors did not claim (CD011715's readers: "the hedge is gone"); a result
that leans is shown only after the sentence it leans on, or not at all (`pick.antecedent`;
`compose` marks them with `trial_scope.lean_in_scope`, as it does a result of one trial).
So do figures projected on a supposed group ("170 patients would have been missed") right after
the sentence that supposes it ("If 1000 people were tested, ..."): shown alone, a projection
reads as what happened.
"""

from __future__ import annotations

import re

from .sentences import Role
from .source import SourceSentence

__all__ = ["hedged_by_the_sentence_before"]

# "We could not say whether ...", "we are uncertain whether ...", "It is unclear whether ...",
# "cannot tell if ...": the authors do not vouch for a difference.
_COULD_NOT_SAY = re.compile(
    r"\b(?:could not|cannot|can ?not|were unable to|are unable to) (?:say|tell|determine|"
    r"conclude)\b|\b(?:are|were|remain) (?:uncertain|unsure|not sure)\b"
    r"|\b(?:it is|it was|it remains) (?:unclear|uncertain)\b",
    re.I,
)
# A group's figures: "21 out of 1000", "36 per 1000", "12 in 100 people".
_FIGURES = re.compile(r"\b\d+ (?:[\w-]+ ){0,2}(?:out of|per|in) (?:1,?000|100|10,?000)\b", re.I)


# A supposition the next sentence's figures are projected on: "If 1000 adults were tested, ...",
# "Assuming a risk of 10%, ...".
_SUPPOSED = re.compile(r"^(?:If|Suppose|Supposing|Assuming)\b")
# A figure said as a projection ("would be 34", "would avoid"), with no supposition of its own.
_PROJECTED = re.compile(r"\b\d[\d,.]*\b[^.;]*?\bwould (?:have )?\w+|\bwould be \d")
_OWN_SUPPOSITION = re.compile(r"\b(?:if|assuming|suppos\w+|hypothetical|virtual)\b", re.I)


def _projected(text: str) -> bool:
    """Whether `text` gives figures as a projection on a group it does not itself suppose."""
    return bool(_PROJECTED.search(text)) and not _OWN_SUPPOSITION.search(text)


def hedged_by_the_sentence_before(sentences: list[SourceSentence]) -> frozenset[int]:
    """The indexes of the results sentences that give groups' figures right after a results
    sentence in which the authors say they could not say whether the groups differed, or
    that project figures on the group the sentence before supposes."""
    by_index = {s.index: s for s in sentences}
    return frozenset(
        s.index
        for s in sentences
        if s.role == Role.RESULTS
        and (before := by_index.get(s.index - 1)) is not None
        and before.role == Role.RESULTS
        and (
            (_FIGURES.search(s.text) and _COULD_NOT_SAY.search(before.text))
            or (_projected(s.text) and _SUPPOSED.match(before.text))
        )
    )
