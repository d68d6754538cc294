"""The cassettes really intercept (vcrpy must patch httpx2, which openai 3 uses), fail loudly
when missing, and hold no secret."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import TEST_KEY
from openai_cases import PASSING, request_for, run

from plainsum.drafters.openai import OpenAIDrafter

CASSETTES = Path(__file__).parent / "cassettes"


@pytest.mark.vcr(str(CASSETTES / "test_openai_drafter" / "test_clean_draft.yaml"))
def test_replay_with_the_server_stopped(llm_server, model_settings, sent, record_mode):
    """The clean-draft cassette replays with nothing listening at the base URL."""
    if record_mode != "none":
        pytest.skip("only meaningful when replaying")
    settings = model_settings()
    llm_server.stop()
    result = run(OpenAIDrafter(settings).draft(request_for(settings)))
    assert result.summary.headline == PASSING["headline"] and len(sent) == 1


def test_a_missing_cassette_fails_loudly(tmp_path):
    test = tmp_path / "test_inner.py"
    test.write_text(
        textwrap.dedent(
            """
            import asyncio
            import openai
            import pytest

            @pytest.mark.vcr
            def test_call():
                client = openai.AsyncOpenAI(
                    api_key="x", base_url="http://127.0.0.1:9/v1", max_retries=0
                )
                asyncio.run(client.chat.completions.create(model="m", messages=[]))
            """
        )
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--record-mode=none",
            "--rootdir",
            str(tmp_path),
            str(test),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 1, done.stdout[-2000:]
    assert "CannotOverwriteExistingCassetteException" in done.stdout


def test_cassettes_hold_no_key():
    files = list(CASSETTES.rglob("*.yaml"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert TEST_KEY not in text, path
        assert "authorization" not in text.lower(), path
        assert "Bearer" not in text, path
