"""The headline as the drafter hands it on: its text and the source sentences behind it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Headline:
    """The headline and the source sentences behind it (none for a template without facts)."""

    text: str
    sources: tuple[int, ...]
    from_template: bool = False
    origin: str = ""  # the edited sentence of the paper it was made from ("" for a template)
    weak: bool = False  # a whole sentence taken with no finding word in it (a last resort)
    basis: str = ""  # the sentence a headline built from parsed facts says short ("" otherwise)
    # shorter forms of the same sentence that could head too, longest first (for `name_ms`,
    # which names MS in one of them when the headline itself has no room left)
    shorter: tuple[str, ...] = ()
    empty: bool = False  # a review that found no study to include (`template.empty_review`)
