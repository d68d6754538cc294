"""A batch's memory: a SQLite file (WAL) in the output folder holding every paper's result by
key, which key each id has now, and every model answer by the request that got it.

A model answer commits at once, so a kill at any moment loses at most the request in flight:
answers are recorded before anything is done with them, and a rerun finds them instead of
paying again. A running batch may let the papers' and results' rows wait for the next commit
(`group_seconds`): what a kill loses of them is worked out again from the answers, for CPU and
never for money. WAL with synchronous=NORMAL survives a killed process (not a power cut, which
can lose the last commits but never corrupts the file). One batch at a time may use a folder.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from ..drafters.chat import Answer
from ..drafters.pacing import answer_from_json, answer_to_json
from ..errors import InputError
from .results import BatchResult, BatchStatus, SourceMeta

STATE_FILE = ".plainsum-batch.sqlite"
LOCK_FILE = ".plainsum-batch.lock"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY, status TEXT NOT NULL, result TEXT NOT NULL, draft TEXT,
    updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS papers (
    id TEXT PRIMARY KEY, key TEXT NOT NULL, seq INTEGER NOT NULL, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    request TEXT PRIMARY KEY, answer TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS approvals (
    id TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (id, key));
"""


@dataclass(frozen=True)
class PaperRow:
    id: str
    key: str
    source: SourceMeta


class StateStore:
    """The state of the batch writing to `folder`; use as a context manager."""

    def __init__(self, folder: Path, *, group_seconds: float = 0.0) -> None:
        """`group_seconds` > 0: papers' and results' rows are committed together, at most that
        long after the first of them (or with the next answer, or on close), not one by one."""
        self.folder = folder
        self.group_seconds = group_seconds
        self._opened = 0.0  # when the transaction holding rows not yet committed began
        self._lock_fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            raise InputError(f"another plainsum batch is writing to {folder}") from None
        self.db = sqlite3.connect(folder / STATE_FILE, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=5000")
        self.db.executescript(_SCHEMA)
        self._seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM papers").fetchone()[0]

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.commit()
        self.db.close()
        os.close(self._lock_fd)

    def commit(self) -> None:
        """Commit the rows that are waiting (`group_seconds`), if any."""
        if self.db.in_transaction:
            self.db.execute("COMMIT")

    def _write(self, sql: str, args: tuple[object, ...]) -> None:
        """A row that may wait for the next commit (the answers it was made from are kept)."""
        if self.group_seconds <= 0:
            self.db.execute(sql, args)
            return
        now = time.monotonic()
        if not self.db.in_transaction:
            self.db.execute("BEGIN")
            self._opened = now
        self.db.execute(sql, args)
        if now - self._opened >= self.group_seconds:
            self.commit()

    # -- results, by key ----------------------------------------------------------------

    def result(self, key: str) -> BatchResult | None:
        row = self.db.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        return BatchResult.from_line(row[0]) if row else None

    def done(self, key: str) -> BatchResult | None:
        """The result for `key` when it needs no more work (a draft; errors are tried again)."""
        result = self.result(key)
        return result if result is not None and result.status != BatchStatus.ERROR else None

    def put_result(self, result: BatchResult, draft_json: str | None = None) -> None:
        """Record a paper's outcome, with the whole draft (JSON) its pages are rendered from."""
        self._write(
            "INSERT OR REPLACE INTO results (key, status, result, draft, updated) "
            "VALUES (?, ?, ?, ?, ?)",
            (result.key, result.status.value, result.to_line(), draft_json, time.time()),
        )

    def draft_json(self, key: str) -> str | None:
        row = self.db.execute("SELECT draft FROM results WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- papers: which key each id has now ----------------------------------------------

    def put_paper(self, paper_id: str, key: str, source: SourceMeta) -> None:
        """Record that `paper_id` now means `key` (its first position in the folder is kept)."""
        self._seq += 1
        self._write(
            "INSERT INTO papers (id, key, seq, source) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET key = excluded.key, source = excluded.source",
            (paper_id, key, self._seq, source.model_dump_json()),
        )

    def papers(self) -> list[PaperRow]:
        return [PaperRow(i, k, SourceMeta.model_validate_json(s)) for i, k, s in self.paper_rows()]

    def paper_rows(self) -> list[tuple[str, str, str]]:
        """(id, key, source as JSON) of every paper, in first-seen order."""
        rows = self.db.execute("SELECT id, key, source FROM papers ORDER BY seq").fetchall()
        return [(i, k, s) for i, k, s in rows]

    # -- approvals an editor made in results.jsonl --------------------------------------

    def approve(self, paper_id: str, key: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO approvals (id, key) VALUES (?, ?)", (paper_id, key))

    def approved(self) -> set[tuple[str, str]]:
        return {(i, k) for i, k in self.db.execute("SELECT id, key FROM approvals")}

    # -- the answer journal (drafters.pacing.AnswerJournal) -----------------------------

    def get(self, request: str) -> Answer | None:
        row = self.db.execute("SELECT answer FROM answers WHERE request = ?", (request,)).fetchone()
        return answer_from_json(row[0]) if row else None

    def put(self, request: str, answer: Answer) -> None:
        """Record a model answer and commit it at once (with any rows waiting): it was paid for."""
        self.db.execute(
            "INSERT OR REPLACE INTO answers (request, answer, created) VALUES (?, ?, ?)",
            (request, answer_to_json(answer), time.time()),
        )
        self.commit()

    def answers(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])
