"""The model client the eval harness's judge uses: one chat completion per comparison.

Like `drafters.openai`, this is one of the few modules that import the `openai` package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..errors import ModelError
from ..redact import Redactor, clean
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
        self._client = AsyncOpenAI(
            api_key=settings.key() or "not-needed",
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=2,  # the SDK owns transport retries here; the judge does not re-ask
        )

    async def complete(self, system: str, user: str) -> JudgeReply:
        import openai

        try:
            response = await self._client.chat.completions.create(
                model=self.model or "",
                messages=[
                    {"role": "system", "content": system},
                    {"role": "user", "content": user},
                ],
                temperature=self.settings.temperature,
                max_tokens=self.settings.max_output_tokens,
            )
        except openai.APIStatusError as exc:
            raise ModelError(
                f"judge endpoint answered {exc.status_code}", status=exc.status_code
            ) from None
        except openai.APIError as exc:
            raise ModelError(f"judge endpoint failed: {type(exc).__name__}") from None
        text = (response.choices[0].message.content or "") if response.choices else ""
        text = self._redact(clean(text))
        usage = Usage()
        if response.usage is not None:
            usage = Usage(
                input_tokens=response.usage.prompt_tokens or 0,
                output_tokens=response.usage.completion_tokens or 0,
            )
        return JudgeReply(text=text, usage=usage, model=response.model or self.model)
