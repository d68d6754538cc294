"""Retry lines say what is retried and how long plainsum waits, in words; a refused local
connection is retried once, in one line, before the real message."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest

from plainsum.cli import main
from plainsum.drafters.retry import RetryPolicy, call_with_retries, in_words, retry_line

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lab_herpes_cells.txt"


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(4.0, "4 seconds"), (1.0, "1 second"), (0.5, "0.5 seconds"), (3.27, "3.3 seconds"),
     (12.6, "13 seconds"), (0.04, "0 seconds"), (300.0, "5 minutes")],
)  # fmt: skip
def test_waits_in_words(seconds, words):
    assert in_words(seconds) == words


def test_a_retry_line_names_what_how_long_and_which_attempt():
    line = retry_line("the endpoint answered 429 (rate limited)", 4.0, 2, 5)
    assert line == (
        "the endpoint answered 429 (rate limited); trying again in 4 seconds (attempt 2 of 5)"
    )


class Busy(Exception):
    pass


class Refused(Exception):
    pass


def _run(failures: list[Exception], attempts_for=lambda exc: None):
    told: list[tuple[str, int, int]] = []
    calls = 0

    async def no_sleep(seconds: float) -> None:
        return None

    async def call() -> str:
        nonlocal calls
        calls += 1
        if failures:
            raise failures.pop(0)
        return "ok"

    def on_retry(exc: BaseException, wait: float, attempt: int, attempts: int) -> None:
        told.append((type(exc).__name__, attempt, attempts))

    result = asyncio.run(
        call_with_retries(
            call,
            RetryPolicy(max_attempts=5, sleep=no_sleep),
            is_transient=lambda exc: True,
            on_retry=on_retry,
            attempts_for=attempts_for,
        )
    )
    return result, calls, told


def test_each_retry_is_told_its_attempt_number_and_the_attempts_in_all():
    result, calls, told = _run([Busy(), Busy()])
    assert (result, calls) == ("ok", 3)
    assert told == [("Busy", 2, 5), ("Busy", 3, 5)]


def test_a_failure_with_fewer_attempts_stops_after_its_own_budget():
    limit = lambda exc: 2 if isinstance(exc, Refused) else None  # noqa: E731
    with pytest.raises(Refused):
        _run([Refused(), Refused(), Refused()], attempts_for=limit)
    _, calls, told = _run([Busy(), Busy()], attempts_for=limit)
    assert calls == 3 and [t[2] for t in told] == [5, 5]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_refused_local_connection_is_retried_once_in_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("PLAINSUM_LOG_PATH", str(tmp_path / "logs.db"))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    code = main(["draft", str(EXAMPLE), "--backend", "openai", "--model", "m", "--base-url", url])
    err = capsys.readouterr().err
    assert code == 3, err
    retries = [line for line in err.splitlines() if "trying again" in line]
    assert len(retries) == 1, err
    assert "the connection to 127.0.0.1" in retries[0] and "was refused" in retries[0]
    assert "(attempt 2 of 2)" in retries[0] and "second" in retries[0]
    assert "APIConnectionError" not in err and "cannot reach the endpoint" in err
