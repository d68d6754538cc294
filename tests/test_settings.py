from pathlib import Path

import pytest

from plainsum.errors import ConfigError
from plainsum.settings import load_settings


def test_defaults_are_offline(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    s = load_settings({}, env={})
    assert s.backend == "auto" and s.resolved_backend() == "offline"


def test_precedence_flag_env_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plainsum.toml").write_text('model = "from-config"\ngrade = 7\ntemperature = 0.5\n')
    env = {"PLAINSUM_MODEL": "from-env", "PLAINSUM_GRADE": "6"}
    s = load_settings({"model": "from-flag", "grade": None}, env=env)
    assert s.model == "from-flag"  # flag beats env
    assert s.grade == 6  # env beats config
    assert s.temperature == 0.5  # config beats default


def test_key_selects_model_and_is_hidden(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_settings({}, env={"OPENAI_API_KEY": "sk-secret-123"})
    assert s.resolved_backend() == "openai"
    assert "sk-secret-123" not in repr(s) and "sk-secret-123" not in s.model_dump_json()
    assert s.key() == "sk-secret-123"


@pytest.mark.parametrize(
    "text,message",
    [
        ("grade = 'hard'", "grade"),
        ("api_key = 'sk-1'", "API keys"),
        ("this is not toml", "TOML"),
    ],
)
def test_bad_config(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plainsum.toml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_settings({}, env={})


def test_a_typo_in_the_config_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plainsum.toml").write_text('modle = "gpt-4o-mini"\n')
    with pytest.raises(ConfigError, match="modle"):
        load_settings({}, env={})


def test_a_named_model_without_an_endpoint_is_an_error_not_a_quiet_offline_draft(
    tmp_path, monkeypatch, capsys
):
    from plainsum.cli import main

    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "PLAINSUM_API_KEY", "PLAINSUM_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)
    paper = Path(__file__).parents[1] / "examples" / "lab_herpes_cells.txt"
    code = main(["draft", str(paper), "--model", "gpt-4o-mini"])
    err = capsys.readouterr().err
    assert code == 2
    assert "gpt-4o-mini" in err and "no model endpoint" in err and "OPENAI_API_KEY" in err
    assert "Traceback" not in err
    monkeypatch.setenv("PLAINSUM_MODEL", "gpt-4o-mini")
    assert main(["draft", str(paper)]) == 2
    capsys.readouterr()
    # an explicit offline backend, or an endpoint, makes the model name harmless / meaningful
    assert main(["draft", str(paper), "--backend", "offline", "--format", "json"]) in (0, 1)
