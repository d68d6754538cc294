"""Choose sentences that stand on their own: a sentence that leans on the one before it
("This", "Both", "these patients") comes in only right after that sentence, a contrast
opener whose sentence before is not shown goes, and a result said twice is said once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .finding import FINDING
from .simplify import PlainSentence

__all__ = ["LEANS_BACK", "ONE_OF_MANY", "leans_back", "pick", "unlean"]

LEANS_BACK = re.compile(
    r"^(?:But )?(?:(?:This|These|That|Those|It|They|Its|Their|Such|"
    r"(?<=But )(?:this|these|that|those|it|they|its|their|such))\b"
    r"(?! (?:\w+ )?(?:review|study|trial|analysis|work|paper|research) "
    # "These results suggest ...", "It was concluded that ...": the study's own, no pointer
    r"| (?:results|findings|data) (?:suggest|show|indicate|demonstrate|support)"
    r"|(?<=It) (?:was|is) (?:concluded|found|shown|suggested) that\b)"
    r"|(?:(?:One|Two|Three|Four|Five|Six|Some|Most|All|None|Many|Several|Half|\d+) of "
    r"(?:these|them|those|the other|the remaining)|Both|Also|Another|The other|Again|Among them|"
    r"Of these|In these|In this group|Then|Thus|By contrast|In contrast|Likewise|Similarly|"
    r"Consequently|Conversely|Accordingly|Moreover|Furthermore|"
    r"(?<=But )(?:both|another|the other))\b)"
)
# "these persons", "those patients" inside a sentence: who they are was said in the sentence
# before, so the sentence is shown only right after it.
LEANS_INSIDE = re.compile(
    r"(?<!^)\b(?:these|those) (?:[\w-]+ )?(?:persons|people|patients|participants|children|"
    r"women|men|adults|individuals|subjects|groups|cases|drugs|medicines|treatments|"
    r"interventions|agents|therapies|programmes|programs|measures|changes|factors|benefits|"
    r"effects|findings|results|outcomes)\b"
    r"|(?<!^)\b(?:this|that) (?:ratio|dose|combination|regimen|approach|strategy|pathway|"
    r"mechanism|subgroup)\b",
    re.I,
)


def leans_back(text: str) -> bool:
    """Whether a sentence leans on the one before it: a leaning start ("This", "But they",
    "Both") or a pointer inside it ("Regular checks of these persons are advised")."""
    return bool(LEANS_BACK.match(text) or LEANS_INSIDE.search(text))


# "The high quality trial on counselling found ...": in a review of several studies, one study
# named as if the reader had met it; never shown without the sentence that introduced it.
ONE_OF_MANY = re.compile(
    r"^(?:But )?(?:The|This|That) (?:[\w-]+ ){0,4}(?:trial|study|RCT)\b"
    r"(?! (?:authors|team|protocol|search|selection)\b)"
)


def pick(
    pool: list[PlainSentence],
    limit: int,
    budget: int,
    used: set[str],
    skip: re.Pattern[str] | Callable[[str], object] | None,
    in_order: bool = False,
    rank: Callable[[PlainSentence], tuple[bool | int, ...]] | None = None,
) -> list[PlainSentence]:
    """Up to `limit` sentences of `pool`, within `budget` words and none already used: the
    easiest first, or (`in_order`) by `rank` (default: results that say which way things went
    first, then the paper's order, since abstracts give main results first); with `in_order`
    and no `rank`, the paper's own order among sentences that hold a finding."""
    skips = skip.search if isinstance(skip, re.Pattern) else skip
    ok = [p for p in pool if p.text not in used and not (skips and skips(p.text))]
    if not in_order:
        easy = sorted(ok, key=lambda p: (p.hard, p.cost, p.order))
    elif rank is None:  # the authors' conclusions: their first is their main one
        easy = sorted(ok, key=lambda p: (p.hard, not FINDING.search(p.text), p.order))
    else:
        easy = sorted(ok, key=rank)
    chosen: list[PlainSentence] = []
    words = 0
    for p in easy:
        if len(chosen) == limit:
            break
        if words + p.words > budget or leans_back(p.text):
            continue
        if any(_near_copy(p.text, c.text) for c in chosen):
            continue  # an abstract that says a result twice: said once
        chosen.append(p)
        words += p.words
    # A sentence that leans on the one before it comes in only right after it: the sentence
    # before it in the paper (or the first half of its own sentence), never one further back.
    by_order = {p.order: p for p in ok}
    for p in list(chosen):
        nxt = by_order.get(p.order + 1)
        if nxt is None or not nxt.sources or not p.sources:
            continue
        if not 0 <= nxt.sources[0] - p.sources[-1] <= 1:
            continue
        if leans_back(nxt.text) and len(chosen) < limit + 1:
            if words + nxt.words <= budget + 15 and nxt not in chosen:
                chosen.append(nxt)
                words += nxt.words
    chosen.sort(key=lambda p: p.order)
    used.update(p.text for p in chosen)
    orders = {p.order for p in chosen}
    return [unlean(p) if p.order - 1 not in orders else p for p in chosen]


NEAR_COPY = 0.8  # share of words two sentences have in common at which one is left out


def _near_copy(a: str, b: str) -> bool:
    """Whether two sentences say the same in nearly the same words ("Statistically, X was
    better than Y." and "X was better than Y.")."""
    wa = set(re.findall(r"[a-z0-9-]+", a.lower()))
    wb = set(re.findall(r"[a-z0-9-]+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= NEAR_COPY


# "But X", "Even X": a contrast or a stress on what came before. "Even so", "Even if ...",
# "Even though ..." open a clause of their own and stay.
_CONTRAST_OPENER = re.compile(r"^(?:But|Even(?! (?:so|if|though|when|after|before|with)\b)) ")


def unlean(p: PlainSentence) -> PlainSentence:
    """A "But ..." or "Even ..." whose sentence before is not shown reads as a contrast with
    the wrong sentence: the opener goes (the clause itself is unchanged)."""
    m = _CONTRAST_OPENER.match(p.text)
    if m and len(p.text) > m.end():
        rest = p.text[m.end() :]
        return PlainSentence(**{**p.__dict__, "text": rest[:1].upper() + rest[1:]})
    return p
