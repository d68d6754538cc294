"""JSON Lines: one paper per line, `{"id": ..., "text"|"abstract"|"source": ..., "title"?,
"doi"?, "date"?, "pmid"?, "journal"?, "authors"?, "url"?}`. A bad line is an `ItemError` for
that line; the others are still read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from .bounded import decode_bom
from .fields import clean_doi, date_from_text
from .source import ItemError, SourceItem, parse

TEXT_KEYS = ("text", "abstract", "source")


def _optional(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    return str(value).strip() or None if isinstance(value, str | int) else None


def row_source(row: Any, name: str, number: int, path: str | None) -> SourceItem:
    """One JSON line (already decoded) as a `Source`, or an `ItemError`."""
    where = f"{name}:{number}"
    if not isinstance(row, dict):
        return ItemError(f"{name}#{number}", f"{where}: each line must be a JSON object", path)
    item_id = _optional(row, "id") or f"{name}#{number}"
    text = next((row[k] for k in TEXT_KEYS if isinstance(row.get(k), str) and row[k].strip()), None)
    if text is None:
        return ItemError(
            item_id, f"{where}: needs a non-empty 'text', 'abstract' or 'source'", path
        )
    authors = row.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    try:
        return parse(
            text,
            path=path,
            where=f"{where} (id {item_id})",
            title=_optional(row, "title"),
            id=item_id,
            doi=clean_doi(_optional(row, "doi")),
            pmid=_optional(row, "pmid"),
            journal=_optional(row, "journal"),
            date=date_from_text(_optional(row, "date")),
            authors=tuple(str(a) for a in authors) if isinstance(authors, list) else (),
            url=_optional(row, "url"),
            format="jsonl",
        )
    except InputError as exc:
        return ItemError(item_id, str(exc), path)


def _whole_document(text: str) -> list[Any] | None:
    """The records of a pretty-printed JSON document (an array, or one object over several
    lines), or None when the text is JSON Lines."""
    stripped = text.strip()
    first = stripped.split("\n", 1)[0]
    if not stripped.startswith(("[", "{")) or "\n" not in stripped:
        return None
    if stripped.startswith("{"):
        try:
            json.loads(first)
            return None  # the first line is a whole object: JSON Lines
        except (json.JSONDecodeError, RecursionError):
            pass
    try:
        document = json.loads(stripped)
    except (json.JSONDecodeError, RecursionError):
        return None  # reported line by line
    return document if isinstance(document, list) else [document]


def read_jsonl(data: bytes, name: str, path: str | None) -> Iterator[SourceItem]:
    """Every line of a JSON Lines file (blank lines skipped); a .json array of records, or one
    record written over several lines, is read too."""
    text = decode_bom(data, name)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not UTF-8 (byte {exc.start:,})") from None
    whole = _whole_document(text)
    if whole is not None:  # a .json file: one object, or an array of them
        for number, row in enumerate(whole, 1):
            yield row_source(row, name, number, path)
        if not whole:
            raise InputError(f"{name} is an empty JSON array")
        return
    count = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        count += 1
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield ItemError(f"{name}#{number}", f"{name}:{number}: not valid JSON ({msg})", path)
            continue
        yield row_source(row, name, number, path)
    if count == 0:
        raise InputError(f"{name} is empty")
