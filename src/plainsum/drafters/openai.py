"""Drafting through any OpenAI-compatible chat completions endpoint (OpenAI, Azure, vLLM, Ollama,
llama.cpp ...). With `drafters.openai_transport` (the wire and its failures in words) and
`drafters.openai_failures` (a failed call's error and log row), the drafting side's only
modules that import `openai` (the eval judge has its own client, `drafters.judge_client`).

What is sent is built in `drafters.request`, answers are judged in `drafters.answer`, and the
words for failures and the run log's rows come from `drafters.endpoint`.

One `OpenAIDrafter` serves one draft or many concurrent ones: it is async, holds one
`AsyncOpenAI` client (built with `max_retries=0`, because `retry.call_with_retries` owns transport
retries) and remembers for the whole run when a server lacks `json_schema` output.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import openai
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from ..errors import ConfigError, DraftFailedError, ModelError
from ..redact import Scrubber
from ..runlog import RunLog, default_log_path
from ..schemas import Finding
from .answer import GaveUp, Tally, answer_status, ask_until_usable, finish_answer
from .base import DrafterResult, DraftRequest
from .chat import MAX_ANSWER_CHARS, Answer, Message, read_answer, reask_messages
from .endpoint import Call, attempts_for, host_of
from .formats import MODES, FormatMemory, names_the_format, next_mode
from .openai_failures import CallFailures
from .openai_transport import (
    ChatTransport,
    RequestDeadline,
    is_transient,
    retry_after,
    retry_reason,
)
from .pacing import AnswerJournal, RateGate, request_hash
from .request import JsonSchema, RequestBuilder
from .retry import RetryAfterTooLong, RetryPolicy, call_with_retries, retry_line

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["ChatTransport", "OpenAIDrafter"]

T = TypeVar("T")
NO_KEY = "no-key"  # local servers want some key; this one is not a secret

logger = logging.getLogger(__name__)


class OpenAIDrafter:
    """Writes and repairs summaries with a model behind an OpenAI-compatible endpoint."""

    name = "openai"

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        runlog: RunLog | None = None,
        gate: RateGate | None = None,
        journal: AnswerJournal | None = None,
    ) -> None:
        if not settings.model:
            raise ConfigError(
                "the openai backend needs a model name",
                hint="pass --model NAME, set PLAINSUM_MODEL, or put model = ... in plainsum.toml",
            )
        if not settings.key() and not settings.base_url:
            raise ConfigError(
                "the openai backend needs an API key or a base URL",
                hint="set OPENAI_API_KEY, or --base-url for a local server",
            )
        self.settings = settings
        self.model: str | None = settings.model
        self.requests = RequestBuilder.for_settings(settings)
        self.prompt = self.requests.prompt
        self.repair_prompt = self.requests.repair_prompt
        self.prompt_version: str | None = self.prompt.version
        self.policy = RetryPolicy(
            settings.max_attempts, settings.max_retry_seconds, sleep=sleep or asyncio.sleep
        )
        self.formats = FormatMemory()
        self.fallback = settings.response_format == "auto"  # else the user's choice, kept
        if self.fallback:
            self.mode: str = self.formats.get(settings.base_url, settings.model) or MODES[0]
        else:
            self.mode = settings.response_format
        self.counter = self.requests.counter
        if runlog is None and settings.log:
            runlog = RunLog(settings.log_path or default_log_path(), secrets=[settings.key()])
        self.runlog = runlog
        self._redact = Scrubber([settings.key()])
        if runlog is not None:
            runlog.check()  # a log that cannot be written stops the run before it is billed
        self.failures = CallFailures(
            base_url=settings.base_url,
            timeout=settings.timeout,
            model=self.model,
            prompt_version=self.prompt_version,
            runlog=runlog,
            scrub=self._redact,
        )
        self.gate = gate  # a batch's shared rate limiter: waited at before every send
        self.journal = journal  # a batch's record of answers: an answered request is not resent
        self._client: tuple[asyncio.AbstractEventLoop, AsyncOpenAI] | None = None
        self._chat: ChatTransport | None = None
        self._kept: str | None = None  # the mode this drafter last stored in `formats`

    @property
    def client(self) -> AsyncOpenAI:
        """One client per event loop: its connection pool cannot outlive the loop it was made in
        (a drafter reused across `asyncio.run` calls would otherwise fail)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._client[0] is not loop:
            client = AsyncOpenAI(
                api_key=self.settings.key() or NO_KEY,
                base_url=self.settings.base_url,
                timeout=self.settings.timeout,
                max_retries=0,  # retries are ours (retry.call_with_retries), not the SDK's
            )
            self._client = (loop, client)
            self._chat = ChatTransport(client)
        return self._client[1]

    @property
    def chat(self) -> ChatTransport:
        """Chat requests, over `client`'s connections."""
        client = self.client
        assert self._chat is not None and self._chat.sdk is client
        return self._chat

    # -- the Drafter protocol -------------------------------------------------------------

    async def draft(self, request: DraftRequest) -> DrafterResult:
        messages, notes = self.requests.first_messages(request)
        return await self._ask(request, messages, notes, kind="draft")

    async def repair(
        self, request: DraftRequest, previous: DrafterResult, findings: list[Finding]
    ) -> DrafterResult:
        messages, notes = self.requests.repair_messages(request, previous.raw or "", findings)
        return await self._ask(request, messages, notes, kind="repair")

    async def aclose(self) -> None:
        """Close the HTTP client and the run log's connection."""
        if self._chat is not None and self._chat.plain is not None:
            await self._chat.plain.aclose()
        await self.client.close()
        if self.runlog is not None:
            self.runlog.close()

    # -- the provider's Batch API: files and batches (batch.api_submit, batch.api_collect) --

    async def call_api(
        self, call: Callable[[AsyncOpenAI], Awaitable[T]], *, retry: bool = True
    ) -> T:
        """One Files or Batches API call, with the transport retries a chat request gets (none
        when `retry` is False: creating a batch twice would pay twice). Failures raise
        ModelError."""

        async def send() -> T:
            return await call(self.client)

        def log_retry(exc: BaseException, wait: float, attempt: int, attempts: int) -> None:
            reason = retry_reason(exc, self._where(), self.settings.timeout)
            logger.warning("%s", retry_line(reason, wait, attempt, attempts))

        try:
            return await call_with_retries(
                send,
                self.policy,
                is_transient=is_transient if retry else (lambda exc: False),
                retry_after=retry_after,
                on_retry=log_retry,
                attempts_for=self._attempts_for,
            )
        except (openai.APIStatusError, openai.APIConnectionError) as exc:
            raise self.failures.model_error(exc) from None
        except RetryAfterTooLong as exc:
            raise ModelError(str(exc), hint="try again later") from None

    def read_chat_body(self, body: Any) -> Answer:
        """The answer in a chat completion's JSON body (a Batch API output line), read and
        scrubbed as a direct answer is; ValueError when it is not a chat completion."""
        try:
            response = ChatCompletion.model_validate(body)
        except ValidationError as exc:
            raise ValueError(f"not a chat completion ({exc.error_count()} problems)") from None
        return self._read(response)

    # -- one draft: answers, re-asks and their budget -----------------------------------------

    async def _ask(
        self, request: DraftRequest, messages: list[Message], notes: list[str], *, kind: str
    ) -> DrafterResult:
        draft_id = uuid.uuid4().hex[:12]

        async def complete(messages: list[Message], max_tokens: int, kind: str) -> Answer:
            return await self._complete(request, messages, max_tokens, kind, draft_id)

        def reask(messages: list[Message], raw: str, problem: str) -> list[Message]:
            return reask_messages(
                messages, self.repair_prompt, raw, problem, grade=self.settings.grade
            )

        try:
            answer, summary, tally = await ask_until_usable(
                complete,
                messages,
                reask,
                kind=kind,
                budget=max(2, self.settings.max_repairs + 1),  # answers, re-asks included
                max_tokens=self.settings.max_output_tokens,
            )
        except GaveUp as exc:
            self._fail(exc.tally, str(exc), hint=exc.hint)
        if self.mode != MODES[0] and self.fallback:
            note = f"the endpoint does not support json_schema output; used {self.mode} mode"
            notes = [*notes, note] if note not in notes else notes
        return DrafterResult(
            summary=summary,
            raw=answer.raw,
            usage=tally.usage,
            notes=notes,
            model=answer.model or self.model,
        )

    def _fail(self, tally: Tally, message: str, hint: str = "") -> NoReturn:
        raise DraftFailedError(
            self._scrub(message),
            attempts=tally.answers,
            last_raw=tally.last_raw,
            usage=tally.usage,
            hint=hint,
        )

    # -- another question through the same seam (the model review) ---------------------------

    async def ask(
        self,
        request: DraftRequest,
        messages: list[Message],
        *,
        kind: str,
        schema: JsonSchema,
        prompt_version: str,
        max_tokens: int,
        call_id: str | None = None,
    ) -> Answer:
        """One answer to `messages` that asks for JSON of `schema` (name, strict schema), not a
        summary: the same client, transport retries, format fallback, rate gate, journal and run
        log as drafting. The caller validates the answer; endpoint failures raise `ModelError`."""
        return await self._complete(
            request,
            messages,
            max_tokens,
            kind,
            call_id or uuid.uuid4().hex[:12],
            schema=schema,
            prompt_version=prompt_version,
        )

    # -- one answer: transport retries, format fallback and logging -----------------------

    async def _complete(
        self,
        request: DraftRequest,
        messages: list[Message],
        max_tokens: int,
        kind: str,
        draft_id: str,
        *,
        schema: JsonSchema | None = None,
        prompt_version: str | None = None,
    ) -> Answer:
        while True:
            mode = self.mode
            params = self.requests.params(mode, max_tokens, schema)
            started = time.perf_counter()
            call = Call(request, kind, draft_id, params, messages, started, prompt_version)
            asked = request_hash(params, messages) if self.journal is not None else ""
            recorded = self.journal.get(asked) if self.journal is not None else None
            if recorded is not None:  # answered before (a batch that was stopped): not resent
                return recorded
            estimate = sum(len(m["content"]) for m in messages) // 4 + max_tokens

            def log_retry(
                exc: BaseException, wait: float, attempt: int, attempts: int, call: Call = call
            ) -> None:
                if self.gate is not None and getattr(exc, "status_code", None) == 429:
                    self.gate.rate_limited(retry_after(exc))
                reason = retry_reason(exc, self._where(), self.settings.timeout)
                logger.warning("%s", retry_line(reason, wait, attempt, attempts))
                self.failures.log(
                    call,
                    status="retry",
                    error=f"{self.failures.describe(exc)}; retrying in {wait:.1f}s",
                    http_status=getattr(exc, "status_code", None),
                )

            async def send(params: dict[str, Any] = params, estimate: int = estimate) -> Any:
                if self.gate is not None:
                    await self.gate.acquire(estimate)
                try:  # the whole request, not each read: a trickle is cut off too
                    async with asyncio.timeout(self.settings.timeout):
                        return await self.chat.create(messages=messages, **params)
                except TimeoutError:
                    raise RequestDeadline() from None

            try:
                response = await call_with_retries(
                    send,
                    self.policy,
                    is_transient=partial(self._worth_retrying, mode=mode),
                    retry_after=retry_after,
                    on_retry=log_retry,
                    attempts_for=self._attempts_for,
                )
            except openai.APIStatusError as exc:
                if self._lacks_format(exc, mode):
                    self.failures.log(
                        call,
                        status="fallback",
                        error=self.failures.describe(exc),
                        http_status=exc.status_code,
                    )
                    if self.mode == mode:  # a concurrent draft may have stepped down already
                        self.mode = next_mode(mode) or mode
                    logger.warning(
                        "the endpoint rejected response_format %s; trying %s", mode, self.mode
                    )
                    continue
                raise self.failures.failed(call, exc) from None
            except (RequestDeadline, openai.APIConnectionError, RetryAfterTooLong) as exc:
                raise self.failures.failed(call, exc) from None
            if not hasattr(response, "choices"):  # HTML or text where JSON was due
                shown = " ".join(self._scrub(str(response)).split())[:80]
                self.failures.log(call, status="error", error=f"not a chat completion: {shown}")
                raise ModelError(
                    f"the endpoint did not answer with a chat completion (it sent {shown!r})",
                    hint="check --base-url: it usually ends in /v1",
                )
            answer = self._read(response)
            if self.journal is not None:  # first, so that a kill from here on loses nothing
                self.journal.put(asked, answer)
            if self.fallback and len(answer.raw) <= MAX_ANSWER_CHARS and self._kept != mode:
                # once per mode and drafter: the file is read and compared on every put
                self.formats.put(self.settings.base_url, self.model, mode)  # type: ignore[arg-type]
                self._kept = mode
            if self.gate is not None:
                self.gate.settle(estimate, answer.usage.input_tokens + answer.usage.output_tokens)
            self.failures.log(call, status=answer_status(answer), answer=answer)
            return answer

    def _read(self, response: Any) -> Answer:
        return finish_answer(read_answer(response), self._scrub, self.model, self.settings.prices)

    def _where(self) -> str:
        return host_of(self.settings.base_url)

    def _attempts_for(self, exc: BaseException) -> int | None:
        return attempts_for(exc, self.settings.base_url)

    def _worth_retrying(self, exc: BaseException, *, mode: str) -> bool:
        """Transient, and not a rejected response_format (that steps down at once instead)."""
        return is_transient(exc) and not self._lacks_format(exc, mode)

    def _lacks_format(self, exc: BaseException, mode: str) -> bool:
        """A rejection naming the response format (400, 422, or a 5xx that says so) while a
        fallback mode remains and the user left the choice to plainsum."""
        if not isinstance(exc, openai.APIStatusError) or not self.fallback:
            return False
        if next_mode(mode) is None:
            return False
        body = f"{exc} {getattr(exc.response, 'text', '')[:4000]}"
        return names_the_format(exc.status_code, body)

    # -- errors and the log: drafters.openai_failures ---------------------------------------

    def _scrub(self, text: str) -> str:
        return self._redact(text)
