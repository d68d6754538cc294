"""The SQLite run log and `plainsum log`."""

import json
import sqlite3

from plainsum.cli import main
from plainsum.runlog import LogEntry, RunLog, clean_url, default_log_path

KEY = "sk-runlog-SECRET-0123456789"


def entry(**kw):
    base = dict(
        status="ok",
        model="m1",
        prompt_version="summary-v1",
        params={"temperature": 0.2},
        messages=[{"role": "user", "content": "summarise this"}],
        response='{"headline": "x"}',
        input_tokens=10,
        output_tokens=5,
        cost_usd=0.001,
    )
    base.update(kw)
    return LogEntry(**base)


def test_append_and_recent_newest_first(tmp_path):
    log = RunLog(tmp_path / "sub" / "logs.db")
    first = log.append(entry(response="first"))
    second = log.append(entry(response="second", status="retry", error="HTTP 429"))
    assert second > first
    got = log.recent(5)
    assert [e.response for e in got] == ["second", "first"]
    assert got[0].params == {"temperature": 0.2} and got[0].messages[0]["role"] == "user"
    assert log.recent(1)[0].status == "retry"


def test_keys_never_stored(tmp_path):
    path = tmp_path / "logs.db"
    log = RunLog(path, secrets=[KEY])
    log.append(
        entry(
            base_url=f"https://user:{KEY}@example.test/v1?api-key={KEY}",
            error=f"HTTP 401: Incorrect API key provided: {KEY}",
            messages=[{"role": "user", "content": f"the key is {KEY}"}],
        )
    )
    raw = path.read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.iterdir() if p.name != "logs.db"
    )
    assert KEY.encode() not in raw
    stored = log.recent(1)[0]
    assert stored.base_url == "https://example.test/v1"
    assert "[REDACTED]" in (stored.error or "")


def test_default_path_follows_xdg(tmp_path):
    assert default_log_path({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "plainsum" / "logs.db"
    assert clean_url("http://127.0.0.1:8000/v1") == "http://127.0.0.1:8000/v1"


def test_log_command_lists_and_prints_json(tmp_path, capsys, monkeypatch):
    path = tmp_path / "logs.db"
    monkeypatch.setenv("PLAINSUM_LOG_PATH", str(path))
    monkeypatch.chdir(tmp_path)
    assert main(["log"]) == 0
    assert "no entries" in capsys.readouterr().out
    log = RunLog(path)
    for i in range(3):
        log.append(entry(response=f"answer {i}", cached_tokens=4))
    assert main(["log", "-n", "2"]) == 0
    out = capsys.readouterr().out
    assert "answer 2" in out and "answer 1" in out and "answer 0" not in out
    assert "4 cached" in out and "summary-v1" in out
    assert main(["log", "--json", "-n", "1"]) == 0
    rows = json.loads(capsys.readouterr().out)["entries"]
    assert len(rows) == 1 and rows[0]["response"] == "answer 2"
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from calls").fetchone()[0] == 3
