"""What `plainsum log` shows: `--since` read as a date or a duration, the run log's calls as a
table with a header row, and totals. Pure functions over `runlog` values."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from .english import counted
from .errors import InputError
from .redact import clean
from .runlog import LogEntry, LogTotals

__all__ = ["format_cost", "format_table", "format_totals", "parse_since"]

DETAIL_CHARS = 96  # the answer or error shown under a row
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|day|w|wk)s?", re.I)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400,
                 "day": 86400, "w": 604800, "wk": 604800}  # fmt: skip


def parse_since(text: str, now: datetime | None = None) -> str:
    """The UTC time (ISO, seconds, as the log stores `created`) that `--since TEXT` names: a
    duration back from now ("90m", "2h", "3d", "1w") or a date or time ("2026-12-01",
    "2026-12-01T09:30", read as UTC unless it carries an offset)."""
    now = now or datetime.now(UTC)
    value = text.strip()
    match = _DURATION.fullmatch(value)
    if match:
        amount, unit = float(match.group(1)), match.group(2).lower()
        when = now - timedelta(seconds=amount * _UNIT_SECONDS[unit])
    else:
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            raise InputError(
                f"--since {text!r} is neither a duration nor a date",
                hint="write a duration back from now (30m, 2h, 3d, 1w) or a UTC date or time "
                "(2026-12-01, 2026-12-01T09:30)",
            ) from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


def format_cost(cost: float | None) -> str:
    """Dollars to four places, or "unknown" when no price was known for the model."""
    return "unknown" if cost is None else f"${cost:.4f}"


def _tokens(entry: LogEntry) -> str:
    text = f"{entry.input_tokens:,}+{entry.output_tokens:,}"
    return f"{text} ({entry.cached_tokens:,} cached)" if entry.cached_tokens else text


def _short(text: str | None, width: int) -> str:
    text = " ".join(clean(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


HEADER = ("ID", "WHEN (UTC)", "STATUS", "KIND", "MODEL", "PROMPT", "TOKENS IN+OUT", "COST", "TIME")


def format_table(entries: list[LogEntry]) -> list[str]:
    """A header row, then one row per call (newest first as given) and, indented under it, the
    start of its error or answer."""
    rows = [
        (
            str(e.id),
            e.created.replace("T", " ").removesuffix("+00:00"),
            e.status,
            e.kind,
            e.model or "-",
            e.prompt_version or "-",
            _tokens(e),
            format_cost(e.cost_usd),
            f"{e.seconds:.2f}s",
        )
        for e in entries
    ]
    widths = [max(len(row[i]) for row in [HEADER, *rows]) for i in range(len(HEADER))]
    right = {0, 6, 7, 8}  # numbers line up on the right

    def line(cells: tuple[str, ...]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        out = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in pairs]
        return clean("  ".join(out).rstrip())

    lines = [line(HEADER)]
    for entry, row in zip(entries, rows, strict=True):
        lines.append(line(row))
        detail = entry.error if entry.error else entry.response
        if detail:
            lines.append(f"    {_short(detail, DETAIL_CHARS)}")
    return lines


def format_totals(totals: LogTotals, shown: int) -> str:
    """One line: how many calls match and are shown, their tokens, cost and time."""
    cost = f"${totals.cost_usd:.4f}"
    if totals.unknown_cost and totals.unknown_cost == totals.requests:
        cost = "unknown"
    elif totals.unknown_cost:
        cost += f" + {counted(totals.unknown_cost, 'call')} of unknown cost"
    tokens = f"{totals.input_tokens:,} in ({totals.cached_tokens:,} cached), "
    tokens += f"{totals.output_tokens:,} out"
    return (
        f"total: {counted(totals.requests, 'request')} ({shown:,} shown), tokens {tokens}, "
        f"cost {cost}, "
        f"{totals.seconds:.1f}s"
    )
