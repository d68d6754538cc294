"""A batch's inputs: every paper in the files and folders given (any format
`plainsum.ingest.read_sources` reads), as `InputItem`s with an id, a `Source` (or the one-line
reason it could not be read) and what is known about the paper."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ingest import Source, read_sources
from .results import SourceMeta


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


def _ingest_items(path: Path, input_format: str | None) -> Iterator[InputItem]:
    for item in read_sources(path, input_format):
        if isinstance(item, Source):
            item_id = item.id or (Path(item.path).stem if item.path else "paper")
            yield InputItem(str(item_id), item, _meta(item, item.path))
        else:
            yield InputItem(str(item.id), None, SourceMeta(path=item.path), item.reason)


def read_inputs(paths: list[Path], input_format: str | None = None) -> Iterator[InputItem]:
    """Every paper in `paths`, in order. A path that cannot be read at all raises InputError;
    a paper that cannot be read is yielded with its reason, so the batch records it and goes on."""
    for path in paths:
        yield from _ingest_items(path, input_format)
