"""Eval configs (TOML) and datasets (JSONL): what to draft, with which systems, scored how.

A config names datasets (JSONL files with `id`, `text` or `source`, and an optional human
`reference`), systems (each a drafter with its settings), the scorers to run and how many times to
draft each case. Paths in a config are relative to the config file.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import ConfigError, InputError
from ..ingest.bounded import MAX_FILE_BYTES, read_text
from ..settings import Settings
from .judge import JudgeConfig

# The keys of `Settings` a system may set; anything else in a [[systems]] table is a typo.
SYSTEM_SETTINGS = (
    "backend",
    "model",
    "base_url",
    "temperature",
    "max_repairs",
    "grade",
    "prompt",
    "max_input_tokens",
    "max_output_tokens",
    "timeout",
    "max_attempts",
)


class DatasetConfig(BaseModel):
    """One JSONL file of cases."""

    model_config = ConfigDict(extra="forbid")

    path: Path
    name: str = ""
    limit: int | None = Field(default=None, ge=1)


class SystemConfig(BaseModel):
    """One way of drafting: a backend with its model, prompt version and parameters."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    backend: Literal["auto", "offline", "openai"] = "offline"
    model: str | None = None
    base_url: str | None = None
    temperature: float | None = None
    max_repairs: int | None = Field(default=None, ge=0, le=10)
    grade: float | None = Field(default=None, gt=0, le=20)
    prompt: str | None = None
    max_input_tokens: int | None = Field(default=None, ge=500)
    max_output_tokens: int | None = Field(default=None, ge=100)
    timeout: float | None = Field(default=None, gt=0)
    max_attempts: int | None = Field(default=None, ge=1, le=20)

    def params(self) -> dict[str, Any]:
        """The settings this system sets (unset ones keep plainsum's defaults)."""
        return {k: v for k in SYSTEM_SETTINGS if (v := getattr(self, k)) is not None}


class EvalConfig(BaseModel):
    """A whole eval: datasets x systems x repeats, and the scorers to run."""

    model_config = ConfigDict(extra="forbid")

    name: str = "eval"
    description: str = ""
    datasets: list[DatasetConfig] = Field(min_length=1)
    systems: list[SystemConfig] = Field(min_length=1)
    scorers: list[str] | None = None  # None: every built-in scorer
    repeats: int = Field(default=1, ge=1, le=20)
    cache_dir: Path | None = None
    judge: JudgeConfig | None = None
    path: Path | None = Field(default=None, exclude=True)

    @field_validator("systems")
    @classmethod
    def _unique_names(cls, systems: list[SystemConfig]) -> list[SystemConfig]:
        names = [s.name for s in systems]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"system names must be unique; repeated: {', '.join(dupes)}")
        return systems

    def digest(self) -> str:
        """A short stable hash of what the config asks for: its settings and the datasets'
        contents, not where the files live."""
        data = self.model_dump(mode="json", exclude={"cache_dir", "datasets"})
        data["datasets"] = [
            {"name": d.name, "limit": d.limit, "sha256": _file_sha256(d.path)}
            for d in self.datasets
        ]
        text = json.dumps(data, sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:8]


def _file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class Case(BaseModel):
    """One abstract to summarise, with an optional human-written reference summary."""

    id: str
    dataset: str
    text: str
    reference: str | None = None

    @property
    def key(self) -> str:
        return f"{self.dataset}/{self.id}"

    @property
    def input_sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


def _where(err: dict[str, Any]) -> str:
    return ".".join(str(p) for p in err["loc"]) or "config"


MAX_CONFIG_BYTES = 1_000_000


def load_eval_config(path: str | Path) -> EvalConfig:
    """Read and validate an eval config; every problem is one `ConfigError` line."""
    path = Path(path)
    try:
        data = tomllib.loads(read_text(path, MAX_CONFIG_BYTES, "eval configs"))
    except InputError as exc:
        raise ConfigError(str(exc).replace("no such file", "no such eval config")) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    systems = data.get("systems")
    tables: list[Any] = [*(systems if isinstance(systems, list) else []), data.get("judge")]
    if any(isinstance(t, dict) and "api_key" in t for t in tables):
        raise ConfigError(f"{path}: do not store API keys in eval configs; use OPENAI_API_KEY")
    try:
        config = EvalConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(f"{path}: {_where(dict(err))}: {err['msg']}") from None
    base = path.resolve().parent
    for dataset in config.datasets:
        dataset.path = (base / dataset.path).resolve()
        dataset.name = dataset.name or dataset.path.stem
    names = [d.name for d in config.datasets]
    if len(set(names)) != len(names):
        raise ConfigError(f"{path}: dataset names must be unique (set name = ... on each)")
    for system in config.systems:
        if system.prompt and ("/" in system.prompt or system.prompt.endswith((".md", ".txt"))):
            system.prompt = str((base / system.prompt).resolve())
    if config.judge and ("/" in config.judge.prompt or config.judge.prompt.endswith(".md")):
        config.judge.prompt = str((base / config.judge.prompt).resolve())
    if config.cache_dir is not None:
        config.cache_dir = (base / config.cache_dir).resolve()
    if config.scorers is not None:
        from .scorers import SCORERS

        unknown = [s for s in config.scorers if s not in SCORERS]
        if unknown:
            raise ConfigError(
                f"{path}: unknown scorer(s) {', '.join(unknown)}; known: {', '.join(SCORERS)}"
            )
    config.path = path.resolve()
    return config


def load_cases(dataset: DatasetConfig, limit: int | None = None) -> list[Case]:
    """The first `limit` cases of a JSONL dataset (each line: id, text or source, reference)."""
    path = dataset.path
    try:
        lines = read_text(path, MAX_FILE_BYTES, "datasets").splitlines()
    except InputError as exc:
        raise ConfigError(f"dataset {dataset.name}: {exc}") from None
    limit = min(x for x in (limit, dataset.limit, 10**12) if x is not None)
    cases: list[Case] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if len(cases) >= limit:
            break
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{where}: each line must be a JSON object")
        text = row.get("text", row.get("source"))
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}: needs a non-empty 'text' (or 'source') string")
        case_id = str(row.get("id", number))
        if case_id in seen:
            raise InputError(f"{where}: id {case_id!r} is repeated")
        seen.add(case_id)
        reference = row.get("reference")
        if reference is not None and not isinstance(reference, str):
            raise InputError(f"{where}: 'reference' must be a string")
        cases.append(Case(id=case_id, dataset=dataset.name, text=text, reference=reference or None))
    return cases


def endpoint_configured(system: SystemConfig, env: dict[str, str] | None = None) -> bool:
    """Whether a model system has somewhere to send requests (a key or a base URL)."""
    env = dict(os.environ) if env is None else env
    return bool(
        system.base_url
        or env.get("OPENAI_API_KEY")
        or env.get("PLAINSUM_API_KEY")
        or env.get("OPENAI_BASE_URL")
        or env.get("PLAINSUM_BASE_URL")
    )


def system_settings(system: SystemConfig, env: dict[str, str] | None = None) -> Settings:
    """The `Settings` a system drafts with: its own parameters, the key and URL from the env.

    Config files in the working folder are not read, so an eval means the same thing anywhere.
    """
    env = dict(os.environ) if env is None else env
    # Model calls go to the run log like every other request (README: every request is logged).
    values: dict[str, Any] = {"log": True, **system.params()}
    if env.get("PLAINSUM_LOG_PATH"):
        values["log_path"] = env["PLAINSUM_LOG_PATH"]
    key = env.get("OPENAI_API_KEY") or env.get("PLAINSUM_API_KEY")
    if key:
        values["api_key"] = key
    if "base_url" not in values:
        url = env.get("OPENAI_BASE_URL") or env.get("PLAINSUM_BASE_URL")
        if url:
            values["base_url"] = url
    try:
        return Settings(**values)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(f"system {system.name}: {_where(dict(err))}: {err['msg']}") from None


def uses_model(system: SystemConfig, env: dict[str, str] | None = None) -> bool:
    """Whether the system drafts with a model endpoint rather than the offline drafter."""
    if system.backend == "openai":
        return True
    if system.backend == "offline":
        return False
    return endpoint_configured(system, env)
