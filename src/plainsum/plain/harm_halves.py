"""The other half of a harm sentence the body shows one half of.

A results sentence with two halves ("Liver enzyme rises occurred in 5.2% versus 2.9%, and one
participant required a liver transplant") is split at its clause boundary into two whole
sentences; the body showed the first, a figure, and left out the second, the safety signal a
reader with MS most needs (the lead's hand-written v1, a phase 3 trial). Where the body shows a
harm from one source sentence, the other pieces of that sentence that name a harm too are shown
beside it, kept over the grade like the harm result itself.
"""

from __future__ import annotations

from .harms import HARM, MAX_HARM_RESULT_WORDS
from .pick import leans
from .simplify import PlainSentence

__all__ = ["with_harm_halves"]


def _other_halves(
    picked: list[PlainSentence], candidates: list[PlainSentence], used: set[str]
) -> list[PlainSentence]:
    """The pieces of `candidates` and `picked` that come from a source sentence split in two
    (or more), one of whose pieces among the `picked` names a harm, and that name a harm
    themselves (never one that leans on a sentence not shown, nor a long one)."""
    harmed = {p.sources for p in picked if HARM.search(p.text)}
    shown = {p.order for p in picked}
    pieces = [*picked, *(p for p in candidates if p.order not in shown and p.text not in used)]
    split = {p.sources for p in pieces if sum(q.sources == p.sources for q in pieces) > 1}
    return [
        p
        for p in pieces
        if p.sources in harmed & split
        and HARM.search(p.text)
        and p.words <= MAX_HARM_RESULT_WORDS
        and not leans(p)
    ]


def with_harm_halves(
    picked: list[PlainSentence],
    candidates: list[PlainSentence],
    used: set[str],
    mains: set[int],
) -> list[PlainSentence]:
    """`picked` with the harm-naming halves of its split harm sentences (`_other_halves`), in
    the paper's order; each half is marked `used` and kept over the grade (`mains`), the one
    shown already too (a half kept and its other half cut by the word budget is what lost
    v1's transplant)."""
    halves = _other_halves(picked, candidates, used)
    used.update(p.text for p in halves)
    mains.update(p.order for p in halves)
    shown = {p.order for p in picked}
    added = [p for p in halves if p.order not in shown]
    return sorted([*picked, *added], key=lambda p: p.order) if added else picked
