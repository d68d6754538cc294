"""results.jsonl: appended to, a line at a time, while a batch runs; rewritten atomically from
the state store when a run starts and ends, so no id appears twice and an editor's approvals
survive."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..files import write_atomic
from ..schemas import Usage
from .results import RESULTS_FILE, BatchResult, SourceMeta
from .state import StateStore


def read_approvals(out: Path) -> set[tuple[str, str]]:
    """(id, key) of every line an editor marked approved; torn or edited lines are skipped."""
    path = out / RESULTS_FILE
    approved: set[tuple[str, str]] = set()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return approved
    for line in text.splitlines():
        try:
            result = BatchResult.from_line(line)
        except (ValidationError, ValueError):
            continue
        if result.approved:
            approved.add((result.id, result.key))
    return approved


@dataclass
class Line:
    """A line of results.jsonl a run made, with what it was made from (its paper's key, whether
    it carries the draft's usage, its approval), so that the run's closing rewrite takes its
    text again instead of reading the result back from the store and writing it out anew."""

    key: str
    first: bool
    approved: bool
    result: BatchResult
    _text: str | None = None

    def text(self) -> str:
        if self._text is None:
            self._text = self.result.to_line()
        return self._text


def line_texts(store: StateStore, made: dict[str, Line] | None = None) -> list[tuple[str, str]]:
    """(id, line) for every id the folder has drafted, in first-seen order. When several ids
    share a draft (the same paper twice), only the first carries its usage and cost. A line in
    `made` (id -> the line a run made for it) is used as it is when it was made from the same
    key, usage and approval as the store gives it now: it is the line `line_for` would make."""
    approved = store.approved()
    owners: set[str] = set()
    lines = []
    for paper_id, key, source in store.paper_rows():
        first = key not in owners
        line = made.get(paper_id) if made else None
        if line is not None and (line.key, line.first) == (key, first):
            if line.approved == ((paper_id, key) in approved):  # made from the stored result
                lines.append((paper_id, line.text()))
                owners.add(key)
                continue
        result = store.result(key)
        if result is None:
            continue
        meta = SourceMeta.model_validate_json(source)
        lines.append((paper_id, line_for(result, paper_id, meta, approved, first=first).to_line()))
        owners.add(key)
    return lines


def line_for(
    result: BatchResult,
    paper_id: str,
    source: object,
    approved: set[tuple[str, str]],
    *,
    first: bool = True,
) -> BatchResult:
    update: dict[str, object] = {
        "id": paper_id,
        "source": source,
        "approved": (paper_id, result.key) in approved,
    }
    if not first:
        update |= {"usage": Usage(), "cost_usd": 0.0 if result.cost_usd is not None else None}
    return result.model_copy(update=update)


def rewrite(out: Path, lines: list[tuple[str, str]]) -> Path:
    """results.jsonl made again from (id, line) pairs (`line_texts`)."""
    return write_atomic(out / RESULTS_FILE, "".join(text + "\n" for _, text in lines))


class Appender:
    """Appends whole lines to results.jsonl, each with one write(2), so a kill never leaves half
    a line behind from this process."""

    def __init__(self, out: Path) -> None:
        self._fd = os.open(out / RESULTS_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def append(self, line: str) -> None:
        data = (line + "\n").encode()
        written = os.write(self._fd, data)
        while written < len(data):  # a short write (a full disk) finishes or raises
            written += os.write(self._fd, data[written:])

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)
