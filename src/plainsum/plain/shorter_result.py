"""A result too long to show whole that says no direction, said in its shorter drafted form.

A result of up to `RESULT_MAX_WORDS` words is drafted whole only when it says which way an outcome
went; a longer one that says its finding as figures compared ("The share reaching half pain
relief with X was 66%, compared to 32% with placebo, giving an NNT of 3.0") was then left out,
and with it the paper's main result (CD012232). Drafted within `HARD_MAX_WORDS`, the same vetted
edits may end it before its closing clause of figures ("..., compared to 32% with placebo."):
that whole sentence is shown instead, when it still compares the figures. Nothing is cut that the
edits would not cut anyway; a shorter piece that says no figures compared (a procedure before a
colon, a count) is not shown in the result's place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .simplify import HARD_MAX_WORDS, PlainSentence

__all__ = ["compares_figures", "shorter_if_unshown"]

_SHARE = r"\d+(?:\.\d+)?\s?%"
# "66%, compared to 32% with placebo", "41% vs 23%", "12% in the drug group and 30% in the other"
_COMPARED = re.compile(
    rf"{_SHARE}[^.;]{{0,90}}?\b(?:compared (?:to|with)|vs\.?|versus|than|and)\b"
    rf"[^.;]{{0,60}}?{_SHARE}",
    re.I,
)


def compares_figures(text: str) -> bool:
    """Whether `text` says a finding as two shares compared."""
    return bool(_COMPARED.search(text))


def shorter_if_unshown(
    pieces: list[PlainSentence],
    which_way: Callable[[str], bool],
    shorter: Callable[[], list[PlainSentence]],
) -> list[PlainSentence]:
    """`pieces` of a result, or, when every one is longer than `HARD_MAX_WORDS` and none says
    `which_way` an outcome went (so none would be shown) and one compares figures, the pieces
    `shorter` drafts within `HARD_MAX_WORDS` that still compare them."""
    if not pieces or any(p.words <= HARD_MAX_WORDS or which_way(p.text) for p in pieces):
        return pieces
    if not any(compares_figures(p.text) for p in pieces):
        return pieces
    return [p for p in shorter() if p.words <= HARD_MAX_WORDS and compares_figures(p.text)]
