"""What a batch folder sent to the provider's Batch API: each request file (its upload and its
batch id), and each request (the paper behind it and whether its answer came back).

Tables in the folder's state store (`state.StateStore`), written before each step they record,
so a rerun after a crash resumes where it stopped and never submits a file twice.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from typing import Any

from ..ingest import Source
from ..ingest.source import Section
from .state import StateStore

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_files (
    name TEXT PRIMARY KEY, model TEXT NOT NULL, requests INTEGER NOT NULL,
    bytes INTEGER NOT NULL, file_id TEXT, batch_id TEXT, status TEXT NOT NULL,
    output_file_id TEXT, error_file_id TEXT, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS api_requests (
    key TEXT PRIMARY KEY, file TEXT NOT NULL, paper_id TEXT NOT NULL, request TEXT NOT NULL,
    source TEXT NOT NULL, state TEXT NOT NULL, reason TEXT);
CREATE TABLE IF NOT EXISTS api_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1), settings TEXT NOT NULL);
"""

# A file's status: prepared (written), uploaded, submitted, then the provider's batch status
# until collected. A request's state: pending, answered (in the answer journal) or failed.
PREPARED, UPLOADED, SUBMITTED, COLLECTED = "prepared", "uploaded", "submitted", "collected"
PENDING, ANSWERED, FAILED = "pending", "answered", "failed"


@dataclass(frozen=True)
class ApiFile:
    name: str
    model: str
    requests: int
    bytes: int
    file_id: str | None
    batch_id: str | None
    status: str
    output_file_id: str | None
    error_file_id: str | None


@dataclass(frozen=True)
class ApiRequest:
    key: str
    file: str
    paper_id: str
    request: str  # drafters.pacing.request_hash of the request: its answer's journal key
    source: Source
    state: str
    reason: str | None


def source_to_json(source: Source) -> str:
    return json.dumps(asdict(source), default=str)


def source_from_json(text: str) -> Source:
    data: dict[str, Any] = json.loads(text)
    data["sections"] = tuple(Section(**s) for s in data.get("sections") or ())
    data["authors"] = tuple(data.get("authors") or ())
    return Source(**data)


class Ledger:
    """The Batch API tables of one state store."""

    def __init__(self, store: StateStore) -> None:
        self.db = store.db
        self.db.executescript(_SCHEMA)

    # -- the settings the requests were built with ----------------------------------------

    def settings(self) -> dict[str, Any] | None:
        row = self.db.execute("SELECT settings FROM api_settings WHERE id = 1").fetchone()
        return json.loads(row[0]) if row else None

    def put_settings(self, values: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO api_settings (id, settings) VALUES (1, ?)",
            (json.dumps(values, sort_keys=True, default=str),),
        )

    # -- files ------------------------------------------------------------------------------

    def add_file(self, name: str, model: str, requests: list[tuple[str, str, str, Source]],
                 size: int) -> None:  # fmt: skip
        """Record a written file and its requests, (key, paper id, request hash, source), at
        once."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute(
                "INSERT INTO api_files (name, model, requests, bytes, status, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (name, model, len(requests), size, PREPARED, time.time()),
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO api_requests (key, file, paper_id, request, source, "
                "state) VALUES (?, ?, ?, ?, ?, ?)",
                [(k, name, p, r, source_to_json(s), PENDING) for k, p, r, s in requests],
            )

    def files(self) -> list[ApiFile]:
        rows = self.db.execute(
            "SELECT name, model, requests, bytes, file_id, batch_id, status, output_file_id, "
            "error_file_id FROM api_files ORDER BY name"
        ).fetchall()
        return [ApiFile(*row) for row in rows]

    def next_number(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM api_files").fetchone()[0]) + 1

    def update_file(self, name: str, **values: str | None) -> None:
        columns = ", ".join(f"{column} = ?" for column in values)
        self.db.execute(f"UPDATE api_files SET {columns} WHERE name = ?", (*values.values(), name))

    # -- requests ---------------------------------------------------------------------------

    def request(self, key: str) -> ApiRequest | None:
        row = self.db.execute(
            "SELECT key, file, paper_id, request, source, state, reason FROM api_requests "
            "WHERE key = ?",
            (key,),
        ).fetchone()
        return self._request(row) if row else None

    def requests(self, file: str | None = None, state: str | None = None) -> list[ApiRequest]:
        clauses, params = [], []
        if file is not None:
            clauses.append("file = ?")
            params.append(file)
        if state is not None:
            clauses.append("state = ?")
            params.append(state)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(
            "SELECT key, file, paper_id, request, source, state, reason FROM api_requests "
            f"{where} ORDER BY rowid",
            params,
        ).fetchall()
        return [self._request(row) for row in rows]

    def pending(self, key: str) -> bool:
        row = self.db.execute("SELECT state FROM api_requests WHERE key = ?", (key,)).fetchone()
        return row is not None and row[0] == PENDING

    def settle(self, key: str, state: str, reason: str | None = None) -> None:
        self.db.execute(
            "UPDATE api_requests SET state = ?, reason = ? WHERE key = ?", (state, reason, key)
        )

    @staticmethod
    def _request(row: tuple[Any, ...]) -> ApiRequest:
        key, file, paper_id, request, source, state, reason = row
        return ApiRequest(key, file, paper_id, request, source_from_json(source), state, reason)
