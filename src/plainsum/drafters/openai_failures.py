"""What a failed chat call means, in words and in the run log, for `drafters.openai`.

`CallFailures` turns each way a call to an OpenAI-compatible endpoint can fail (an HTTP status, no
whole answer in time, no connection, a Retry-After too long to wait) into the one error the user
sees, writes the call's row in the run log, and scrubs the API key from every word of both.
"""

from __future__ import annotations

import openai

from ..errors import DraftTimeoutError, ModelError
from ..redact import Scrubber
from ..runlog import RunLog
from .chat import Answer
from .endpoint import Call, log_entry
from .openai_transport import RequestDeadline, describe, model_error
from .retry import RetryAfterTooLong


class CallFailures:
    """The words and log rows for one drafter's calls (its endpoint, model, key and log)."""

    def __init__(
        self,
        *,
        base_url: str | None,
        timeout: float,
        model: str | None,
        prompt_version: str | None,
        runlog: RunLog | None,
        scrub: Scrubber,
    ) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.model = model
        self.prompt_version = prompt_version
        self.runlog = runlog
        self.scrub = scrub

    def describe(self, exc: BaseException) -> str:
        return describe(exc, self.timeout, self.scrub)

    def model_error(self, exc: BaseException) -> ModelError:
        return model_error(
            exc,
            where=self.base_url or "api.openai.com",
            timeout=self.timeout,
            model=self.model,
            scrub=self.scrub,
        )

    def failed(self, call: Call, exc: BaseException) -> Exception:
        """The error to raise for a call that failed with `exc` (after its transport retries),
        once its row is in the run log."""
        if isinstance(exc, RequestDeadline):
            self.log(call, status="error", error=f"no answer within {self.timeout:g}s")
            where = self.base_url or "api.openai.com"
            return DraftTimeoutError(
                f"the endpoint at {where} did not answer within {self.timeout:g}s "
                "(a whole answer; every try)",
                hint="raise timeout (--timeout) in plainsum.toml, or check the server",
            )
        if isinstance(exc, RetryAfterTooLong):
            cause = exc.__cause__
            self.log(
                call,
                status="error",
                error=f"{self.describe(cause) if cause else 'retry'}; {exc}",
                http_status=getattr(cause, "status_code", None),
            )
            return ModelError(
                f"{exc} ({self.describe(cause) if cause else 'rate limited'})",
                hint="try again later, or raise max_retry_seconds in plainsum.toml",
                status=getattr(cause, "status_code", None),
            )
        status = exc.status_code if isinstance(exc, openai.APIStatusError) else None
        self.log(call, status="error", error=self.describe(exc), http_status=status)
        return self.model_error(exc)

    def log(
        self,
        call: Call,
        *,
        status: str,
        answer: Answer | None = None,
        error: str | None = None,
        http_status: int | None = None,
    ) -> None:
        if self.runlog is None:
            return
        self.runlog.append(
            log_entry(
                call,
                status=status,
                model=self.model,
                base_url=self.base_url,
                prompt_version=call.prompt_version or self.prompt_version,
                answer=answer,
                error=error,
                http_status=http_status,
            )
        )
