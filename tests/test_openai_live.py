"""Failures a cassette cannot hold (no response is ever recorded for them): timeouts, dropped
connections and a server that is not there. These talk to the live test server on 127.0.0.1."""

from __future__ import annotations

import socket

import pytest
from llm_server import HANG, Reply, completion, error
from openai_cases import PASSING, request_for, run

from plainsum.drafters.openai import OpenAIDrafter
from plainsum.errors import ModelError
from plainsum.runlog import RunLog


def test_timeout_then_success(llm_server, model_settings, sent, waits):
    """A first request that never answers times out and is retried; the retry's answer is used.
    The first reply is held until the server stops (not a delay a slow machine could outlast),
    and the timeout leaves the retry ten times what it takes on a loaded machine (0.2 s): with a
    0.3 s timeout the retry itself timed out under load, and the test failed."""
    llm_server.script(Reply(delay=HANG, body={}), completion(PASSING))
    settings = model_settings(timeout=2.0)
    result = run(OpenAIDrafter(settings, sleep=waits).draft(request_for(settings)))
    assert result.summary.headline == PASSING["headline"]
    assert len(sent) == 2 and len(waits.seconds) == 1
    first = RunLog(settings.log_path).recent(2)[-1]
    assert first.status == "retry" and "timed out" in (first.error or "")


def test_timeouts_exhaust_attempts(llm_server, model_settings, sent, waits):
    llm_server.script(*[Reply(delay=1.0, body={})] * 2)
    settings = model_settings(timeout=0.2, max_attempts=2)
    with pytest.raises(ModelError, match="did not answer within 0.2s"):
        run(OpenAIDrafter(settings, sleep=waits).draft(request_for(settings)))
    assert len(sent) == 2


def test_dropped_connection_then_success(llm_server, model_settings, sent, waits):
    llm_server.script(Reply(drop=True), completion(PASSING))
    settings = model_settings()
    result = run(OpenAIDrafter(settings, sleep=waits).draft(request_for(settings)))
    assert result.summary.headline == PASSING["headline"]
    assert len(sent) == 2 and len(llm_server.requests) == 2


def test_no_server_says_where(model_settings, sent, waits):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = model_settings(base_url=f"http://127.0.0.1:{port}/v1", max_attempts=2)
    with pytest.raises(ModelError, match=f"cannot reach the endpoint at .*:{port}") as caught:
        run(OpenAIDrafter(settings, sleep=waits).draft(request_for(settings)))
    assert "--base-url" in caught.value.hint and len(sent) == 2


def test_the_installed_command_end_to_end(llm_server, tmp_path):
    """The real `plainsum` entry point in its own process, configured only by environment."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    from conftest import TEST_KEY
    from llm_server import MODEL
    from openai_cases import PAPER

    llm_server.script(completion(PASSING))
    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLAINSUM_", "OPENAI_"))}
    env.update(
        OPENAI_BASE_URL=llm_server.base_url,
        OPENAI_API_KEY=TEST_KEY,
        PLAINSUM_LOG_PATH=str(tmp_path / "logs.db"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    exe = shutil.which("plainsum") or ""
    command = [exe] if exe else [sys.executable, "-m", "plainsum"]
    done = subprocess.run(
        [
            *command,
            "draft",
            str(paper),
            "--backend",
            "openai",
            "--model",
            MODEL,
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    draft = json.loads(done.stdout)
    assert draft["passed"] and draft["provenance"]["drafter"] == "openai"
    (request,) = llm_server.requests
    assert request.body["response_format"]["type"] == "json_schema"
    assert request.headers["authorization"] == f"Bearer {TEST_KEY}"  # the key did go to the server
    assert TEST_KEY not in done.stdout + done.stderr
    logs = list(tmp_path.glob("logs.db*"))  # the database and its write-ahead log
    assert logs and all(TEST_KEY.encode() not in p.read_bytes() for p in logs)
    assert any(b"summary-v1" in p.read_bytes() for p in logs)  # something was logged


def test_a_key_echoed_by_the_server_is_scrubbed(llm_server, model_settings, sent):
    """Live, because cassettes scrub key-like text before recording: here the echo is real."""
    from conftest import TEST_KEY

    from plainsum.errors import ModelError

    llm_server.script(error(400, f"bad request for key {TEST_KEY}"))
    settings = model_settings()
    with pytest.raises(ModelError) as caught:
        run(OpenAIDrafter(settings).draft(request_for(settings)))
    assert "[REDACTED]" in str(caught.value) and TEST_KEY not in str(caught.value)
    for path in settings.log_path.parent.glob(settings.log_path.name + "*"):
        assert TEST_KEY.encode() not in path.read_bytes()
