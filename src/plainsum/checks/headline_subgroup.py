"""A headline that gives one group's result as everyone's (used by `plainsum.checks.headline`).

A paper reports some results for part of its people only: "In this group, active management
may make little difference to the rate of neonatal jaundice ..." follows "In the comparison of
women at low risk of excessive bleeding, ...". A headline cut from that sentence without its
opening ("Active management may make little difference to the rate of newborn jaundice ...")
says of every woman what the paper found in one group, and leads with a side result besides:
for all the women the same review is uncertain whether jaundice changed (CD007412).

The headline is matched to the source sentence that holds it best (`evidence.align`, well
matched); when that sentence opens on a group it points back to or names as a subgroup ("In
this group,", "In the subgroup of ...,", "In a post hoc analysis,") and the headline names none
of the words that say who the group is (the opening itself, or the opening of the sentence
before that "this group" points to), the headline has dropped who the result is about.
"""

from __future__ import annotations

import re

from ..evidence import SourceSentence, align, content_words, stem
from ..ingest import Source
from .headline_source import ALIGNED, GENERAL

# The opening of a sentence that limits its result to a part of the people: a group the
# sentence before named ("In this group,", "Among these women,") or a subgroup said as such.
_SUBGROUP_OPENING = re.compile(
    r"^(?:in|among|for|within)\s+(?:this|that|these|those|the\s+latter|the\s+former)\s+"
    r"(?:[\w-]+\s+)?(?:sub)?(?:groups?|populations?|subsets?|comparisons?|women|men|patients|"
    r"participants|people|children|infants|babies)\s*,"
    r"|^(?:in|among|for|within)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:subgroups?|sub-groups?|subsets?)\b"
    r"[^,]{0,120},"
    r"|^in\s+(?:a|the)\s+(?:post[- ]hoc|subgroup|sub-group|exploratory)\s+analys[ie]s\b"
    r"[^,]{0,120},",
    re.I,
)
# Words that say nothing of who the group is.
_NO_ONE_IN_PARTICULAR = GENERAL | frozenset(
    stem(w)
    for w in """this that these those latter former group groups subgroup subgroups sub
    population populations subset subsets comparison comparisons analysis analyses post hoc
    exploratory women men patients participants people children infants babies among within
    similar findings found results""".split()
)
_LETTERS = 5  # first letters two stems share to name the same thing ("bleeding", "bleed")


def _who(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)} - _NO_ONE_IN_PARTICULAR


def _names(headline: set[str], who: set[str]) -> bool:
    prefixes = {w[:_LETTERS] for w in who if len(w) >= _LETTERS}
    return bool(headline & who) or any(
        len(h) >= _LETTERS and h[:_LETTERS] in prefixes for h in headline
    )


def one_group_as_all(source: Source, headline: str, sentences: list[SourceSentence]) -> str | None:
    """The opening of the source sentence that holds the headline best when it limits the
    result to one group (`_SUBGROUP_OPENING`) and the headline names nothing of who that group
    is; else None."""
    matched = align(source, headline)
    if matched.score < ALIGNED or not matched.sentences:
        return None
    best = sentences[matched.sentences[0]]
    opening = _SUBGROUP_OPENING.match(best.text)
    if opening is None or _SUBGROUP_OPENING.match(headline):
        return None
    who = _who(opening.group(0))
    if not who and best.index > 0:
        # "In this group, ...": the group is the one the sentence before opens on
        before = sentences[best.index - 1].text
        who = _who(before.split(",", 1)[0] if "," in before else "")
    if not who or _names(_who(headline), who):
        return None
    return opening.group(0).rstrip(",")
