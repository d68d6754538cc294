"""results.jsonl: appended to, a line at a time, while a batch runs; rewritten atomically from
the state store when a run starts and ends, so no id appears twice and an editor's approvals
survive."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from pydantic import ValidationError

from ..files import write_atomic
from ..schemas import Usage
from .results import RESULTS_FILE, BatchResult
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


def lines_from_store(store: StateStore) -> list[BatchResult]:
    """One result per id the folder has drafted, in first-seen order. When several ids share a
    draft (the same paper twice), only the first carries its usage and cost."""
    approved = store.approved()
    owners: set[str] = set()
    lines = []
    for row in store.papers():
        result = store.result(row.key)
        if result is None:
            continue
        lines.append(line_for(result, row.id, row.source, approved, first=row.key not in owners))
        owners.add(row.key)
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


def rewrite(out: Path, lines: list[BatchResult]) -> Path:
    return write_atomic(out / RESULTS_FILE, "".join(r.to_line() + "\n" for r in lines))


class Appender:
    """Appends whole lines to results.jsonl, each with one write(2), so a kill never leaves half
    a line behind from this process."""

    def __init__(self, out: Path) -> None:
        self._fd = os.open(out / RESULTS_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def append(self, result: BatchResult) -> None:
        data = (result.to_line() + "\n").encode()
        written = os.write(self._fd, data)
        while written < len(data):  # a short write (a full disk) finishes or raises
            written += os.write(self._fd, data[written:])

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)
