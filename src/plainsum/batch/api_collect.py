"""`plainsum batch collect OUT`: poll the batches a folder submitted, download their output and
error files, and match every answer to its paper by custom_id (the order is not the input's,
and some lines fail). Each answer goes into the folder's answer journal, priced at the Batch
API's half price; then the normal batch engine drafts those papers, where the drafter finds the
answer in the journal instead of asking again, parses it, runs the gate and repairs failing
drafts with normal calls. A failed line is recorded with its reason; `--retry-failed` drafts
those papers with normal calls, and a new `--via batch-api` run submits them again.

Resumable: a request is settled (answered or failed) once, a file is marked collected only
after every request in it is settled, and downloading again costs nothing.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..costs import with_batch_api_cost
from ..drafters.answer import answer_status
from ..errors import InputError
from ..files import write_atomic
from ..runlog import LogEntry
from ..settings import Settings
from .api_ledger import ANSWERED, COLLECTED, FAILED, PENDING, ApiFile, Ledger
from .api_submit import api_folder
from .inputs import InputItem
from .job import BatchJob, BatchOptions, BatchTotals
from .results import BatchResult, BatchStatus, SourceMeta
from .state import STATE_FILE, StateStore

if TYPE_CHECKING:
    from ..drafters.openai import OpenAIDrafter

# The provider's batch statuses after which nothing more will come back.
FINISHED = {"completed", "failed", "expired", "cancelled"}
TRANSFER_TIMEOUT = 600.0  # seconds for one download of an output file (up to hundreds of MB)


@dataclass
class CollectOptions:
    out: Path
    wait: bool = True  # poll until every batch has finished
    poll_seconds: float = 30.0
    retry_failed: bool = False  # draft papers whose line failed with normal calls
    concurrency: int = 8
    workers: int | None = None
    on_status: Callable[[str], None] | None = None  # a line per running batch, per poll


@dataclass
class Collected:
    """What a collect run found."""

    running: list[str] = field(default_factory=list)  # batch ids not finished yet
    unsubmitted: int = 0  # files written with --prepare-only and never submitted
    answered: int = 0  # lines answered in this run
    failed: list[tuple[str, str]] = field(default_factory=list)  # (paper id, reason), this run
    totals: BatchTotals | None = None  # the drafting of answered papers
    unresolved: int = 0  # failed lines (this run or before) whose paper still has no draft


async def collect_batches(
    settings: Settings,
    options: CollectOptions,
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    on_progress: Callable[[BatchTotals], None] | None = None,
) -> Collected:
    """Collect what has come back, then draft those papers into the folder."""
    out = options.out
    if not (out / STATE_FILE).is_file():
        raise InputError(
            f"{out} holds no batch",
            hint="submit one first: plainsum batch INPUT --out OUT --via batch-api",
        )
    found = Collected()
    with StateStore(out) as store:
        ledger = Ledger(store)
        stored = ledger.settings()
        if stored is None:
            raise InputError(f"{out} holds no Batch API requests")
        settings = settings.model_copy(update=stored)  # the requests' settings, not today's
        from ..drafters.openai import OpenAIDrafter

        drafter = OpenAIDrafter(settings)  # its run log gets a row per answer, at half price
        try:
            await _poll(drafter, store, ledger, options, found, sleep)
        finally:
            await drafter.aclose()
        found.unsubmitted = sum(1 for f in ledger.files() if f.batch_id is None)
        states = (ANSWERED, FAILED) if options.retry_failed else (ANSWERED,)
        todo = [r for s in states for r in ledger.requests(state=s) if store.done(r.key) is None]
        metas = {row.id: row.source for row in store.papers()}
    items = [InputItem(r.paper_id, r.source, metas.get(r.paper_id) or SourceMeta()) for r in todo]

    def source() -> Iterator[InputItem]:
        return iter(items)

    batch_options = BatchOptions(out=out, concurrency=options.concurrency, workers=options.workers)
    job = BatchJob([], settings, batch_options, on_progress, items=source)
    found.totals = await job.run()
    with StateStore(out) as store:
        failed = Ledger(store).requests(state=FAILED)
        found.unresolved = sum(1 for r in failed if store.done(r.key) is None)
    return found


async def _poll(
    drafter: OpenAIDrafter,
    store: StateStore,
    ledger: Ledger,
    options: CollectOptions,
    found: Collected,
    sleep: Callable[[float], Awaitable[None]],
) -> None:
    while True:
        running = []
        for api_file in ledger.files():
            if api_file.batch_id is None or api_file.status == COLLECTED:
                continue
            batch = await _retrieve(drafter, api_file.batch_id)
            if batch.status in FINISHED:
                await _collect_file(drafter, store, ledger, api_file, batch, found)
            else:
                ledger.update_file(api_file.name, status=str(batch.status))
                running.append(api_file.batch_id)
                if options.on_status is not None:
                    options.on_status(_status_line(batch))
        found.running = running
        if not running or not options.wait:
            return
        await sleep(options.poll_seconds)


def _status_line(batch: Any) -> str:
    """'batch_abc: in_progress, 120 of 500 done, 2 failed'."""
    counts = getattr(batch, "request_counts", None)
    line = f"{batch.id}: {batch.status}"
    if counts is not None and counts.total:
        line += f", {counts.completed} of {counts.total} done"
        if counts.failed:
            line += f", {counts.failed} failed"
    return line


async def _retrieve(drafter: OpenAIDrafter, batch_id: str) -> Any:
    return await drafter.call_api(lambda c: c.batches.retrieve(batch_id))


async def _download(drafter: OpenAIDrafter, file_id: str | None) -> str:
    if not file_id:
        return ""
    timeout = max(drafter.settings.timeout, TRANSFER_TIMEOUT)
    content = await drafter.call_api(lambda c: c.files.content(file_id, timeout=timeout))
    return str(content.text)


async def _collect_file(
    drafter: OpenAIDrafter,
    store: StateStore,
    ledger: Ledger,
    api_file: ApiFile,
    batch: Any,
    found: Collected,
) -> None:
    output = await _download(drafter, batch.output_file_id)
    errors = await _download(drafter, batch.error_file_id)
    stem = Path(api_file.name).stem.replace("requests", "answers")
    folder = api_folder(store.folder)
    for suffix, text in (("output", output), ("errors", errors)):
        if text:  # kept for the user to inspect; scrubbed of keys like every file written
            write_atomic(folder / f"{stem}-{suffix}.jsonl", text)
    lines = _lines_by_id(output + "\n" + errors)
    ended = _batch_problem(batch)
    for request in ledger.requests(file=api_file.name, state=PENDING):
        line = lines.get(request.key)
        reason = ended if line is None else _line_problem(line)
        if reason is None:
            try:
                answer = drafter.read_chat_body(line["response"]["body"])  # type: ignore[index]
            except ValueError as exc:
                reason = f"the Batch API answer could not be read: {exc}"
            else:
                answer.usage = with_batch_api_cost(
                    answer.usage, drafter.model, drafter.settings.prices
                )
                store.put(request.request, answer)  # first: a kill from here on loses nothing
                _log(drafter, request.key, answer)
                ledger.settle(request.key, ANSWERED)
                found.answered += 1
                continue
        result = BatchResult(id="", key=request.key, status=BatchStatus.ERROR, error=reason)
        store.put_result(result)
        ledger.settle(request.key, FAILED, reason)
        found.failed.append((request.paper_id, reason))
    ledger.update_file(
        api_file.name,
        status=COLLECTED,
        output_file_id=batch.output_file_id,
        error_file_id=batch.error_file_id,
    )


def _lines_by_id(text: str) -> dict[str, dict[str, Any]]:
    """Output and error lines by custom_id; lines that are not JSON objects are skipped."""
    lines: dict[str, dict[str, Any]] = {}
    for raw in text.splitlines():
        try:
            line = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if isinstance(line, dict) and isinstance(line.get("custom_id"), str):
            lines[line["custom_id"]] = line
    return lines


def _line_problem(line: dict[str, Any]) -> str | None:
    """Why an output line holds no answer (an error object, or a status other than 200)."""
    error = line.get("error")
    if isinstance(error, dict):
        return f"the Batch API failed this request ({error.get('code')}): {error.get('message')}"
    response = line.get("response")
    if not isinstance(response, dict):
        return "the Batch API sent no response for this request"
    status = response.get("status_code")
    if status != 200:
        body = response.get("body")
        message = body.get("error", {}).get("message") if isinstance(body, dict) else None
        return f"the Batch API answered {status} for this request: {message or 'no message'}"
    return None


def _batch_problem(batch: Any) -> str:
    """Why a request of a finished batch has no line at all."""
    if batch.status == "failed":
        errors = getattr(getattr(batch, "errors", None), "data", None) or []
        detail = "; ".join(str(getattr(e, "message", e)) for e in errors[:3])
        return f"the Batch API rejected the whole file{': ' + detail if detail else ''}"
    return f"the batch ended ({batch.status}) before this request was answered"


def _log(drafter: OpenAIDrafter, key: str, answer: Any) -> None:
    if drafter.runlog is None:
        return
    drafter.runlog.append(
        LogEntry(
            status=answer_status(answer),
            kind="batch",
            draft_id=uuid.uuid5(uuid.NAMESPACE_OID, key).hex[:12],
            model=answer.model or drafter.model,
            base_url=drafter.settings.base_url,
            prompt_version=drafter.prompt_version,
            params={"via": "batch-api", "custom_id": key},
            response=answer.raw,
            finish_reason=answer.finish_reason,
            input_tokens=answer.usage.input_tokens,
            cached_tokens=answer.usage.cached_tokens,
            output_tokens=answer.usage.output_tokens,
            cost_usd=answer.usage.cost_usd,
        )
    )


__all__ = ["CollectOptions", "Collected", "collect_batches"]
