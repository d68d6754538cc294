"""The paper's sentences, numbered, with their roles and their character spans in `Source.text`.

Every sentence of an offline draft points back here: its evidence link names the indexes and
spans of the source sentences it came from. When `plainsum.evidence` (the gate's sentence
alignment) is present, its sentence numbering is used, so a drafter's indexes and the gate's
mean the same sentences; otherwise the drafter's own splitter numbers them the same way (in
reading order over `Source.text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest import Source
from .sentences import Role, classify


@dataclass(frozen=True)
class SourceSentence:
    """One sentence of the source: its number, text, role and (start, end) in `Source.text`."""

    index: int
    text: str
    role: Role
    start: int
    end: int


def _squash_map(text: str) -> tuple[str, list[int]]:
    """`text` with every run of whitespace made one space, and for each character of the result
    its offset in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    for m in re.finditer(r"\S+|\s+", text):
        if m.group(0)[0].isspace():
            out.append(" ")
            offsets.append(m.start())
        else:
            out.append(m.group(0))
            offsets.extend(range(m.start(), m.end()))
    return "".join(out), offsets


def source_sentences(source: Source) -> list[SourceSentence]:
    """Every sentence of `source.text` in reading order, numbered from 0, with its span."""
    squashed, offsets = _squash_map(source.text)
    out: list[SourceSentence] = []
    cursor = 0
    for sentence in classify(source):
        text = sentence.text
        at = squashed.find(text, cursor)
        if at < 0:
            at = squashed.find(text)
        if at < 0:  # not found as written (should not happen): no span, still numbered
            start = end = 0
        else:
            start = offsets[at]
            end = offsets[at + len(text) - 1] + 1
            cursor = at + len(text)
        out.append(SourceSentence(len(out), text, sentence.role, start, end))
    return _align_with_gate(source, out)


def _align_with_gate(source: Source, mine: list[SourceSentence]) -> list[SourceSentence]:
    """Renumber by the gate's own sentence split when `plainsum.evidence` provides one: each of
    our sentences takes the index of the gate sentence whose span holds its start."""
    try:
        from .. import evidence  # type: ignore[attr-defined]
    except ImportError:
        return mine
    spans_of = getattr(evidence, "source_spans", None) or getattr(evidence, "sentence_spans", None)
    if spans_of is None:
        return mine
    try:
        spans = [(int(s[0]), int(s[1])) for s in spans_of(source)]
    except (TypeError, ValueError, IndexError):
        return mine
    out = []
    for s in mine:
        index = next((i for i, (a, b) in enumerate(spans) if a <= s.start < b), s.index)
        out.append(SourceSentence(index, s.text, s.role, s.start, s.end))
    return out
