"""Figures the authors could not vouch for: a result that gives a group's numbers ("21 out of
1000 had flare-ups ... compared to 36 out of 1000") right after the authors' sentence saying they
could not say whether the groups differed leans on that sentence. Shown alone, the figures read
as a difference the authors did not claim (CD011715's readers: "the hedge is gone"); a result
that leans is shown only after the sentence it leans on, or not at all (`pick.antecedent`;
`compose` marks them with `trial_scope.lean_in_scope`, as it does a result of one trial).
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


def hedged_by_the_sentence_before(sentences: list[SourceSentence]) -> frozenset[int]:
    """The indexes of the results sentences that give groups' figures right after a results
    sentence in which the authors say they could not say whether the groups differed."""
    by_index = {s.index: s for s in sentences}
    return frozenset(
        s.index
        for s in sentences
        if s.role == Role.RESULTS
        and _FIGURES.search(s.text)
        and (before := by_index.get(s.index - 1)) is not None
        and before.role == Role.RESULTS
        and _COULD_NOT_SAY.search(before.text)
    )
