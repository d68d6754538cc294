"""Drafting through any OpenAI-compatible chat completions endpoint (OpenAI, Azure, vLLM, Ollama,
llama.cpp ...). The only drafter module that imports `openai`.

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
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlsplit

import openai
from openai import AsyncOpenAI

from ..costs import with_cost
from ..errors import ConfigError, DraftFailedError, DraftTimeoutError, ModelError
from ..prompts import load_prompt
from ..redact import Redactor, clean
from ..runlog import LogEntry, RunLog, default_log_path
from ..schemas import Finding, Usage
from ..tokens import fit_paper, token_counter
from .base import DrafterResult, DraftRequest
from .chat import (
    MAX_ANSWER_CHARS,
    MAX_SENT_BACK,
    Answer,
    AnswerProblem,
    Message,
    parse_answer,
    read_answer,
    reask_messages,
    repair_messages,
    repair_prompt_for,
    strict_schema,
    summary_messages,
)
from .formats import MODES, FormatMemory, names_the_format, next_mode
from .pacing import AnswerJournal, RateGate, request_hash
from .retry import (
    RetryAfterTooLong,
    RetryPolicy,
    call_with_retries,
    in_words,
    parse_retry_after,
    retry_line,
)

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["OpenAIDrafter"]

TRANSIENT_STATUS = {408, 409, 429}
JsonSchema = tuple[str, dict[str, Any]]  # a response_format json_schema's name and schema
NO_KEY = "no-key"  # local servers want some key; this one is not a secret

logger = logging.getLogger(__name__)


class RequestDeadline(Exception):
    """One request (connect, headers and body) took longer than `timeout` in all: a server
    trickling a byte at a time is cut off here, where a per-read timeout never fires."""


def is_transient(exc: BaseException) -> bool:
    """429/408/409/5xx, timeouts and dropped connections are worth another try."""
    if isinstance(exc, RequestDeadline):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in TRANSIENT_STATUS or exc.status_code >= 500
    return isinstance(exc, openai.APIConnectionError)  # includes APITimeoutError


_STATUS_WORDS = {408: "request timeout", 409: "conflict", 429: "rate limited",
                 500: "server error", 502: "bad gateway", 503: "unavailable",
                 504: "gateway timeout"}  # fmt: skip
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}
REFUSED_LOCAL_ATTEMPTS = 2  # one retry: a local server that is not running will not start soon


def refused(exc: BaseException) -> bool:
    """A connection the other side refused (nothing listens on that port)."""
    seen: BaseException | None = exc
    for _ in range(8):  # openai's error <- httpx's <- the socket's
        if seen is None:
            return False
        if isinstance(seen, ConnectionRefusedError) or "connection refused" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def retry_reason(exc: BaseException, where: str, timeout: float) -> str:
    """What failed, in words, for a retry line ("the endpoint answered 429 (rate limited)")."""
    if isinstance(exc, openai.APIStatusError):
        code = exc.status_code
        words = _STATUS_WORDS.get(code, "server error" if code >= 500 else "error")
        return f"the endpoint answered {code} ({words})"
    if isinstance(exc, openai.APITimeoutError | RequestDeadline):
        return f"the endpoint did not answer within {in_words(timeout)}"
    if refused(exc):
        return f"the connection to {where} was refused"
    return f"the connection to {where} failed"


def retry_after(exc: BaseException) -> float | None:
    if isinstance(exc, openai.APIStatusError):
        return parse_retry_after(exc.response.headers)
    return None


@dataclass(frozen=True)
class _Call:
    """One request as the run log records it."""

    request: DraftRequest
    kind: str
    draft_id: str
    params: dict[str, Any]
    messages: list[Message]
    started: float
    prompt_version: str | None = None  # when not the summary prompt's (a model review)


@dataclass
class _Tally:
    """What one draft or repair spent, across re-asks."""

    usage: Usage = field(default_factory=Usage)
    answers: int = 0
    last_raw: str | None = None


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
        self.prompt = load_prompt(settings.prompt)
        self.repair_prompt = repair_prompt_for(self.prompt)
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
        self.counter = token_counter(settings.model)
        if runlog is None and settings.log:
            runlog = RunLog(settings.log_path or default_log_path(), secrets=[settings.key()])
        self.runlog = runlog
        self._redact = Redactor([settings.key()])
        if runlog is not None:
            runlog.check()  # a log that cannot be written stops the run before it is billed
        self.gate = gate  # a batch's shared rate limiter: waited at before every send
        self.journal = journal  # a batch's record of answers: an answered request is not resent
        self._client: tuple[asyncio.AbstractEventLoop, AsyncOpenAI] | None = None

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
        return self._client[1]

    # -- the Drafter protocol -------------------------------------------------------------

    async def draft(self, request: DraftRequest) -> DrafterResult:
        messages, notes = self._first_messages(request)
        return await self._ask(request, messages, notes, kind="draft")

    async def repair(
        self, request: DraftRequest, previous: DrafterResult, findings: list[Finding]
    ) -> DrafterResult:
        base, notes = self._first_messages(request)
        messages = repair_messages(
            base, self.repair_prompt, previous.raw or "", findings, grade=self.settings.grade
        )
        return await self._ask(request, messages, notes, kind="repair")

    async def aclose(self) -> None:
        """Close the HTTP client and the run log's connection."""
        await self.client.close()
        if self.runlog is not None:
            self.runlog.close()

    # -- building requests ----------------------------------------------------------------

    def _first_messages(self, request: DraftRequest) -> tuple[list[Message], list[str]]:
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

    def _params(self, max_tokens: int, schema: JsonSchema | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"model": self.model}
        reasoning = (self.model or "").startswith(("o1", "o3", "o4", "gpt-5"))
        if reasoning:  # these models take max_completion_tokens and no temperature
            params["max_completion_tokens"] = max_tokens
        else:
            params["max_tokens"] = max_tokens
            params["temperature"] = self.settings.temperature
        if self.mode == "json_schema":
            name, body = schema or ("plain_summary", strict_schema())
            params["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": name, "strict": True, "schema": body},
            }
        elif self.mode == "json_object":
            params["response_format"] = {"type": "json_object"}
        return params

    # -- one draft: answers, re-asks and their budget -----------------------------------------

    async def _ask(
        self, request: DraftRequest, messages: list[Message], notes: list[str], *, kind: str
    ) -> DrafterResult:
        budget = max(2, self.settings.max_repairs + 1)  # answers per draft, re-asks included
        max_tokens = self.settings.max_output_tokens
        more_room_given = False
        tally = _Tally()
        last_problem = "the answer was cut off"
        draft_id = uuid.uuid4().hex[:12]
        while tally.answers < budget:
            answer = await self._complete(request, messages, max_tokens, kind, draft_id)
            tally.answers += 1
            tally.usage = tally.usage + answer.usage
            tally.last_raw = answer.raw[:MAX_SENT_BACK]
            if len(answer.raw) > MAX_ANSWER_CHARS:
                self._fail(
                    tally,
                    f"the model's answer was {len(answer.raw):,} characters, far more than a "
                    f"summary needs (at most {MAX_ANSWER_CHARS:,}); refused",
                    hint="check the model and the prompt; this is not a summary",
                )
            if answer.refusal or answer.finish_reason == "content_filter":
                self._fail(
                    tally,
                    f"the model refused to summarise this paper: "
                    f"{(answer.refusal or 'content filter').strip()[:200]}",
                )
            if answer.finish_reason == "length":
                if more_room_given:
                    self._fail(
                        tally,
                        f"the answer was cut off twice at {max_tokens} tokens",
                        hint="raise max_output_tokens in plainsum.toml",
                    )
                more_room_given = True
                max_tokens *= 2
                kind = "reask"
                continue
            try:
                summary = parse_answer(answer.raw)
            except AnswerProblem as problem:
                messages = reask_messages(
                    messages,
                    self.repair_prompt,
                    answer.raw,
                    str(problem),
                    grade=self.settings.grade,
                )
                kind = "reask"
                last_problem = str(problem)
                continue
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
        self._fail(tally, f"no usable summary after {tally.answers} answers: {last_problem}")

    def _fail(self, tally: _Tally, message: str, hint: str = "") -> NoReturn:
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
            params = self._params(max_tokens, schema)
            started = time.perf_counter()
            call = _Call(request, kind, draft_id, params, messages, started, prompt_version)
            asked = request_hash(params, messages) if self.journal is not None else ""
            recorded = self.journal.get(asked) if self.journal is not None else None
            if recorded is not None:  # answered before (a batch that was stopped): not resent
                return recorded
            estimate = sum(len(m["content"]) for m in messages) // 4 + max_tokens

            def log_retry(
                exc: BaseException, wait: float, attempt: int, attempts: int, call: _Call = call
            ) -> None:
                if self.gate is not None and getattr(exc, "status_code", None) == 429:
                    self.gate.rate_limited(retry_after(exc))
                reason = retry_reason(exc, self._where(), self.settings.timeout)
                logger.warning("%s", retry_line(reason, wait, attempt, attempts))
                self._log(
                    call,
                    status="retry",
                    error=f"{self._describe(exc)}; retrying in {wait:.1f}s",
                    http_status=getattr(exc, "status_code", None),
                )

            async def send(params: dict[str, Any] = params, estimate: int = estimate) -> Any:
                if self.gate is not None:
                    await self.gate.acquire(estimate)
                try:  # the whole request, not each read: a trickle is cut off too
                    async with asyncio.timeout(self.settings.timeout):
                        return await self.client.chat.completions.create(
                            messages=messages,  # type: ignore[arg-type]
                            **params,
                        )
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
                    self._log(
                        call,
                        status="fallback",
                        error=self._describe(exc),
                        http_status=exc.status_code,
                    )
                    if self.mode == mode:  # a concurrent draft may have stepped down already
                        self.mode = next_mode(mode) or mode
                    logger.warning(
                        "the endpoint rejected response_format %s; trying %s", mode, self.mode
                    )
                    continue
                self._log(
                    call,
                    status="error",
                    error=self._describe(exc),
                    http_status=exc.status_code,
                )
                raise self._model_error(exc) from None
            except RequestDeadline:
                within = f"no answer within {self.settings.timeout:g}s"
                self._log(call, status="error", error=within)
                where = self.settings.base_url or "api.openai.com"
                raise DraftTimeoutError(
                    f"the endpoint at {where} did not answer within {self.settings.timeout:g}s "
                    "(a whole answer; every try)",
                    hint="raise timeout (--timeout) in plainsum.toml, or check the server",
                ) from None
            except openai.APIConnectionError as exc:
                self._log(
                    call,
                    status="error",
                    error=self._describe(exc),
                )
                raise self._model_error(exc) from None
            except RetryAfterTooLong as exc:
                cause = exc.__cause__
                self._log(
                    call,
                    status="error",
                    error=f"{self._describe(cause) if cause else 'retry'}; {exc}",
                    http_status=getattr(cause, "status_code", None),
                )
                raise ModelError(
                    f"{exc} ({self._describe(cause) if cause else 'rate limited'})",
                    hint="try again later, or raise max_retry_seconds in plainsum.toml",
                    status=getattr(cause, "status_code", None),
                ) from None
            if not hasattr(response, "choices"):  # HTML or text where JSON was due
                shown = " ".join(self._scrub(str(response)).split())[:80]
                self._log(call, status="error", error=f"not a chat completion: {shown}")
                raise ModelError(
                    f"the endpoint did not answer with a chat completion (it sent {shown!r})",
                    hint="check --base-url: it usually ends in /v1",
                )
            answer = self._read(response)
            if self.fallback and len(answer.raw) <= MAX_ANSWER_CHARS:
                self.formats.put(self.settings.base_url, self.model, mode)  # type: ignore[arg-type]
            if self.journal is not None:  # first, so that a kill from here on loses nothing
                self.journal.put(asked, answer)
            if self.gate is not None:
                self.gate.settle(estimate, answer.usage.input_tokens + answer.usage.output_tokens)
            status = {"length": "cut_off", "content_filter": "refused"}.get(
                answer.finish_reason or "", "refused" if answer.refusal else "ok"
            )
            self._log(call, status=status, answer=answer)
            return answer

    def _read(self, response: Any) -> Answer:
        answer = read_answer(response)
        # A model (or a proxy) can echo key material or terminal escapes: neither may reach the
        # summary, the terminal or the log.
        answer.raw = self._scrub(answer.raw)
        if answer.refusal:
            answer.refusal = self._scrub(answer.refusal)
        answer.usage = with_cost(answer.usage, self.model, self.settings.prices)
        return answer

    def _where(self) -> str:
        """The endpoint's host (and port) for messages: never a path, query or password."""
        parts = urlsplit(self.settings.base_url or "https://api.openai.com/v1")
        return f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)

    def _attempts_for(self, exc: BaseException) -> int | None:
        """Fewer tries for a refused connection to this machine: nothing listens there."""
        if refused(exc) and urlsplit(self.settings.base_url or "").hostname in _LOCAL_HOSTS:
            return REFUSED_LOCAL_ATTEMPTS
        return None

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

    # -- errors and the log ---------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        return self._redact(clean(text))

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, openai.APIStatusError):
            detail = " ".join(str(exc.message).split())[:200]
            return self._scrub(f"HTTP {exc.status_code}: {detail}")
        if isinstance(exc, openai.APITimeoutError | RequestDeadline):
            return f"timed out after {self.settings.timeout:g}s"
        return self._scrub(f"{type(exc).__name__}: {exc}")

    def _model_error(self, exc: BaseException) -> ModelError:
        where = self.settings.base_url or "api.openai.com"
        if isinstance(exc, openai.APIStatusError):
            status = exc.status_code
            fixes = {
                401: (
                    "the endpoint rejected the API key (401)",
                    "check OPENAI_API_KEY (or the key your server expects)",
                ),
                403: (
                    f"the API key may not use model {self.model!r} (403)",
                    "check the key's project and model access",
                ),
                404: (
                    f"model {self.model!r} or the endpoint was not found at {where} (404)",
                    "check --model and --base-url (it usually ends in /v1)",
                ),
            }
            if status in fixes:
                message, hint = fixes[status]
            elif is_transient(exc):
                message = f"the endpoint kept failing ({self._describe(exc)})"
                hint = "try again later, or raise max_attempts / max_retry_seconds"
            else:
                message = f"the endpoint rejected the request ({self._describe(exc)})"
                hint = "check --model, --base-url and the settings in plainsum.toml"
            return ModelError(self._scrub(message), hint=hint, status=status)
        if isinstance(exc, openai.APITimeoutError):
            return ModelError(
                f"the endpoint at {where} did not answer within {self.settings.timeout:g}s",
                hint="try again, or raise timeout in plainsum.toml",
            )
        return ModelError(
            f"cannot reach the endpoint at {where}",
            hint="is the server running? check --base-url / OPENAI_BASE_URL",
        )

    def _log(
        self,
        call: _Call,
        *,
        status: str,
        answer: Answer | None = None,
        error: str | None = None,
        http_status: int | None = None,
    ) -> None:
        if self.runlog is None:
            return
        logged = {k: v for k, v in call.params.items() if k != "response_format"}
        logged["response_format"] = call.params.get("response_format", {}).get("type", "text")
        usage = answer.usage if answer else Usage()
        self.runlog.append(
            LogEntry(
                status=status,
                kind=call.kind,
                draft_id=call.draft_id,
                model=(answer.model if answer and answer.model else self.model),
                base_url=self.settings.base_url,
                prompt_version=call.prompt_version or self.prompt_version,
                params=logged,
                messages=list(call.messages),
                response=answer.raw if answer else None,
                finish_reason=answer.finish_reason if answer else None,
                error=error,
                http_status=http_status,
                input_tokens=usage.input_tokens,
                cached_tokens=usage.cached_tokens,
                output_tokens=usage.output_tokens,
                cost_usd=usage.cost_usd,
                seconds=round(time.perf_counter() - call.started, 4),
                source_sha256=call.request.source.sha256,
            )
        )
