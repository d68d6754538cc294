"""Shared fixtures. Model tests talk HTTP to `tests/llm_server.py` on 127.0.0.1 through the real
`openai` client; cassettes (pytest-recording) are recorded from it and replayed in CI with
`--record-mode=none --block-network` (set in pyproject addopts). Re-record one test with
`pytest tests/test_openai_drafter.py -k NAME --record-mode=rewrite`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from llm_server import MODEL, LLMServer
from pydantic import SecretStr

from plainsum.settings import Settings

# A fake key: tests check that it appears in no output, log or cassette.
TEST_KEY = "sk-test-PLAINSUM-SECRET-5f2b9c0d1e"
_KEYLIKE = re.compile(rb"sk-[A-Za-z0-9_-]{8,}")


def _scrub_body(body):
    """Anything that looks like an API key, out of a recorded body (servers may echo keys)."""
    if isinstance(body, str):
        return _KEYLIKE.sub(b"sk-REDACTED", body.encode()).decode()
    if isinstance(body, bytes):
        return _KEYLIKE.sub(b"sk-REDACTED", body)
    return body


def _scrub_request(request):
    request.body = _scrub_body(request.body)
    return request


def _scrub_response(response):
    body = response.get("body", {})
    if "string" in body:
        body["string"] = _scrub_body(body["string"])
    return response


@pytest.fixture(scope="module")
def vcr_config():
    return {
        # Keys and organisation ids never reach a cassette.
        "filter_headers": [
            "authorization",
            "api-key",
            "openai-organization",
            "openai-project",
            "cookie",
            "set-cookie",
        ],
        # The test server's port changes every run; requests are matched in order by path.
        "match_on": ["method", "path"],
        "decode_compressed_response": True,
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
    }


@pytest.fixture(autouse=True)
def _run_log_in_tmp(tmp_path, monkeypatch):
    """No test writes the user's real run log."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))  # remembered formats


@pytest.fixture(autouse=True)
def _cpu_work_inline(monkeypatch):
    """Batch and eval CPU work runs inline: a forked worker would load the word lists and
    dictionaries again in every test. Tests of the worker processes ask for them explicitly."""
    monkeypatch.setenv("PLAINSUM_WORKERS", "0")


@pytest.fixture
def llm_server(request):
    """A scripted OpenAI-compatible server. When a cassette is replayed, nothing may reach it."""
    server = LLMServer().start()
    yield server
    server.stop()
    replaying = request.node.get_closest_marker("vcr") and (
        request.config.getoption("--record-mode", default=None) == "none"
    )
    if replaying:
        assert server.requests == [], "the cassette did not intercept: requests reached the server"


class Waits:
    """An injectable sleep that records what it was asked to wait, without waiting."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


@pytest.fixture
def waits():
    return Waits()


@pytest.fixture
def model_settings(llm_server, tmp_path):
    """Settings for the openai backend pointed at the test server."""

    def make(**overrides) -> Settings:
        values = dict(
            backend="openai",
            model=MODEL,
            base_url=llm_server.base_url,
            api_key=SecretStr(TEST_KEY),
            log_path=tmp_path / "logs.db",
            max_attempts=5,
            max_retry_seconds=60,
            timeout=5,
        )
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
def sent(monkeypatch):
    """Every chat completion request the drafter sends (one HTTP request each: retries are
    plainsum's), with its keyword arguments as `chat.completions.create` would take them."""
    from plainsum.drafters.openai import ChatTransport

    calls: list[dict] = []
    original = ChatTransport.create

    async def spy(self, **kwargs):
        calls.append(kwargs)
        return await original(self, **kwargs)

    monkeypatch.setattr(ChatTransport, "create", spy)
    return calls


_BUILD_NOISE = (".venv", "__pycache__", ".ruff_cache", ".pytest_cache", ".mypy_cache", ".egg-info")


def _checkout_files() -> set[str] | None:
    """Untracked and ignored files in the checkout (None outside a git checkout)."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    try:
        out = subprocess.run(
            ["git", "status", "--porcelain", "--ignored", "--untracked-files=all"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return {
        line[3:]
        for line in out.stdout.splitlines()
        if line[:2] in ("??", "!!") and not any(n in line for n in _BUILD_NOISE)
    }


@pytest.fixture(scope="session", autouse=True)
def _nothing_written_into_the_checkout():
    """Tests write into tmp_path only: a file a test leaves in the checkout (runs/cache/ once)
    fails the run here."""
    before = _checkout_files()
    yield
    after = _checkout_files()
    if before is not None and after is not None:
        new = sorted(after - before)
        assert not new, f"tests wrote into the checkout: {new[:10]}"


def subprocess_pythonpath(environ: dict[str, str], package_root: str) -> str:
    """PYTHONPATH for the `python -m plainsum` processes tests start: `package_root` (the folder
    holding the plainsum these tests import) first, then the caller's entries made absolute. A
    relative entry ("src", as a worktree runs its tests) means nothing in a test's tmp_path, where
    the child would quietly import another checkout's editable install instead."""
    entries = [os.path.abspath(e) for e in environ.get("PYTHONPATH", "").split(os.pathsep) if e]
    return os.pathsep.join(dict.fromkeys([package_root, *entries]))


@pytest.fixture(scope="session", autouse=True)
def _subprocesses_run_this_checkout():
    import plainsum

    root = str(Path(plainsum.__file__).resolve().parents[1])
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPATH", subprocess_pythonpath(dict(os.environ), root))
        yield


def skip_or_fail(reason: str) -> None:
    """Skip a test that needs a missing tool, except where the tool is required: CI sets
    PLAINSUM_REQUIRE_BROWSER=1, so a browser test that would skip there fails instead."""
    if os.environ.get("PLAINSUM_REQUIRE_BROWSER") == "1":
        pytest.fail(f"required in this run (PLAINSUM_REQUIRE_BROWSER=1): {reason}")
    pytest.skip(reason)
