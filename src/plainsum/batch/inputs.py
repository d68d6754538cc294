"""A batch's inputs: every paper in the files and folders given, as `InputItem`s with an id, a
`Source` (or the one-line reason it could not be read) and what is known about the paper.

Formats come from `plainsum.ingest.read_sources` when it is there; until then this module reads
.txt/.md files, folders of them, and JSON Lines (`id` plus `text`, `abstract` or `source`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import ingest
from ..errors import InputError, PlainsumError
from ..ingest import Source, decode, parse
from .results import SourceMeta

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
_TEXT_FIELDS = ("text", "abstract", "source")


@dataclass(frozen=True)
class InputItem:
    """One paper of a batch's input."""

    id: str
    source: Source | None
    meta: SourceMeta
    error: str | None = None


def _meta(
    source: Source | None, path: str | None, extra: dict[str, Any] | None = None
) -> SourceMeta:
    extra = extra or {}
    values: dict[str, Any] = {"path": path}
    for name in ("title", "journal", "date", "doi", "pmid", "url"):
        value = getattr(source, name, None) or extra.get(name)
        values[name] = str(value) if value is not None else None
    authors = getattr(source, "authors", None) or extra.get("authors") or []
    values["authors"] = [str(a) for a in authors] if isinstance(authors, list | tuple) else []
    return SourceMeta(**values)


def _jsonl_items(path: Path) -> Iterator[InputItem]:
    try:
        lines = decode(path.read_bytes(), str(path)).splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fallback = f"{path.stem}-{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputItem(fallback, None, SourceMeta(path=str(path)), f"line {number}: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield InputItem(
                fallback, None, SourceMeta(path=str(path)), f"line {number}: not an object"
            )
            continue
        item_id = str(record.get("id") or fallback)
        text = next((record[f] for f in _TEXT_FIELDS if isinstance(record.get(f), str)), None)
        if not text:
            reason = f"{path}:{number}: no text, abstract or source field"
            yield InputItem(item_id, None, _meta(None, str(path), record), reason)
            continue
        if record.get("title"):
            text = f"{record['title']}\n\n{text}"
        try:
            source = parse(text, path=f"{path}:{number}")
        except PlainsumError as exc:
            yield InputItem(item_id, None, _meta(None, str(path), record), str(exc))
            continue
        yield InputItem(item_id, source, _meta(source, str(path), record))


def _file_items(path: Path) -> Iterator[InputItem]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl_items(path)
        return
    try:
        source = ingest.read_source(path)
    except PlainsumError as exc:
        yield InputItem(path.stem, None, SourceMeta(path=str(path)), str(exc))
        return
    yield InputItem(path.stem, source, _meta(source, str(path)))


def _own_items(path: Path) -> Iterator[InputItem]:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if not path.is_dir():
        yield from _file_items(path)
        return
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            file = Path(root) / name
            if not name.startswith(".") and file.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                yield from _file_items(file)


def _ingest_items(path: Path, input_format: str | None) -> Iterator[InputItem]:
    for item in ingest.read_sources(path, input_format):  # type: ignore[attr-defined]
        if isinstance(item, Source):
            item_id = item.id or (Path(item.path).stem if item.path else "paper")  # type: ignore[attr-defined]
            yield InputItem(str(item_id), item, _meta(item, item.path))
        else:
            yield InputItem(str(item.id), None, SourceMeta(path=item.path), item.reason)


def read_inputs(paths: list[Path], input_format: str | None = None) -> Iterator[InputItem]:
    """Every paper in `paths`, in order. A path that cannot be read at all raises InputError;
    a paper that cannot be read is yielded with its reason, so the batch records it and goes on."""
    for path in paths:
        if hasattr(ingest, "read_sources"):
            yield from _ingest_items(path, input_format)
        else:
            yield from _own_items(path)
