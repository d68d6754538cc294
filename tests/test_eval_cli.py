"""`plainsum eval evals/example.toml` end to end, offline, with no key: log, table, report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from plainsum.cli import main

REPO = Path(__file__).resolve().parents[1]
ENDPOINT_VARS = ("OPENAI_API_KEY", "PLAINSUM_API_KEY", "OPENAI_BASE_URL", "PLAINSUM_BASE_URL")


@pytest.fixture
def no_endpoint(monkeypatch):
    for var in ENDPOINT_VARS:
        monkeypatch.delenv(var, raising=False)


def test_example_eval_runs_offline_out_of_the_box(tmp_path, monkeypatch, capsys, no_endpoint):
    # a fresh clone: copy the shipped config and dataset, run from the clone's folder
    shutil.copytree(REPO / "evals", tmp_path / "evals")
    monkeypatch.chdir(tmp_path)
    code = main(["eval", "evals/example.toml", "--no-progress"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    runs = [p for p in (tmp_path / "runs").iterdir() if p.name != "cache"]
    assert len(runs) == 1
    log = json.loads((runs[0] / "log.json").read_text())
    report = (runs[0] / "report.html").read_text()
    cases = [json.loads(line) for line in (tmp_path / "evals" / "example.jsonl").open()]
    assert len(log["cases"]) == len(cases)
    assert log["run_id"] == runs[0].name
    skipped = {s["name"]: s["skipped"] for s in log["systems"]}
    assert skipped["offline"] is None
    assert all(v for k, v in skipped.items() if k != "offline")
    assert "skipped" in captured.err and "OPENAI_API_KEY" in captured.err
    # the terminal table names the system and the metrics
    assert "offline" in captured.out and "FK grade" in captured.out and "ROUGE-1" in captured.out
    assert report.count('<article class="case"') == len(cases)
    assert "<script>window.__pwned" not in report  # one example abstract carries a script tag
    results = [r for c in log["cases"] for r in c["results"]]
    assert all(r["draft"] or r["error"] for r in results)
    # a rerun drafts nothing: every draft comes from the cache
    code = main(["eval", "evals/example.toml", "--no-progress", "--out", "again"])
    assert code == 0
    again = json.loads((tmp_path / "again" / "log.json").read_text())
    assert all(r["cached"] for c in again["cases"] for r in c["results"] if not r["error"])
    assert "from cache" in capsys.readouterr().err


def test_limit_and_out(tmp_path, capsys, no_endpoint):
    out = tmp_path / "run"
    code = main(
        [
            "eval",
            str(REPO / "evals" / "example.toml"),
            "--limit",
            "2",
            "--out",
            str(out),
            "--cache-dir",
            str(tmp_path / "cache"),
            "--concurrency",
            "2",
            "--no-progress",
        ]
    )
    assert code == 0, capsys.readouterr().err
    log = json.loads((out / "log.json").read_text())
    assert len(log["cases"]) == 2
    assert any((tmp_path / "cache").rglob("*.json"))


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_model_system_and_judge_through_a_local_server(tmp_path, capsys, no_endpoint):
    """A model system drafts through an OpenAI-compatible server on 127.0.0.1, and the judge
    compares it with the offline system; nothing goes to any other host."""
    from llm_server import LLMServer, completion
    from test_eval_fixtures import CLEAN, write_dataset

    write_dataset(tmp_path)
    server = LLMServer().start()
    try:
        server.script(*[completion(CLEAN.model_dump()) for _ in range(3)])
        server.script(*[completion("Both are fine.\nVERDICT: TIE") for _ in range(3)])
        config = tmp_path / "eval.toml"
        config.write_text(
            'name = "local"\n[[datasets]]\npath = "cases.jsonl"\n'
            '[[systems]]\nname = "offline"\nbackend = "offline"\n'
            f'[[systems]]\nname = "local-model"\nbackend = "openai"\nmodel = "test-model"\n'
            f'base_url = "{server.base_url}"\nmax_repairs = 0\n'
            f'[judge]\nmodel = "judge-model"\nbase_url = "{server.base_url}"\n'
            'baseline = "offline"\n'
        )
        out = tmp_path / "run"
        code = main(
            [
                "eval",
                str(config),
                "--out",
                str(out),
                "--cache-dir",
                str(tmp_path / "cache"),
                "--no-progress",
                "--concurrency",
                "1",
            ]
        )
    finally:
        server.stop()
    captured = capsys.readouterr()
    assert code == 0, captured.err
    log = json.loads((out / "log.json").read_text())
    assert [s["skipped"] for s in log["systems"]] == [None, None]
    model_results = [r for c in log["cases"] for r in c["results"] if r["system"] == "local-model"]
    assert len(model_results) == 3
    for result in model_results:
        assert result["error"] is None, result["error"]
        assert result["draft"]["summary"]["headline"] == CLEAN.headline
        scores = {s["name"]: s["value"] for s in result["scores"]}
        assert scores["tokens_in"] > 0 and scores["tokens_out"] > 0
        assert scores["judge_preference"] == 0.5
    assert len(server.requests) == 6
    assert any("tokens in 3600" in note for note in log["notes"])  # 3 x 1200 from the server
    assert "local-model" in captured.out and "judge" in captured.out
