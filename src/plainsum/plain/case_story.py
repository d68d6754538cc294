"""A case report's case: what happened to the patient, under an inline heading the abstract's
sections do not know ("Case presentation: We describe a 44-year-old man ...").

The parser leaves "case presentation" out of the headings it knows (a case is no result of a
trial), so the case is read as part of the background, which is never drafted; the body of a
case report then says only that it is one. From such a heading to the next known section, the
sentences are the case itself: what the report found, drafted as its results.
"""

from __future__ import annotations

import re

from .sentences import Role
from .source import SourceSentence

_CASE_HEADING = re.compile(
    r"^(?:Case|Patient|Clinical) (?:presentation|description|report|summary|details|history|"
    r"findings|course)s?\s*:\s*",
    re.I,
)


def case_sentences(sentences: list[SourceSentence]) -> frozenset[int]:
    """The indexes of the sentences from a case heading (`_CASE_HEADING`) inside the
    background to the end of that background: the case a case report describes."""
    out: set[int] = set()
    inside = False
    for s in sentences:
        if s.role != Role.BACKGROUND:
            inside = False
            continue
        if _CASE_HEADING.match(s.text):
            inside = True
        if inside:
            out.add(s.index)
    return frozenset(out)
