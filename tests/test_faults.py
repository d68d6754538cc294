"""Each fault a real endpoint can throw ends one `plainsum draft` in bounded time, with the
documented exit code, one error line, no traceback, and no key material printed or stored.

The key is planted where a server can echo it (error bodies, answers, headers; whole, cut,
spaced and masked) and every artifact is grepped for it afterwards: stdout, stderr, the run log,
the output file, the cache. Set PLAINSUM_FAULT_TABLE=FILE to record one JSON line per fault
(bench/fault_table.py prints them as a table).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_server import FaultServer
from openai_cases import PAPER, PASSING

KEY = "sk-fault-Zq7XbT4kLm9PwR2sVn8YcJ5hGd3F0a1B"
# seconds any one draft may take here, all retries included: --draft-timeout 20 plus start-up,
# with room for a loaded machine (a 30 s bound failed once at load 10, a 40 s one at load 14: a
# 429 loop that takes 9 s on a quiet machine); a draft that ignored the deadline would run far
# past it (and the subprocess is killed at DEADLINE + 30)
DEADLINE = 60.0

# fault -> exit codes that are right for it
EXPECTED = {
    "trickle": {3},
    "stall": {3},
    "429_forever": {3},
    "retry_after_far": {3},
    "html_5xx": {3},
    "drop": {3},
    "cut_json": {3},
    "wrong_content_type": {3},
    "oversized": {3},
    "ansi_and_key": {3},
    "key_in_error": {3},
    "schema_500": {0, 1},  # falls back to JSON mode and gets an answer
}


def fragments(key: str, n: int = 8) -> set[str]:
    """Every run of `n` characters of the key: none may appear in any artifact."""
    return {key[i : i + n] for i in range(len(key) - n + 1)}


def _grep(paths: list[Path], texts: list[str]) -> list[str]:
    """Where key fragments were found (whole, or spaced out)."""
    found = []
    frags = fragments(KEY)
    blobs = [(f"text {i}", t) for i, t in enumerate(texts)]
    for path in paths:
        for file in [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()):
            blobs.append((str(file), file.read_bytes().decode("utf-8", "replace")))
    for where, blob in blobs:
        squeezed = "".join(ch for ch in blob if ch not in " .\n")
        if any(f in blob or f in squeezed for f in frags):
            found.append(where)
    return found


def _record(row: dict) -> None:
    table = os.environ.get("PLAINSUM_FAULT_TABLE")
    if table:
        with open(table, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(row) + "\n")


@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_a_fault_ends_one_draft_cleanly(fault, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER)
    config = tmp_path / "plainsum.toml"
    config.write_text("max_attempts = 3\nmax_retry_seconds = 6\n")
    config.chmod(0o600)
    out = tmp_path / "out.md"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "OPENAI_API_KEY": KEY,
    }
    with FaultServer(fault, answer=PASSING) as server:
        cmd = [
            sys.executable, "-m", "plainsum", "draft", str(paper), "--backend", "openai",
            "--model", "fault-model", "--base-url", server.url, "--config", str(config),
            "--timeout", "4", "--draft-timeout", "20", "--max-repairs", "1", "-o", str(out),
        ]  # fmt: skip
        started = time.monotonic()
        done = subprocess.run(
            cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=DEADLINE + 30
        )
        seconds = time.monotonic() - started
        hits = server.hits
    errors = [line for line in done.stderr.splitlines() if line.startswith("plainsum: error:")]
    leaks = _grep([tmp_path / "data", tmp_path / "cache", out], [done.stdout, done.stderr])
    row = {
        "fault": fault,
        "code": done.returncode,
        "seconds": round(seconds, 2),
        "requests": hits,
        "stderr": errors[0] if errors else done.stderr.strip().splitlines()[-1:],
        "planted": "ansi_and_key" in fault or "key" in fault,
        "leaks": leaks,
        "survived": done.returncode in EXPECTED[fault] and seconds < DEADLINE and not leaks,
    }
    _record(row)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in EXPECTED[fault], done.stderr
    assert seconds < DEADLINE
    assert not leaks, leaks
    assert "\x1b" not in done.stderr + done.stdout
    if done.returncode == 3:
        assert len(errors) == 1, done.stderr
    else:
        assert out.is_file()
