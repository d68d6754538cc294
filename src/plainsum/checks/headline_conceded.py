"""A headline must not state what the authors concede only to doubt it.

"Although the data appeared to show that X reduced bleeding, we are uncertain of this finding
because the evidence is of very low quality" concludes that the effect is uncertain. A headline
built from the "although" clause alone ("The data appeared to show that X reduced bleeding")
tells the reader the opposite of the authors' conclusion. The check finds the source sentences
that hold the headline (`headline_grade.holders`), and for one that opens with a concession
("Although", "Though", "While", "Whilst", "Even though", "Despite") whose main clause doubts it
("we are uncertain", "this is not clear", "should be interpreted with caution"), it is an
error when the headline's words sit in the conceded clause and the headline keeps none of the
doubt. A headline that says the doubt ("It is uncertain whether X reduces bleeding") passes.
"""

from __future__ import annotations

import re

from ..evidence import content_words, split_source, stem
from ..ingest import Source
from ..schemas import Finding, PlainSummary, Severity
from .headline_grade import holders

CHECK = "headline"

_CONCEDES = re.compile(r"^(?:although|though|while|whilst|even though|despite)\b", re.I)
# The main clause's doubt about what was conceded.
DOUBT = re.compile(
    r"\b(?:uncertain\w*|unclear|not (?:yet )?(?:sure|certain|clear|known|confirmed|conclusive|"
    r"possible to (?:say|conclude|draw))|unable to (?:say|conclude|draw|confirm)|cannot (?:be )?"
    r"(?:sure|certain|confirm\w*|conclude\w*)|can(?:not|'t) be (?:sure|certain|confident)|"
    r"doubt\w*|caution\w*|cautious\w*|inconclusive|(?:insufficient|not enough|limited|weak) "
    r"evidence|(?:very )?low[- ](?:quality|certainty)|no firm|not robust|not strong)\b",
    re.I,
)
_SHARE = 0.6  # the least share of the headline's words the conceded clause must hold


def _stems(text: str) -> set[str]:
    return {stem(w.lower()) for w in content_words(text)}


def conceded_part(sentence: str) -> tuple[str, str] | None:
    """(conceded clause, main clause) of a sentence that concedes something and then doubts
    it, or None. The conceded clause runs to the last comma before the doubt."""
    text = " ".join(sentence.split())
    if not _CONCEDES.match(text):
        return None
    doubt = DOUBT.search(text)
    if doubt is None:
        return None
    cut = text.rfind(", ", 0, doubt.start())
    if cut <= 0:
        return None
    return text[:cut], text[cut + 2 :]


def check_conceded(source: Source, summary: PlainSummary) -> list[Finding]:
    """An error when the headline states what a source sentence concedes before doubting it."""
    headline = " ".join(summary.headline.split())
    if DOUBT.search(headline) or headline.rstrip().endswith("?"):
        return []
    words = _stems(headline)
    if not words:
        return []
    texts = [s.text for s in split_source(source)]
    for i in holders(source, headline):
        parts = conceded_part(texts[i])
        if parts is None:
            continue
        conceded, main = parts
        held = len(words & _stems(conceded))
        if held >= _SHARE * len(words) and held > len(words & _stems(main)):
            return [
                Finding(
                    check=CHECK,
                    severity=Severity.ERROR,
                    section="headline",
                    span=headline,
                    message=(
                        f"The headline states what the authors concede only to doubt it: they "
                        f"go on {main.rstrip('.')!r}. Read alone, {headline!r} says the "
                        f"opposite of their conclusion (overclaim)."
                    ),
                    hint=(
                        "Say the authors' conclusion with its doubt ('It is uncertain whether "
                        "X reduces Y'), or headline another finding."
                    ),
                )
            ]
    return []
