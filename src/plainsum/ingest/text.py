"""Plain text and Markdown (.txt, .md, stdin): decode, refusing binary data, and parse."""

from __future__ import annotations

import unicodedata

from ..errors import InputError
from .bounded import MAX_TEXT_BYTES, decode_bom
from .source import Source, parse

MAX_BYTES = MAX_TEXT_BYTES


def decode(data: bytes, name: str, limit: int = MAX_BYTES) -> str:
    """Decode bytes as text (UTF-8, UTF-16/32 with a BOM, else cp1252), refusing binary data."""
    if len(data) > limit:
        raise InputError(
            f"{name} is {len(data):,} bytes; plainsum reads papers up to {limit:,} bytes"
        )
    text = decode_bom(data, name)
    if text is None:
        if not data.strip():
            raise InputError(f"{name} is empty")
        if b"\x00" in data[:8192] or data[:5] == b"%PDF-" or data[:4] == b"PK\x03\x04":
            raise InputError(f"{name} is not a text file (binary data); give a .txt or .md file")
        for encoding in ("utf-8", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - cp1252 fails only on a few undefined bytes
            raise InputError(f"{name} is not readable text")
    if not text.strip():
        raise InputError(f"{name} is empty")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(5, len(text) // 100):
        raise InputError(f"{name} is not a text file (binary data); give a .txt or .md file")
    return text


def read_text_source(data: bytes, name: str, path: str | None, item_id: str | None) -> Source:
    """One paper from the bytes of a text or Markdown file."""
    return parse(decode(data, name), path=path, id=item_id)
