"""Hooks a batch gives the model client: a rate gate to wait at before each request, and a
journal of answers so that no request already answered is ever sent (and paid for) again.

The model client only knows these protocols; `plainsum.batch` implements them (a shared limiter,
and a SQLite journal that survives a kill). Retrying stays with `retry.call_with_retries`: the
gate only waits and listens.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Protocol

from ..schemas import Usage
from .chat import Answer

__all__ = ["AnswerJournal", "RateGate", "answer_from_json", "answer_to_json", "request_hash"]


class RateGate(Protocol):
    """Paces requests across every concurrent draft (requests and tokens per minute)."""

    async def acquire(self, tokens: int) -> None:
        """Wait until a request of about `tokens` tokens may be sent."""
        ...

    def settle(self, estimated: int, used: int) -> None:
        """Correct the token count once the answer says what the request really used."""
        ...

    def rate_limited(self, retry_after: float | None) -> None:
        """The server answered 429: everyone slows down (and waits `retry_after`, if given)."""
        ...


class AnswerJournal(Protocol):
    """Answers by the hash of the exact request that got them."""

    def get(self, request: str) -> Answer | None: ...

    def put(self, request: str, answer: Answer) -> None: ...


def request_hash(params: dict[str, Any], messages: list[dict[str, str]]) -> str:
    """A hash of everything a request sends: the same hash means the same request."""
    text = json.dumps({"params": params, "messages": messages}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def answer_to_json(answer: Answer) -> str:
    return json.dumps(
        {
            "raw": answer.raw,
            "finish_reason": answer.finish_reason,
            "refusal": answer.refusal,
            "model": answer.model,
            "usage": answer.usage.model_dump(),
        }
    )


def answer_from_json(text: str) -> Answer:
    data = json.loads(text)
    return Answer(
        raw=data["raw"],
        finish_reason=data.get("finish_reason"),
        refusal=data.get("refusal"),
        model=data.get("model"),
        usage=Usage.model_validate(data.get("usage") or {}),
    )
