"""Whether a sentence gives a result with nothing named that had it: "There was no evidence of
an effect on pregnancy rates" (of which of the three drugs?), "There is little or no difference
in the long term", "Effect sizes are small", "Nutritional benefits are apparent".

Beside the sentence that names the treatment such a sentence is whole; lifted alone into why it
matters it reads as the paper's whole finding, when it may hold for one drug, one comparison
or one subgroup only (an independent reading found "There was no evidence of an effect on
pregnancy rates." said of a review where it was true of two of its three drugs).
"""

from __future__ import annotations

import re

__all__ = ["unnamed_result"]

_EFFECT = r"(?:differences?|effects?|benefits?|improvements?|harms?|changes?|advantages?)"
# "There was no evidence of an effect on X", "There is little or no difference in X".
_THERE_IS = re.compile(
    rf"^There (?:is|was|were|are|appears? to be|seems? to be) (?:[\w'-]+ ){{0,5}}?{_EFFECT}\b"
    r"(?P<rest>[^.]*)",
    re.I,
)
# "Effect sizes are small", "Nutritional benefits are apparent", "Effects on knowledge were
# kept": an effect whose sentence starts with it and says of nothing what had it.
_STARTS_WITH = re.compile(
    rf"^(?:The |These |Such |Any )?(?:[\w'-]+ )?(?:{_EFFECT}|effect sizes?)"
    r"(?: (?:on|in|for) [^.,]*?)? (?:is|are|was|were|remains?|remained|appears?|appeared|"
    r"seems?|seemed|may be|might be|could be)\b",
    re.I,
)
# What names who or what had the effect: "of zinc", "from the new drug", "between zinc and
# placebo", "with surgery", never a pointer to an unshown sentence ("between the two groups").
_NAMED = re.compile(
    r"\b(?:of|from|with|between|after|following|by|using|compared (?:with|to)|versus|vs)\s+"
    r"(?!(?:the |these |those |both |either |its |their )?(?:two |three )?(?:groups?|arms?|"
    r"treatments?|interventions?|options?|methods?|drugs?)\b)",
    re.I,
)


# "But there is little or no difference ...": the link word says nothing of what had it.
_OPENER = re.compile(r"^(?:But|However|And|Yet|So|Still|Overall),? ", re.I)


def unnamed_result(text: str) -> bool:
    """Whether `text` gives a result (a difference, an effect, a benefit ...) and names nothing
    that had it; see the module docstring."""
    text = _OPENER.sub("", text)
    there = _THERE_IS.match(text)
    if there:
        return not _NAMED.search(there.group("rest"))
    starts = _STARTS_WITH.match(text)
    return starts is not None and not re.search(rf"{_EFFECT} of\b", starts.group(0), re.I)
