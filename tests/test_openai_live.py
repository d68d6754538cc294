"""Failures a cassette cannot hold (no response is ever recorded for them): timeouts, dropped
connections and a server that is not there. These talk to the live test server on 127.0.0.1."""

from __future__ import annotations

import socket

import pytest
from llm_server import Reply, completion
from openai_cases import PASSING, request_for, run

from plainsum.drafters.openai import OpenAIDrafter
from plainsum.errors import ModelError
from plainsum.runlog import RunLog


def test_timeout_then_success(llm_server, model_settings, sent, waits):
    llm_server.script(Reply(delay=1.0, body={}), completion(PASSING))
    settings = model_settings(timeout=0.3)
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
