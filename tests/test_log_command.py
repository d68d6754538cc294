"""`plainsum log`: a header row, "unknown" for an unknown cost, filters, totals, --json."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from plainsum.cli import main
from plainsum.errors import InputError
from plainsum.logview import format_cost, parse_since
from plainsum.runlog import LogEntry, LogFilter, RunLog

NOW = datetime.now(UTC).replace(microsecond=0)


def _ago(**delta: float) -> str:
    return (NOW - timedelta(**delta)).isoformat(timespec="seconds")


GPT, LLAMA = "gpt-4o-mini", "llama3.1:8b"
CALLS = [  # oldest first, as they were appended
    dict(status="ok", model=GPT, cost_usd=0.002, created=_ago(days=10), response="old"),
    dict(status="retry", model=GPT, cost_usd=None, created=_ago(hours=5), error="429"),
    dict(status="ok", model=LLAMA, cost_usd=None, created=_ago(hours=3), response="local"),
    dict(status="ok", model=GPT, cost_usd=0.0031, created=_ago(minutes=20), response="new"),
]


@pytest.fixture
def log_path(tmp_path, monkeypatch):
    path = tmp_path / "logs.db"
    monkeypatch.setenv("PLAINSUM_LOG_PATH", str(path))
    monkeypatch.chdir(tmp_path)
    log = RunLog(path)
    for call in CALLS:
        log.append(
            LogEntry(
                prompt_version="summary-v1",
                input_tokens=1000,
                cached_tokens=200,
                output_tokens=300,
                seconds=1.5,
                **call,
            )
        )
    log.close()
    return path


def _out(capsys, *argv: str) -> str:
    assert main(["log", *argv]) == 0
    return capsys.readouterr().out


def test_rows_come_under_a_header_and_an_unknown_cost_reads_unknown(log_path, capsys):
    lines = _out(capsys).splitlines()
    assert lines[0].split()[:3] == ["ID", "WHEN", "(UTC)"] and "COST" in lines[0]
    rows = [line for line in lines[1:] if not line.startswith(("    ", "total"))]
    assert len(rows) == 4
    assert "unknown" in rows[1] and "llama3.1:8b" in rows[1]  # newest first: the local model
    assert "$?" not in "\n".join(lines)
    assert "$0.0031" in rows[0] and "1,000+300 (200 cached)" in rows[0]
    # the header's columns line up with the rows'
    assert lines[0].index("STATUS") == rows[0].index("ok")


def test_totals_cover_every_call_the_filters_select(log_path, capsys):
    total = _out(capsys, "-n", "1").splitlines()[-1]
    assert total.startswith("total: 4 requests (1 shown)")
    assert "4,000 in (800 cached), 1,200 out" in total
    assert "$0.0051 + 2 calls of unknown cost" in total


@pytest.mark.parametrize(
    ("argv", "models_statuses"),
    [
        (["--since", "1d"], {(GPT, "retry"), (LLAMA, "ok"), (GPT, "ok")}),
        (["--since", "4h"], {(LLAMA, "ok"), (GPT, "ok")}),
        (["--model", LLAMA], {(LLAMA, "ok")}),
        (["--status", "retry"], {(GPT, "retry")}),
        (["--status", "retry", "--status", "ok", "--model", GPT, "--since", "1d"],
         {(GPT, "retry"), (GPT, "ok")}),
    ],
)  # fmt: skip
def test_filters(log_path, capsys, argv, models_statuses):
    document = json.loads(_out(capsys, "--json", "-n", "0", *argv))
    got = {(e["model"], e["status"]) for e in document["entries"]}
    assert got == models_statuses
    assert document["totals"]["requests"] == len(document["entries"])


def test_since_a_date_and_json_totals(log_path, capsys):
    day = (NOW - timedelta(days=2)).date().isoformat()
    document = json.loads(_out(capsys, "--json", "--since", day))
    assert document["filters"]["since"] == f"{day}T00:00:00+00:00"
    assert len(document["entries"]) == 3
    totals = document["totals"]
    assert totals["requests"] == 3 and totals["unknown_cost"] == 2
    assert totals["cost_usd"] == pytest.approx(0.0031)
    assert totals["input_tokens"] == 3000 and totals["output_tokens"] == 900


def test_nothing_matching_says_so(log_path, capsys):
    assert "no entries" in _out(capsys, "--model", "no-such-model")


def test_a_bad_since_is_one_line_and_exit_2(log_path, capsys):
    assert main(["log", "--since", "yesterday-ish"]) == 2
    err = capsys.readouterr().err
    assert "neither a duration nor a date" in err and "Traceback" not in err


def test_parse_since():
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    assert parse_since("2h", now) == "2026-12-02T10:00:00+00:00"
    assert parse_since("90m", now) == "2026-12-02T10:30:00+00:00"
    assert parse_since("3d", now) == "2026-11-29T12:00:00+00:00"
    assert parse_since("1w", now) == "2026-11-25T12:00:00+00:00"
    assert parse_since("2026-12-01", now) == "2026-12-01T00:00:00+00:00"
    assert parse_since("2026-12-01T09:30+01:00", now) == "2026-12-01T08:30:00+00:00"
    with pytest.raises(InputError):
        parse_since("soon", now)


def test_format_cost():
    assert format_cost(None) == "unknown" and format_cost(0.00125) == "$0.0013"


def test_kind_filter_lists_the_model_reviews(tmp_path, capsys, monkeypatch):
    path = tmp_path / "kinds.db"
    log = RunLog(path)
    for kind in ("draft", "review", "repair", "review"):
        log.append(LogEntry(status="ok", kind=kind, model=GPT, cost_usd=0.001))
    log.close()
    document = json.loads(_out(capsys, "--path", str(path), "--json", "--kind", "review"))
    assert [e["kind"] for e in document["entries"]] == ["review", "review"]
    assert document["totals"]["requests"] == 2 and document["filters"]["kind"] == ["review"]
    table = _out(capsys, "--path", str(path), "--kind", "review", "--kind", "draft")
    assert "KIND" in table and table.count(" review ") == 2 and table.count(" draft ") == 1
    assert "repair" not in table


def test_filter_sql_selects_nothing_extra(tmp_path):
    log = RunLog(tmp_path / "l.db")
    log.append(LogEntry(status="ok", model="a"))
    log.append(LogEntry(status="error", model="a'; DROP TABLE calls; --"))
    where = LogFilter(model="a'; DROP TABLE calls; --")
    assert [e.status for e in log.recent(None, where)] == ["error"]
    assert log.totals().requests == 2
