"""End to end: `plainsum draft --backend openai` through the real gate and repair loop, the HTTP
going to the test server (recorded to cassettes), and the key nowhere in what plainsum writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import TEST_KEY
from llm_server import MODEL, completion, error
from openai_cases import FAILING, PAPER, PASSING

from plainsum.cli import main
from plainsum.schemas import Draft


@pytest.fixture
def cli_env(llm_server, tmp_path, monkeypatch):
    """Environment as a user would set it; no config file or earlier settings leak in."""
    monkeypatch.chdir(tmp_path)
    for var in ("PLAINSUM_MODEL", "PLAINSUM_BACKEND", "PLAINSUM_BASE_URL", "PLAINSUM_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    monkeypatch.setenv("PLAINSUM_LOG_PATH", str(tmp_path / "logs.db"))
    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    return paper


def draft_cli(paper: Path, *extra: str) -> int:
    return main(["draft", str(paper), "--backend", "openai", "--model", MODEL, *extra])


def assert_no_key(*texts: str, log: Path | None = None) -> None:
    for text in texts:
        assert TEST_KEY not in text
    if log is not None and log.exists():
        for path in log.parent.glob(log.name + "*"):
            assert TEST_KEY.encode() not in path.read_bytes()


@pytest.mark.vcr
def test_draft_with_a_model_end_to_end(cli_env, llm_server, sent, capsys, tmp_path):
    llm_server.script(completion(PASSING))
    code = draft_cli(cli_env, "--format", "json")
    out, err = capsys.readouterr()
    draft = Draft.model_validate_json(out)
    assert code == 0, err
    assert draft.passed and draft.summary.headline == PASSING["headline"]
    assert draft.provenance.drafter == "openai" and draft.provenance.model == MODEL
    assert draft.provenance.prompt_version == "summary-v1"
    assert len(draft.provenance.attempts) == 1 and draft.usage.input_tokens == 1200
    assert len(sent) == 1 and sent[0]["response_format"]["type"] == "json_schema"
    assert_no_key(out, err, log=tmp_path / "logs.db")
    assert main(["log", "--json"]) == 0
    logged = capsys.readouterr().out
    assert json.loads(logged)["entries"][0]["status"] == "ok" and TEST_KEY not in logged


@pytest.mark.vcr
def test_a_failing_draft_is_repaired(cli_env, llm_server, sent, capsys, tmp_path):
    llm_server.script(completion(FAILING), completion(PASSING))
    code = draft_cli(cli_env, "--format", "json")
    out, err = capsys.readouterr()
    draft = Draft.model_validate_json(out)
    assert code == 0, err
    first, second = draft.provenance.attempts
    assert not first.passed and second.passed and second.kind == "repair"
    assert len(sent) == 2
    ask = sent[1]["messages"][-1]["content"]
    errors = [f for f in first.findings if f.severity == "error"]
    assert errors and f"{len(first.findings)} problem(s)" in ask
    for finding in errors:
        assert finding.message in ask  # the second request names the failures
    assert sent[1]["messages"][-2] == {"role": "assistant", "content": json.dumps(FAILING)}
    assert_no_key(out, err, log=tmp_path / "logs.db")


@pytest.mark.vcr
def test_a_draft_that_cannot_be_repaired_exits_1(cli_env, llm_server, sent, capsys):
    llm_server.script(*[completion(FAILING)] * 3)
    code = draft_cli(cli_env, "--format", "json", "--max-repairs", "2")
    out, err = capsys.readouterr()
    draft = Draft.model_validate_json(out)
    assert code == 1 and not draft.passed
    assert len(draft.provenance.attempts) == 3 and len(sent) == 3
    assert "fails the gate" in err


@pytest.mark.vcr
def test_a_bad_key_is_one_line_exit_3(cli_env, llm_server, sent, capsys, tmp_path):
    llm_server.script(error(401, f"Incorrect API key provided: {TEST_KEY}"))
    code = draft_cli(cli_env)
    out, err = capsys.readouterr()
    assert code == 3 and len(sent) == 1
    assert "rejected the API key" in err and "Traceback" not in err
    assert len([line for line in err.splitlines() if "error:" in line]) == 1
    assert_no_key(out, err, log=tmp_path / "logs.db")


def test_the_model_name_is_required(cli_env, capsys):
    code = main(["draft", str(cli_env), "--backend", "openai"])
    err = capsys.readouterr().err
    assert code == 2 and "needs a model name" in err and "--model" in err


def test_the_run_log_is_closed_when_the_command_ends(cli_env, llm_server, capsys, tmp_path):
    """The draft's own drafter is closed before the command returns: the run log's write-ahead
    file is folded into the log then, not whenever the drafter happens to be collected."""
    llm_server.script(completion(PASSING))
    assert draft_cli(cli_env, "--format", "json") == 0
    capsys.readouterr()
    assert (tmp_path / "logs.db").exists()
    assert not (tmp_path / "logs.db-wal").exists()


def test_no_log_leaves_no_log(cli_env, llm_server, capsys, tmp_path):
    llm_server.script(completion(PASSING))
    draft_cli(cli_env, "--format", "json", "--no-log")
    capsys.readouterr()
    assert not (tmp_path / "logs.db").exists()


@pytest.mark.vcr
def test_a_repair_without_usable_answer_keeps_the_draft(llm_server, model_settings, sent):
    """A repair whose answers never parse does not lose the first draft: it is returned,
    marked failing, with a note."""
    from openai_cases import request_for, run

    from plainsum.api import adraft

    llm_server.script(completion(FAILING), completion("not json"), completion("still not"))
    settings = model_settings(max_repairs=1)
    draft = run(adraft(request_for(settings).source, settings))
    assert not draft.passed and draft.summary.headline == FAILING["headline"]
    assert len(draft.provenance.attempts) == 1 and len(sent) == 3
    assert any("repair 1 gave no usable summary" in n for n in draft.provenance.notes)
    assert draft.usage.input_tokens == 3 * 1200


def test_a_rate_limit_is_reported_while_waiting(cli_env, llm_server, capsys):
    llm_server.script(error(429, "slow down", headers={"Retry-After": "0"}), completion(PASSING))
    code = draft_cli(cli_env, "--format", "json")
    _, err = capsys.readouterr()
    assert code == 0
    assert "answered 429 (rate limited); trying again in" in err and "(attempt 2 of" in err
    assert len(llm_server.requests) == 2


def test_backend_auto_says_which_drafter_it_used(cli_env, llm_server, capsys):
    """An endpoint is configured: auto drafts with the model, says so on stderr (no key, no
    URL path), and the provenance records that auto made the choice."""
    llm_server.script(completion(PASSING))
    code = main(["draft", str(cli_env), "--model", MODEL, "--format", "json", "--no-log"])
    out, err = capsys.readouterr()
    draft = Draft.model_validate_json(out)
    assert code == 0, err
    assert draft.provenance.backend == "auto" and draft.provenance.drafter == "openai"
    assert "--backend auto: using the openai drafter" in err and MODEL in err
    assert "127.0.0.1" in err and TEST_KEY not in err
    llm_server.script(completion(PASSING))
    main(["draft", str(cli_env), "--model", MODEL, "--backend", "openai", "--no-log"])
    out, err = capsys.readouterr()
    assert "--backend auto" not in err + out and "chosen by --backend auto" not in out
