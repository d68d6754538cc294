"""A single study's method sentence that says who took part, kept whole when it is long.

"The researchers surveyed the case notes of 55 patients who ... over a 9-year screening period
to ...": past the 30-word limit of a drafted sentence, and with no clause boundary to split at,
it was left out, and the body said results of people it never introduced. Who took part and
how matters more than a short sentence (true and whole come before plain): such a sentence is
kept whole up to `WHOLE_MAX_WORDS`, and the gate names its length.
"""

from __future__ import annotations

from collections.abc import Callable

from .numbers import counts_people
from .simplify import PlainSentence, plain_sentences
from .splits import COUNTED_LIST

__all__ = ["WHOLE_MAX_COST", "WHOLE_MAX_WORDS", "kept_whole"]

WHOLE_MAX_WORDS = 40  # as long as a result that says which way is kept (`material`)
# ... and no harder to read than this (`PlainSentence.cost`): a long sentence thick with terms
# ("268 samples from 180 patients with ... a reverse transcription polymerase chain reaction test
# followed by serological investigation of ...") put the body's grade past the gate's error, and
# the repair that followed left two results out (plaba 33224987)
WHOLE_MAX_COST = 22.0


def kept_whole(
    text: str,
    sources: tuple[int, ...],
    expand: Callable[[str], str] | None,
    keep: frozenset[str],
) -> list[PlainSentence]:
    """The pieces of a method sentence that no piece of within the usual limit could be drafted
    from, up to `WHOLE_MAX_WORDS` and `WHOLE_MAX_COST`, that say how many people took part;
    none when it says no such count."""
    pieces = plain_sentences(text, False, sources, expand, WHOLE_MAX_WORDS, keep)
    # (or that sets out the groups it counts: "2 groups of patients: A got X, and B got Y")
    return [
        p
        for p in pieces
        if (counts_people(p.text) or COUNTED_LIST.search(p.text)) and p.cost <= WHOLE_MAX_COST
    ]
