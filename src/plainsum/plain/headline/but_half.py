"""The later half of a conclusion split at ", but" heads only with its first half.

An edit splits "Telehealth is widely used and well liked, but a physical examination remains
important" into two sentences. Where the first half says what was found in words the chooser
does not read as a finding (how much something is used or liked), only the "But ..." half ranks,
and it heads alone: the caveat as the news (issue 9, from the lead's hand-written survey u4). The
sentence whole, within a headline's length, heads instead: the finding and its caveat.
"""

from __future__ import annotations

from ..simplify import PlainSentence
from .form_fit import stands
from .record import Headline
from .weighed import head_words

__all__ = ["with_first_half"]


def with_first_half(
    origin: str,
    sources: tuple[int, ...],
    conclusions: list[PlainSentence],
    ranked: set[int],
    longest: int,
) -> Headline | None:
    """The conclusion whole ("X, but Y") when the headline would be its later half `origin`
    ("But Y.") and its first half, from the same sentence of the paper, ranked not at all (its
    order not in `ranked`); None otherwise, or when the whole is longer than `longest` words or
    does not stand as a sentence."""
    if not origin.startswith("But ") or not sources:
        return None
    later = next((p for p in conclusions if p.text == origin), None)
    if later is None:
        return None
    first = next(
        (
            p
            for p in conclusions
            if p.order == later.order - 1
            and p.sources[:1] == sources[:1]
            and p.order not in ranked
            and not p.text.startswith(("But ", "Yet "))
        ),
        None,
    )
    if first is None:
        return None
    whole = f"{first.text.rstrip('. ')}, but {origin[4:].rstrip('. ')}"
    if head_words(whole) > longest or not stands(whole):
        return None
    return Headline(whole, tuple(dict.fromkeys((*first.sources, *sources))), origin=first.text)
