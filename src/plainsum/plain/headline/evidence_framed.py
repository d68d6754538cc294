"""The authors' conclusion said through the evidence it rests on, read as a limitation.

In a review's abstract without headings, roles come from cue words: "The limited evidence
suggests that tea has good effects on heart risk factors", "Results from the few trials suggest
that X may help", "Based on weak evidence, X may restore Y" read as limitations (they name how
weak the evidence is), so the chooser never saw the review's main finding and headed with a side
one ("There are very few long-term studies ...", "A low relapse rate was shown in one trial").
Such a sentence that states a finding after its frame is one of the authors' conclusions, in its
place among them, where none of theirs states a finding (only calls, limits or how much is
known); its grade of evidence goes with it (`certainty`).
"""

from __future__ import annotations

import re

from ..finding import is_procedural, method_or_call, states_finding
from ..limits import states_a_limit
from ..simplify import PlainSentence
from ..standalone import leans_back
from .weighed import claim

# "The limited evidence suggests that X", "Weak evidence from one trial suggests X", "Results
# from the small number of trials suggest that X", "Based on weak evidence, X", "According to
# low quality evidence, X", "There is some evidence that X".
_FRAMED = re.compile(
    r"^(?:(?:The|This) )?(?:(?:limited|weak|very weak|low[- ]quality|some|available|current|"
    r"moderate[- ]quality|existing|small) )*(?:evidence|results?|data)(?: from [^,;]{0,80}?)? "
    r"(?:suggests?|suggested|shows?|showed|indicates?|indicated) (?:that )?(?P<a>.+)$"
    r"|^(?:Based on|According to) [^,;]{0,100}?\b(?:evidence|trials|studies)\b[^,;]*, (?P<b>.+)$"
    r"|^There (?:is|was) (?:some |limited |weak |very weak |moderate[- ]quality |low[- ]quality )"
    r"?evidence (?:from [^,;]{0,60} )?that (?P<c>.+)$",
    re.I,
)


def framed_finding(text: str) -> bool:
    """Whether `text` states a finding through the evidence it rests on (`_FRAMED`): what follows
    the frame states a finding, no limit, no procedure, and leans on no sentence before it."""
    m = _FRAMED.match(text.rstrip("."))
    if m is None:
        return False
    said = m["a"] or m["b"] or m["c"]
    return (
        states_finding(said)
        and not states_a_limit(said)
        and not is_procedural(said)
        and not leans_back(said)
    )


def _finds(text: str) -> bool:
    """Whether a conclusion states a finding of its own: no call, method or limit."""
    return states_finding(text) and not method_or_call(text) and not states_a_limit(text)


def with_framed(
    conclusions: list[PlainSentence], doubts: list[PlainSentence]
) -> list[PlainSentence]:
    """The conclusions with the limitations that state a finding through the evidence it rests on
    (`framed_finding`), in the paper's order, where no conclusion states a finding of its own
    (one that does is the authors' main finding as they placed it: "Compared with standard care,
    X may reduce Y" heads over "Based on weak evidence, X is helpful in many outcomes")."""
    framed = [p for p in doubts if p.sources and framed_finding(p.text)]
    if not framed or any(_finds(claim(p.text)) for p in conclusions):
        return conclusions
    return sorted([*conclusions, *framed], key=lambda p: p.order)
