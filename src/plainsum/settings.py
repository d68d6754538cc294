"""One `Settings` object, resolved once: flag > PLAINSUM_*/OPENAI_* env > config file > default."""

from __future__ import annotations

import logging
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from .errors import ConfigError, InputError
from .redact import register_secret

Backend = Literal["auto", "offline", "openai"]
CONFIG_NAME = "plainsum.toml"
logger = logging.getLogger(__name__)


class Price(BaseModel):
    """US dollars per million tokens."""

    input: float
    output: float
    cached_input: float | None = None


class Settings(BaseModel):
    """Everything that decides how a draft is made. Unknown keys are refused, so a typo in a
    config file is an error rather than a silently ignored setting."""

    model_config = ConfigDict(extra="forbid")

    backend: Backend = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: SecretStr | None = Field(default=None, exclude=True, repr=False)
    temperature: float = 0.2
    max_repairs: int = Field(default=2, ge=0, le=10)
    grade: float = Field(default=8.0, gt=0, le=20)
    prompt: str = "summary-v1"
    max_input_tokens: int = Field(default=12_000, ge=500)
    max_output_tokens: int = Field(default=1_200, ge=100)
    timeout: float = Field(default=60.0, gt=0)  # one request in all: connect, headers, body
    draft_timeout: float = Field(default=600.0, gt=0)  # one draft: every retry and repair
    response_format: Literal["auto", "json_schema", "json_object", "text"] = "auto"
    # "model": the model review (plainsum.review) joins the gate; needs a model endpoint
    review: Literal["off", "model"] = "off"
    max_attempts: int = Field(default=5, ge=1, le=20)  # transport retries (429/5xx/timeouts)
    max_retry_seconds: float = Field(default=120.0, gt=0)
    log: bool = True
    log_path: Path | None = None
    prices: dict[str, Price] = Field(default_factory=dict)
    config_path: Path | None = None
    # `plainsum site`: the site's name, its standing note on research quality, its public URL
    site_title: str | None = None
    site_disclaimer: str | None = None
    site_base_url: str | None = None

    def resolved_backend(self) -> Literal["offline", "openai"]:
        """`auto` means the model when a key or base URL is configured, else offline."""
        if self.backend != "auto":
            return self.backend
        return "openai" if (self.api_key or self.base_url) else "offline"

    def require_endpoint_for_model(self) -> None:
        """Naming a model with no endpoint configured is a mistake, not a wish to draft offline.

        With `--backend auto`, `--model X` (or PLAINSUM_MODEL) but no API key or base URL used to
        draft offline quietly and exit 0; a user who names a model expects that model.
        """
        if self.backend == "auto" and self.model and not (self.api_key or self.base_url):
            raise ConfigError(
                f"model {self.model!r} is named but no model endpoint is configured",
                hint=(
                    "set OPENAI_API_KEY (OpenAI) or --base-url / OPENAI_BASE_URL (a local "
                    "server), or leave out --model to draft offline"
                ),
            )

    def key(self) -> str | None:
        return self.api_key.get_secret_value() if self.api_key else None


_ENV: dict[str, str] = {
    "PLAINSUM_BACKEND": "backend",
    "PLAINSUM_MODEL": "model",
    "OPENAI_BASE_URL": "base_url",
    "PLAINSUM_BASE_URL": "base_url",
    "OPENAI_API_KEY": "api_key",
    "PLAINSUM_API_KEY": "api_key",
    "PLAINSUM_TEMPERATURE": "temperature",
    "PLAINSUM_MAX_REPAIRS": "max_repairs",
    "PLAINSUM_GRADE": "grade",
    "PLAINSUM_PROMPT": "prompt",
    "PLAINSUM_LOG_PATH": "log_path",
    "PLAINSUM_TIMEOUT": "timeout",
    "PLAINSUM_DRAFT_TIMEOUT": "draft_timeout",
    "PLAINSUM_RESPONSE_FORMAT": "response_format",
    "PLAINSUM_REVIEW": "review",
}


def config_paths(cwd: Path | None = None) -> list[Path]:
    """Config files in the order they are tried: working folder, then the user's config folder."""
    cwd = cwd or Path.cwd()
    user = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "plainsum"
    return [cwd / CONFIG_NAME, user / CONFIG_NAME]


def _warn_if_readable(path: Path, data: dict[str, Any]) -> None:
    """Settings files can hold endpoints with credentials or price deals: say when others can
    read one (it is not refused: the user decides)."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        return
    if data and mode & 0o044:
        logger.warning(
            "%s is readable by other users (mode %s); consider chmod 600 %s",
            path,
            oct(mode)[2:],
            path,
        )


def read_config(path: Path) -> dict[str, Any]:
    from .ingest.bounded import read_text  # the one bounded reader (ingest imports no settings)

    try:
        data = tomllib.loads(read_text(path, 1_000_000, "config files"))
    except InputError as exc:
        raise ConfigError(f"cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    _warn_if_readable(path, data)
    section = data.get("plainsum", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [plainsum] must be a table")
    if "api_key" in section:
        raise ConfigError(f"{path}: do not store API keys in config files; use OPENAI_API_KEY")
    return dict(section)


def load_settings(
    flags: dict[str, Any] | None = None,
    env: dict[str, str] | None = None,
    config: Path | None = None,
) -> Settings:
    """Resolve settings from flags (None values ignored), environment and config file."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    paths = [config] if config else [p for p in config_paths() if p.is_file()]
    if config and not config.is_file():
        raise ConfigError(f"{config}: no such config file")
    if paths:
        values.update(read_config(paths[0]))
        values["config_path"] = paths[0]
    for var, name in _ENV.items():
        if env.get(var):
            values[name] = env[var]
    for name, value in (flags or {}).items():
        if value is not None:
            values[name] = value
    try:
        settings = Settings(**values)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "settings"
        origin = f" in {values['config_path']}" if values.get("config_path") else ""
        if err["type"] == "extra_forbidden":
            raise ConfigError(f"unknown setting {where!r}{origin}") from None
        raise ConfigError(f"bad setting {where}{origin}: {err['msg']}") from None
    register_secret(settings.key())  # every message, log row and file is scrubbed of it
    return settings
