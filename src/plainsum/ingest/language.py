"""Which parts of a record are in English, by their function words.

Real PubMed records of some journals carry the abstract twice: the English parts, then a
translation as more labelled parts (Cochrane's "ANTECEDENTES", "OBJETIVOS", "RESULTADOS
PRINCIPALES"; a colorectal journal's Spanish abstract under a Spanish title). Read as one text,
a summary could quote the translation. A part is left out only when its words are plainly
those of another language and some other part of the record is English; a record with no
English part is kept whole, and the screen refuses it as not English.
"""

from __future__ import annotations

import re

# English function words: about a third of an English abstract's words, few of a French one's.
ENGLISH = frozenset(
    "the of and in to a with for was were is are that by on as or from at this be we an not "
    "which than these after between have has had been their there its it our who may can also "
    "more both all but into during most other such no".split()
)
# Function words of the languages PubMed's translated abstracts are in (Spanish, Portuguese,
# French, Italian, German, Dutch), none of them English words.
FOREIGN = frozenset(
    "de la el los las del y con para por que se una un al su sus como entre sobre fue fueron "
    "les des et le du est une dans au aux sont par sur ont été "
    "di il che per della delle dei gli nel nella sono è "
    "em os das dos não uma foram pelo pela é ou um "
    "der die und das mit für von zu ist den wurde wurden eine bei auf "
    "het een van en zijn niet worden".split()
)
MIN_WORDS = 15
_WORD = re.compile(r"[^\W\d_]+")


def _shares(text: str) -> tuple[float, float, int]:
    words = _WORD.findall(text.lower())
    total = max(1, len(words))
    english = sum(1 for w in words if w in ENGLISH) / total
    foreign = sum(1 for w in words if w in FOREIGN) / total
    return english, foreign, len(words)


def is_foreign(text: str) -> bool:
    """Whether `text` is plainly in another language than English (a keyword list, a trial
    registration or a short part is not)."""
    english, foreign, words = _shares(text)
    return words >= MIN_WORDS and foreign >= 0.15 and english < foreign / 3


def english_parts(parts: list[tuple[str, str]]) -> list[int]:
    """The indices of the (label, text) parts to keep: all of them, unless some are English
    and others plainly another language (a translation), which are left out."""
    foreign = [is_foreign(f"{label} {text}") for label, text in parts]
    if all(foreign) or not any(foreign):
        return list(range(len(parts)))
    return [i for i, flag in enumerate(foreign) if not flag]
