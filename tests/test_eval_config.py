"""Eval configs and datasets: paths relative to the config, one-line ConfigErrors, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_eval_fixtures import write_config, write_dataset

from plainsum.cli import main
from plainsum.errors import ConfigError, InputError
from plainsum.evals.config import (
    endpoint_configured,
    load_cases,
    load_eval_config,
    system_settings,
    uses_model,
)

REPO = Path(__file__).resolve().parents[1]


def test_paths_are_relative_to_the_config(tmp_path, monkeypatch):
    folder = tmp_path / "evals"
    folder.mkdir()
    path = write_config(folder)
    monkeypatch.chdir(tmp_path.parent)
    config = load_eval_config(path)
    assert config.datasets[0].path == (folder / "cases.jsonl").resolve()
    assert config.datasets[0].name == "cases"
    assert [c.id for c in load_cases(config.datasets[0])] == ["walk", "mice", "sleep"]


def test_shipped_example_config_loads():
    config = load_eval_config(REPO / "evals" / "example.toml")
    assert {s.backend for s in config.systems} == {"offline", "openai"}
    cases = load_cases(config.datasets[0])
    assert 6 <= len(cases) <= 10
    assert any(c.reference for c in cases) and any(c.reference is None for c in cases)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("[[systems]]\nname = 'a'\nbackend = 'offline'\ncolour = 'red'\n", "colour"),
        ("[[systems]]\nname = 'a'\nbackend = 'telepathy'\n", "backend"),
        ("[[systems]]\nname = 'a'\n[[systems]]\nname = 'a'\n", "unique"),
        ("[[systems]]\nname = 'a'\ntemperature = 'hot'\n", "temperature"),
        ("[[systems]]\nname = 'a'\napi_key = 'sk-secret'\n", "API keys"),
        ("scorers = ['gate', 'vibes']\n[[systems]]\nname = 'a'\n", "vibes"),
        ("repeats = 0\n[[systems]]\nname = 'a'\n", "repeats"),
        ("systems = 3\n", "systems"),
        ("[[systems]\nname = 'a'\n", "not valid TOML"),
    ],
)
def test_bad_config_is_one_config_error(tmp_path, body, needle):
    path = write_config(tmp_path, body)
    with pytest.raises(ConfigError) as info:
        load_eval_config(path)
    message = str(info.value)
    assert needle in message and "\n" not in message
    assert "sk-secret" not in message


def test_missing_config_and_missing_dataset(tmp_path):
    with pytest.raises(ConfigError, match="no such eval config"):
        load_eval_config(tmp_path / "nope.toml")
    path = write_config(tmp_path)
    (tmp_path / "cases.jsonl").unlink()
    config = load_eval_config(path)
    with pytest.raises(ConfigError, match="no such file"):
        load_cases(config.datasets[0])


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"id": "x"}', "'text'"),
        ('{"id": "x", "text": "   "}', "'text'"),
        ('{"id": "x", "text": "abc", "reference": 3}', "reference"),
    ],
)
def test_bad_dataset_line_names_file_and_line(tmp_path, line, needle):
    path = write_dataset(tmp_path)
    path.write_text(path.read_text() + line + "\n")
    config = load_eval_config(write_config(tmp_path))
    with pytest.raises(InputError) as info:
        load_cases(config.datasets[0])
    assert "cases.jsonl:4" in str(info.value) and needle in str(info.value)


def test_source_field_and_limits(tmp_path):
    rows = [{"id": f"r{i}", "source": f"text {i}"} for i in range(5)]
    (tmp_path / "cases.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    config = load_eval_config(
        write_config(tmp_path, "[[systems]]\nname = 'a'\n").parent / "eval.toml"
    )
    assert len(load_cases(config.datasets[0])) == 5
    assert [c.id for c in load_cases(config.datasets[0], limit=2)] == ["r0", "r1"]
    config.datasets[0].limit = 3
    assert len(load_cases(config.datasets[0])) == 3
    assert len(load_cases(config.datasets[0], limit=1)) == 1


def test_repeated_ids_are_refused(tmp_path):
    (tmp_path / "cases.jsonl").write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    config = load_eval_config(write_config(tmp_path))
    with pytest.raises(InputError, match="repeated"):
        load_cases(config.datasets[0])


def test_model_systems_need_an_endpoint(tmp_path):
    config = load_eval_config(
        write_config(
            tmp_path,
            "[[systems]]\nname = 'm'\nbackend = 'openai'\nmodel = 'x'\ntemperature = 0.5\n"
            "[[systems]]\nname = 'local'\nbackend = 'openai'\nbase_url = 'http://127.0.0.1:9/v1'\n"
            "[[systems]]\nname = 'off'\nbackend = 'offline'\n",
        )
    )
    model, local, offline = config.systems
    assert uses_model(model, {}) and not endpoint_configured(model, {})
    assert endpoint_configured(model, {"OPENAI_API_KEY": "sk-test"})
    assert endpoint_configured(local, {})
    assert not uses_model(offline, {"OPENAI_API_KEY": "sk-test"})
    settings = system_settings(model, {"OPENAI_API_KEY": "sk-test"})
    assert settings.temperature == 0.5 and settings.key() == "sk-test"
    assert "sk-test" not in model.model_dump_json()


def test_prompt_paths_resolve_next_to_the_config(tmp_path):
    config = load_eval_config(
        write_config(tmp_path, "[[systems]]\nname = 'p'\nprompt = 'prompts/mine.md'\n")
    )
    assert config.systems[0].prompt == str((tmp_path / "prompts" / "mine.md").resolve())


def test_cli_bad_config_exits_2_with_one_line(tmp_path, capsys):
    path = write_config(tmp_path, "[[systems]]\nname = 'a'\nbogus = 1\n")
    code = main(["eval", str(path), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("plainsum: error:") and "bogus" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("flag", [["--limit", "0"], ["--concurrency", "0"]])
def test_cli_bad_numbers_exit_2(tmp_path, capsys, flag):
    code = main(["eval", str(write_config(tmp_path)), *flag])
    assert code == 2
    assert "must be at least 1" in capsys.readouterr().err
