"""What plainsum sends to an OpenAI-compatible chat endpoint: the messages of a draft or a
repair, and the request parameters (model, token budget, response format).

Pure, no network. `drafters.openai` sends these requests one at a time; `batch.provider` writes
the very same requests into Batch API files, so a paper drafted either way is asked the same
question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..prompts import Prompt, load_prompt
from ..schemas import Finding
from ..tokens import TokenCounter, fit_paper, token_counter
from .base import DraftRequest
from .chat import Message, repair_messages, repair_prompt_for, strict_schema, summary_messages

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["JsonSchema", "RequestBuilder", "REASONING_PREFIXES", "chat_body"]

JsonSchema = tuple[str, dict[str, Any]]  # a response_format json_schema's name and schema

# These models take max_completion_tokens and no temperature.
REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5")


@dataclass
class RequestBuilder:
    """Builds the messages and parameters of chat requests for one model and prompt."""

    settings: Settings
    prompt: Prompt
    repair_prompt: Prompt
    counter: TokenCounter

    @classmethod
    def for_settings(cls, settings: Settings) -> RequestBuilder:
        prompt = load_prompt(settings.prompt)
        return cls(settings, prompt, repair_prompt_for(prompt), token_counter(settings.model))

    @property
    def model(self) -> str | None:
        return self.settings.model

    def first_messages(self, request: DraftRequest) -> tuple[list[Message], list[str]]:
        """The messages of a first draft, and notes on how the paper was fitted to the budget."""
        notes = [self.counter.note] if self.counter.note else []
        fitted = fit_paper(request.source, self.settings.max_input_tokens, self.counter)
        notes.extend(fitted.notes)
        messages = summary_messages(
            self.prompt,
            request.design,
            fitted.text,
            grade=self.settings.grade,
            notes=list(fitted.notes),
        )
        return messages, notes

    def repair_messages(
        self, request: DraftRequest, previous_raw: str, findings: list[Finding]
    ) -> tuple[list[Message], list[str]]:
        """A first draft's messages, the previous answer and the findings to fix."""
        base, notes = self.first_messages(request)
        messages = repair_messages(
            base, self.repair_prompt, previous_raw, findings, grade=self.settings.grade
        )
        return messages, notes

    def params(
        self, mode: str, max_tokens: int, schema: JsonSchema | None = None
    ) -> dict[str, Any]:
        """Everything but the messages: model, token budget, temperature, response format (the
        summary's schema unless `schema` names another, as the model review does)."""
        params: dict[str, Any] = {"model": self.model}
        if (self.model or "").startswith(REASONING_PREFIXES):
            params["max_completion_tokens"] = max_tokens
        else:
            params["max_tokens"] = max_tokens
            params["temperature"] = self.settings.temperature
        if mode == "json_schema":
            name, body = schema or ("plain_summary", strict_schema())
            params["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": name, "strict": True, "schema": body},
            }
        elif mode == "json_object":
            params["response_format"] = {"type": "json_object"}
        return params


def chat_body(params: dict[str, Any], messages: list[Message]) -> dict[str, Any]:
    """The JSON body of a chat completion request, as the openai SDK sends it."""
    return {"messages": messages, **params}
