"""Reading papers: files, stdin and folders in every format plainsum knows -> `Source`.

One module per format (text, pubmed, medline, jats, feeds, pdf, jsonl); `readers` picks one by
`--input-format`, content or extension; `bounded` is the one place bytes are read, with a limit.
"""

from __future__ import annotations

from .bounded import MAX_FILE_BYTES, MAX_TEXT_BYTES, read_bytes, read_text
from .headings import HEADINGS, NOT_FINDINGS
from .normalise import normalise
from .readers import FORMATS, read_file, read_source, read_sources, sniff
from .source import (
    MIN_WORDS,
    ItemError,
    Section,
    Source,
    SourceItem,
    build_source,
    parse,
)
from .text import MAX_BYTES, decode

__all__ = [
    "FORMATS",
    "HEADINGS",
    "MAX_BYTES",
    "MAX_FILE_BYTES",
    "MAX_TEXT_BYTES",
    "MIN_WORDS",
    "NOT_FINDINGS",
    "ItemError",
    "Section",
    "Source",
    "SourceItem",
    "build_source",
    "decode",
    "normalise",
    "parse",
    "read_bytes",
    "read_file",
    "read_source",
    "read_sources",
    "read_text",
    "sniff",
]
