"""The model client the eval harness's judge uses: one chat completion per comparison.

Like `drafters.openai`, this is one of the few modules that import the `openai` package.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..errors import DraftTimeoutError, ModelError
from ..redact import Redactor, clean
from ..runlog import LogEntry, RunLog, default_log_path
from ..schemas import Usage

if TYPE_CHECKING:
    from ..settings import Settings


@dataclass
class JudgeReply:
    text: str
    usage: Usage = field(default_factory=Usage)
    model: str | None = None


@runtime_checkable
class JudgeClient(Protocol):
    """Sends one system + user prompt to a model and returns its reply."""

    model: str | None

    async def complete(self, system: str, user: str) -> JudgeReply: ...


class OpenAIJudgeClient:
    """Any OpenAI-compatible chat completions endpoint."""

    def __init__(self, settings: Settings) -> None:
        from openai import AsyncOpenAI

        self.settings = settings
        self.model = settings.model
        self._redact = Redactor([settings.key()])
        if not self.model:
            raise ModelError("the judge needs a model name ([judge] model = ...)")
        self.runlog: RunLog | None = None
        if settings.log:
            self.runlog = RunLog(settings.log_path or default_log_path(), secrets=[settings.key()])
            self.runlog.check()  # before the first call is paid for
        self._client = AsyncOpenAI(
            api_key=settings.key() or "not-needed",
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=2,  # the SDK owns transport retries here; the judge does not re-ask
        )

    async def complete(self, system: str, user: str) -> JudgeReply:
        import openai

        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        started = time.perf_counter()
        try:
            # One judge call in all (the SDK's tries included) ends within `timeout` seconds: a
            # trickling server is cut off here, where a per-read timeout never fires.
            async with asyncio.timeout(self.settings.timeout):
                response = await self._client.chat.completions.create(
                    model=self.model or "",
                    messages=messages,  # type: ignore[arg-type]
                    temperature=self.settings.temperature,
                    max_tokens=self.settings.max_output_tokens,
                )
        except TimeoutError:
            self._log(messages, started, error=f"no answer within {self.settings.timeout:g}s")
            raise DraftTimeoutError(
                f"judge endpoint did not answer within {self.settings.timeout:g}s"
            ) from None
        except openai.APIStatusError as exc:
            self._log(messages, started, error=f"HTTP {exc.status_code}", http=exc.status_code)
            raise ModelError(
                f"judge endpoint answered {exc.status_code}", status=exc.status_code
            ) from None
        except openai.APIError as exc:
            self._log(messages, started, error=type(exc).__name__)
            raise ModelError(f"judge endpoint failed: {type(exc).__name__}") from None
        if not hasattr(response, "choices"):
            self._log(messages, started, error="not a chat completion")
            raise ModelError("judge endpoint did not answer with a chat completion")
        text = (response.choices[0].message.content or "") if response.choices else ""
        text = self._redact(clean(text))
        usage = Usage()
        if response.usage is not None:
            usage = Usage(
                input_tokens=response.usage.prompt_tokens or 0,
                output_tokens=response.usage.completion_tokens or 0,
            )
        self._log(messages, started, answer=text, usage=usage)
        return JudgeReply(text=text, usage=usage, model=response.model or self.model)

    def _log(
        self,
        messages: list[dict[str, str]],
        started: float,
        *,
        answer: str | None = None,
        usage: Usage | None = None,
        error: str | None = None,
        http: int | None = None,
    ) -> None:
        if self.runlog is None:
            return
        usage = usage or Usage()
        self.runlog.append(
            LogEntry(
                status="error" if error else "ok",
                kind="judge",
                model=self.model,
                base_url=self.settings.base_url,
                params={"temperature": self.settings.temperature},
                messages=list(messages),
                response=answer,
                error=error,
                http_status=http,
                input_tokens=usage.input_tokens,
                output_tokens=usage.output_tokens,
                seconds=round(time.perf_counter() - started, 4),
            )
        )
