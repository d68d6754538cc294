"""plainsum's errors. The CLI turns each into a one-line message and an exit code."""

from __future__ import annotations

from typing import Any

EXIT_OK = 0
EXIT_GATE_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_MODEL_ERROR = 3


class PlainsumError(Exception):
    """Base class: `str(error)` is the one line a user sees."""

    exit_code = EXIT_BAD_INPUT
    hint: str = ""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint


class InputError(PlainsumError):
    """The input cannot be used: missing, empty, binary, too large, or of the wrong shape."""


class OutputError(InputError):
    """An output cannot be written: a missing or read-only folder, something that is not a
    regular file at the path, a symlink, or a full disk. Exit code 2, like bad input."""


class ConfigError(PlainsumError):
    """A setting, flag, config file or prompt is wrong."""


class ModelError(PlainsumError):
    """The model endpoint failed in a way retries cannot fix (bad key, unknown model ...)."""

    exit_code = EXIT_MODEL_ERROR

    def __init__(self, message: str, *, hint: str = "", status: int | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status


class DraftTimeoutError(ModelError):
    """A request or a whole draft ran past its deadline (`timeout`, `draft_timeout`)."""


class DraftFailedError(PlainsumError):
    """No usable summary came back after every attempt."""

    exit_code = EXIT_MODEL_ERROR

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 0,
        last_raw: str | None = None,
        findings: list[Any] | None = None,
        usage: Any = None,
        hint: str = "",
    ) -> None:
        super().__init__(message, hint=hint)
        self.attempts = attempts
        self.last_raw = last_raw
        self.findings = findings or []
        self.usage = usage
