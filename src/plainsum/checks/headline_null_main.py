"""A headline that states an effect when the paper's main conclusion is that nothing changed
(`effect_beside_null`, used by `plainsum.checks.headline`).

The mirror of `headline_against.null_beside_effect`: a trial whose primary outcome did not move
but whose secondary MRI measure did, headlined "Vitamin D reduced new brain lesions"; a review
concluding "there is no effect of X on cognition and function, though there appears to be a
modest benefit for behaviour", headlined with the benefit. Read alone, such a headline tells a
reader the treatment worked. It is an error when the first point of the paper's conclusions
(read past its 'but') denies an effect and none of its conclusions states one without doubt;
a headline that hedges ("uncertain", "no evidence", "whether") or denies an effect itself is
left to the other rules.

Measured on the 1,095 human lay summaries of ../shared/data with the sentence that holds most of
the paper's conclusions taken as the headline: 4 (0.4%) flagged, two of them no finding at all
(a call for research, the review's aim).
"""

from __future__ import annotations

import re

from ..evidence import SourceSentence
from ..plain.sentences import Role
from .headline_against import _DOUBT, _NO_FINDING, _NULL, _point
from .headline_claims import EFFECT, QUESTION

# A headline that says it is not sure, or that its effect is no real difference ("... less
# need for X, but none of the differences reached statistical significance"): it claims no
# effect of its own.
_UNSURE = re.compile(
    r"\b(?:uncertain|unclear|unknown|not (?:yet )?(?:known|clear|sure)|no (?:\w+ )?evidence|"
    r"insufficient|whether|none of (?:the|these|its) (?:\w+ )?(?:differences|results|effects|"
    r"changes)|(?:not|n't|no) (?:\w+ )?(?:statistically )?significant(?:ly)?|did not reach|"
    r"chance)\b",
    re.I,
)


def effect_beside_null(
    headline: str, main: list[int], sentences: list[SourceSentence]
) -> str | None:
    """The effect word of a headline that states an effect, when the first point of the
    paper's conclusions (`main`) denies one and none of them states an effect without doubt;
    else None."""
    effect = EFFECT.search(QUESTION.sub("", headline))
    if not effect or _NULL.search(headline) or _UNSURE.search(headline) or not main:
        return None
    if any(sentences[i].role != Role.CONCLUSION for i in main):
        return None  # without conclusions the results are the main finding, any of them
    stated = [sentences[i].text for i in main if not _NO_FINDING.search(sentences[i].text)]
    points = [_point(text) for text in stated]
    if not points or not _NULL.search(points[0]):
        return None
    if any(EFFECT.search(QUESTION.sub("", p)) and not _DOUBT.search(p) for p in points):
        return None  # a conclusion states an effect too: the headline may be that one
    return effect.group(0)
