"""The local run log: every model request and response, appended to SQLite (like `llm logs`).

Default path: `$XDG_DATA_HOME/plainsum/logs.db` (or `~/.local/share/plainsum/logs.db`);
`settings.log_path` / `PLAINSUM_LOG_PATH` override it and `--no-log` turns logging off. API keys
are never stored: entries hold no headers, base URLs lose any user:password part and query, and
every text field is scrubbed of the key (and of fragments and masked forms of it) and of terminal
control characters before it is written (`redact`). The file is the user's alone (0600, its
`plainsum` folder 0700; older, looser ones are tightened on open). A field longer than
`MAX_FIELD_CHARS` (a 5 MB answer, a paper sent back in a repair turn) is stored cut, with a note,
so one call never leaves a row of tens of megabytes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .errors import ConfigError
from .redact import Scrubber

__all__ = [
    "STATUSES",
    "LogEntry",
    "LogFilter",
    "LogTotals",
    "RunLog",
    "clean_url",
    "default_log_path",
]

SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    draft_id TEXT,
    kind TEXT,
    status TEXT NOT NULL,
    model TEXT,
    base_url TEXT,
    prompt_version TEXT,
    params TEXT,
    messages TEXT,
    response TEXT,
    finish_reason TEXT,
    error TEXT,
    http_status INTEGER,
    input_tokens INTEGER,
    cached_tokens INTEGER,
    output_tokens INTEGER,
    cost_usd REAL,
    seconds REAL,
    source_sha256 TEXT
)
"""
_COLUMNS = (
    "created draft_id kind status model base_url prompt_version params messages response "
    "finish_reason error http_status input_tokens cached_tokens output_tokens cost_usd seconds "
    "source_sha256"
).split()
REDACTED = "[REDACTED]"
MAX_FIELD_CHARS = 200_000  # per message, response or error in one row


def cut(text: str | None, limit: int = MAX_FIELD_CHARS) -> str | None:
    """`text`, or its first `limit` characters and a note of how much was cut."""
    if text is None or len(text) <= limit:
        return text
    return f"{text[:limit]}\n[... {len(text) - limit} more characters not logged]"


def _private(path: Path, mode: int) -> None:
    """Tighten `path` to `mode` when it is looser (best effort: it may not be ours)."""
    try:
        if path.exists() and path.stat().st_mode & 0o777 & ~mode:
            path.chmod(mode)
    except OSError:
        pass


def default_log_path(env: dict[str, str] | None = None) -> Path:
    """Where the run log lives unless `settings.log_path` says otherwise."""
    env = dict(os.environ) if env is None else env
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "plainsum" / "logs.db"


def clean_url(url: str | None) -> str | None:
    """A base URL without user:password or query string (either can carry a secret)."""
    if not url:
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


STATUSES = ("ok", "retry", "error", "invalid", "refused", "cut_off")


@dataclass(frozen=True)
class LogFilter:
    """Which calls to read: since a UTC time (ISO, as `created` is stored), of one model, with
    one of some statuses, of one of some kinds (draft, repair, review ...). Empty fields filter
    nothing."""

    since: str | None = None
    model: str | None = None
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    def where(self) -> tuple[str, list[Any]]:
        """A SQL WHERE clause (or "") and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.since:
            clauses.append("created >= ?")
            params.append(self.since)
        if self.model:
            clauses.append("model = ?")
            params.append(self.model)
        if self.statuses:
            clauses.append(f"status IN ({', '.join('?' for _ in self.statuses)})")
            params.extend(self.statuses)
        if self.kinds:
            clauses.append(f"kind IN ({', '.join('?' for _ in self.kinds)})")
            params.extend(self.kinds)
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


@dataclass(frozen=True)
class LogTotals:
    """Sums over the calls a filter selects; `unknown_cost` calls had no price to go by."""

    requests: int = 0
    input_tokens: int = 0
    cached_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    unknown_cost: int = 0
    seconds: float = 0.0


@dataclass
class LogEntry:
    """One model call as the run log keeps it."""

    status: str  # ok, retry, error, invalid, refused, cut_off
    kind: str = "draft"  # draft, repair, reask; review, review_reask; judge
    draft_id: str | None = None
    model: str | None = None
    base_url: str | None = None
    prompt_version: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    messages: list[dict[str, Any]] = field(default_factory=list)
    response: str | None = None
    finish_reason: str | None = None
    error: str | None = None
    http_status: int | None = None
    input_tokens: int = 0
    cached_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = None
    seconds: float = 0.0
    source_sha256: str | None = None
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    id: int | None = None


class RunLog:
    """Appends `LogEntry` rows to a SQLite file; safe to share between concurrent drafts."""

    def __init__(self, path: str | Path, *, secrets: Iterable[str | None] = ()) -> None:
        self.path = Path(path).expanduser()
        self._scrub_text = Scrubber(secrets)
        self._ready = False
        self._writer: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        try:
            if not self._ready:
                self._prepare_files()
            conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            if not self._ready:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(SCHEMA)
                conn.commit()
                for suffix in ("", "-wal", "-shm"):
                    _private(Path(f"{self.path}{suffix}"), 0o600)
                self._ready = True
            # A log may lose its last rows on power loss, never its consistency; this keeps
            # each append to about a millisecond instead of an fsync.
            conn.execute("PRAGMA synchronous=NORMAL")
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                f"cannot open the run log {self.path}: {exc}",
                hint="set PLAINSUM_LOG_PATH to a writable file, or pass --no-log",
            ) from None
        return conn

    def _prepare_files(self) -> None:
        """The folder 0700 and the file 0600: the log holds whole papers and answers."""
        folder = self.path.parent
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
        elif folder.name == "plainsum":  # our own folder; never chmod a shared one like /tmp
            _private(folder, 0o700)
        if not self.path.exists():
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
        for suffix in ("", "-wal", "-shm"):
            _private(Path(f"{self.path}{suffix}"), 0o600)

    def check(self) -> None:
        """Open (creating when needed) the log now, so a log that cannot be written stops a run
        before its first request is paid for."""
        with self._lock:
            if self._writer is None:
                self._writer = self._connect()

    def _scrub(self, text: str | None) -> str | None:
        if text is None:
            return None
        return self._scrub_text(text)

    def append(self, entry: LogEntry) -> int:
        """Write one entry; returns its id."""
        # the columns as they are (params and messages are serialised below from the entry:
        # no deep copy of a whole paper per call, as dataclasses.asdict would make)
        row = {name: getattr(entry, name) for name in _COLUMNS}
        row["base_url"] = clean_url(entry.base_url)
        row["params"] = json.dumps(entry.params, sort_keys=True)
        messages = [
            {k: cut(v) if isinstance(v, str) else v for k, v in m.items()} for m in entry.messages
        ]
        row["messages"] = json.dumps(messages, ensure_ascii=False)
        row["response"] = cut(entry.response)
        row["error"] = cut(entry.error, 2_000)
        for name in ("params", "messages", "response", "error", "base_url", "model"):
            row[name] = self._scrub(row[name])
        values = [row[c] for c in _COLUMNS]
        with self._lock:  # one open connection for writing, shared by concurrent drafts
            if self._writer is None:
                self._writer = self._connect()
            try:
                with self._writer:
                    cursor = self._writer.execute(
                        f"INSERT INTO calls ({', '.join(_COLUMNS)}) "
                        f"VALUES ({', '.join('?' for _ in _COLUMNS)})",
                        values,
                    )
                return int(cursor.lastrowid or 0)
            except sqlite3.Error as exc:
                raise ConfigError(f"cannot write the run log {self.path}: {exc}") from None

    def close(self) -> None:
        """Close the writing connection (reopened on the next append)."""
        with self._lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None

    def recent(self, limit: int | None = 10, where: LogFilter | None = None) -> list[LogEntry]:
        """The newest `limit` entries (all when `limit` is None) that `where` selects, newest
        first."""
        clause, params = (where or LogFilter()).where()
        sql = f"SELECT * FROM calls {clause} ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, limit))
        rows = self._read(sql, params, row_factory=True)
        entries = []
        for row in rows:
            data = dict(row)
            data["params"] = json.loads(data["params"] or "{}")
            data["messages"] = json.loads(data["messages"] or "[]")
            entries.append(LogEntry(**data))
        return entries

    def totals(self, where: LogFilter | None = None) -> LogTotals:
        """Requests, tokens, known cost and the count of calls of unknown cost that `where`
        selects."""
        clause, params = (where or LogFilter()).where()
        sql = (
            "SELECT COUNT(*), TOTAL(input_tokens), TOTAL(cached_tokens), TOTAL(output_tokens), "
            f"TOTAL(cost_usd), COUNT(*) - COUNT(cost_usd), TOTAL(seconds) FROM calls {clause}"
        )
        rows = self._read(sql, params)
        if not rows:
            return LogTotals()
        count, tokens_in, cached, tokens_out, cost, unknown, seconds = rows[0]
        return LogTotals(
            count, int(tokens_in), int(cached), int(tokens_out), cost, unknown, seconds
        )

    def _read(self, sql: str, params: list[Any], *, row_factory: bool = False) -> list[Any]:
        if not self.path.exists():
            return []
        conn = self._connect()
        try:
            if row_factory:
                conn.row_factory = sqlite3.Row
            return conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot read the run log {self.path}: {exc}") from None
        finally:
            conn.close()


def elapsed(since: float) -> float:
    """Seconds since a `time.perf_counter()` reading, rounded for the log."""
    return round(time.perf_counter() - since, 4)
