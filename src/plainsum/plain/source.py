"""The paper's sentences, numbered, with their roles and their character spans in `Source.text`.

Every sentence of an offline draft points back here: its evidence link names the indexes and
spans of the source sentences it came from. The numbering is the gate's own
(`plainsum.evidence.split_source`), so the drafter's indexes and the gate's mean the same
sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..evidence import split_source
from ..ingest import Source
from .sentences import Role


@dataclass(frozen=True)
class SourceSentence:
    """One sentence of the source: its number, text, role and (start, end) in `Source.text`."""

    index: int
    text: str
    role: Role
    start: int
    end: int


def source_sentences(source: Source) -> list[SourceSentence]:
    """Every sentence of `source.text` in reading order, numbered as the gate numbers them,
    with whitespace tidied in the text and the span as it stands in `Source.text`."""
    return [
        SourceSentence(s.index, " ".join(s.text.split()), s.role, s.start, s.end)
        for s in split_source(source)
    ]
