"""`plainsum batch --via batch-api`: write every paper's first-draft request into Batch API
files, upload them and submit one batch per file. `--prepare-only` stops after the files.

Each step is recorded before the next (`api_ledger`): a rerun skips papers already done or
already in a file, uploads what was written but not uploaded, and submits what was uploaded but
not submitted, after checking that the provider has no batch for that file yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..drafters.base import DraftRequest
from ..drafters.formats import MODES, FormatMemory
from ..drafters.pacing import request_hash
from ..drafters.request import RequestBuilder, chat_body
from ..errors import ConfigError, InputError, ModelError, PlainsumError
from ..ingest import Source
from ..settings import Settings
from . import work
from .api_files import (
    API_FOLDER,
    ENDPOINT,
    MAX_BYTES_PER_FILE,
    MAX_REQUESTS_PER_FILE,
    RequestLine,
    split_requests,
    write_request_file,
)
from .api_ledger import PREPARED, SUBMITTED, UPLOADED, Ledger
from .inputs import read_inputs
from .keys import MODEL_SETTINGS, MODEL_SETTINGS_EXTRA, draft_spec, paper_key, spec_digest
from .outputs import line_texts, rewrite
from .results import BatchResult, BatchStatus
from .state import StateStore

if TYPE_CHECKING:
    from ..drafters.openai import OpenAIDrafter

COMPLETION_WINDOW: Final = "24h"  # the only window the Batch API offers
TRANSFER_TIMEOUT = 600.0  # seconds for one upload of a request file (up to 200 MB)
# What decides a request's body and a paper's key; collect drafts repairs with the same.
FIXED_SETTINGS = (*MODEL_SETTINGS, *MODEL_SETTINGS_EXTRA, "prompt", "response_format")


@dataclass
class ApiOptions:
    out: Path
    prepare_only: bool = False
    input_format: str | None = None
    max_requests: int = MAX_REQUESTS_PER_FILE  # per file; smaller in tests
    max_bytes: int = MAX_BYTES_PER_FILE


@dataclass
class Submitted:
    """What a submit run did."""

    written: list[Path] = field(default_factory=list)  # request files written now
    waiting: list[Path] = field(default_factory=list)  # written, not yet submitted (prepare-only)
    requests: int = 0  # requests in the files written now
    skipped: int = 0  # papers already done, already in a file, or twice in the input
    errors: int = 0  # papers that could not be read or are not research
    batch_ids: list[str] = field(default_factory=list)  # batches submitted now


def fixed_settings(settings: Settings) -> Settings:
    """`settings` with the response format decided: a batch cannot step down from json_schema
    mid-way, so "auto" becomes what this endpoint was last seen to accept, else json_schema."""
    if settings.response_format != "auto":
        return settings
    remembered = FormatMemory().get(settings.base_url, settings.model or "")
    return settings.model_copy(update={"response_format": remembered or MODES[0]})


def settings_snapshot(settings: Settings) -> dict[str, Any]:
    return {name: getattr(settings, name) for name in FIXED_SETTINGS}


def api_folder(out: Path) -> Path:
    return out / API_FOLDER


async def submit_batches(paths: list[Path], settings: Settings, options: ApiOptions) -> Submitted:
    """Write the request files for every paper not yet done, then (unless prepare-only) upload
    and submit every file not yet submitted."""
    if settings.resolved_backend() != "openai" or not settings.model:
        raise ConfigError(
            "--via batch-api needs a model endpoint",
            hint="pass --backend openai --model NAME (and --base-url or OPENAI_API_KEY)",
        )
    for path in paths:
        if str(path) != "-" and not path.exists():
            raise InputError(f"{path}: no such file or folder")
    settings = fixed_settings(settings)
    out = options.out
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out} is a file; give a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create --out {out}: {exc.strerror}") from exc
    done = Submitted()
    with StateStore(out) as store:
        ledger = Ledger(store)
        snapshot = settings_snapshot(settings)
        earlier = ledger.settings()
        if earlier is not None and earlier != snapshot and ledger.requests(state="pending"):
            raise InputError(
                f"{out} has Batch API requests pending that were built with other settings",
                hint="collect them first (plainsum batch collect OUT), or use another --out",
            )
        ledger.put_settings(snapshot)
        _prepare(paths, settings, options, store, ledger, done)
        rewrite(out, line_texts(store))
        unsent = [f for f in ledger.files() if f.status in (PREPARED, UPLOADED)]
        if options.prepare_only:
            done.waiting = [api_folder(out) / f.name for f in unsent]
            return done
        if unsent:
            from ..drafters.openai import OpenAIDrafter

            drafter = OpenAIDrafter(settings)
            try:
                for api_file in unsent:
                    batch_id = await _submit(drafter, ledger, out, api_file.name)
                    done.batch_ids.append(batch_id)
            finally:
                await drafter.aclose()
    return done


def _prepare(
    paths: list[Path],
    settings: Settings,
    options: ApiOptions,
    store: StateStore,
    ledger: Ledger,
    done: Submitted,
) -> None:
    """Build a request for every paper that needs one and write them into new files."""
    builder = RequestBuilder.for_settings(settings)
    spec_hash = spec_digest(draft_spec(settings))
    mode = settings.response_format
    lines: list[RequestLine] = []
    papers: dict[str, tuple[str, str, Source]] = {}  # key -> (paper id, request hash, source)
    ids: dict[str, str] = {}
    for item in read_inputs(paths, options.input_format):
        if item.source is None:
            key = paper_key(f"unreadable:{item.id}:{item.error}", spec_hash)
        else:
            key = paper_key(item.source.sha256, spec_hash)
        paper_id, n = item.id, 1
        if ids.get(paper_id) == key:
            done.skipped += 1
            continue
        while paper_id in ids:  # the same id for another paper: keep both, as `batch` does
            n += 1
            paper_id = f"{item.id}-{n}"
        ids[paper_id] = key
        store.put_paper(paper_id, key, item.meta)
        if key in papers or store.done(key) is not None or ledger.pending(key):
            done.skipped += 1
            continue
        try:
            if item.source is None:
                raise InputError(item.error or "unreadable input")
            design = work.prepare(item.source)
        except PlainsumError as exc:
            _record_error(store, key, f"{type(exc).__name__}: {' '.join(str(exc).split())}")
            done.errors += 1
            continue
        request = DraftRequest(source=item.source, design=design, settings=settings)
        messages, _ = builder.first_messages(request)
        params = builder.params(mode, settings.max_output_tokens)
        lines.append(RequestLine(key, chat_body(params, messages)))
        papers[key] = (paper_id, request_hash(params, messages), item.source)
    files, refused = split_requests(
        lines, max_requests=options.max_requests, max_bytes=options.max_bytes
    )
    for key, reason in refused:
        _record_error(store, key, reason)
        done.errors += 1
    number = ledger.next_number()
    for request_file in files:
        name = f"requests-{number:04d}.jsonl"
        number += 1
        path = write_request_file(api_folder(store.folder), name, request_file)
        requests = [(key, *papers[key]) for key in request_file.custom_ids]
        ledger.add_file(name, request_file.model, requests, request_file.size)
        done.written.append(path)
        done.requests += len(requests)


def _record_error(store: StateStore, key: str, reason: str) -> None:
    store.put_result(BatchResult(id="", key=key, status=BatchStatus.ERROR, error=reason))


async def _submit(drafter: OpenAIDrafter, ledger: Ledger, out: Path, name: str) -> str:
    """Upload one file (unless it was) and create its batch (unless the provider has one)."""
    api_file = next(f for f in ledger.files() if f.name == name)
    file_id = api_file.file_id
    if file_id is None:
        path = api_folder(out) / name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read the request file {path}: {exc.strerror}") from None
        timeout = max(drafter.settings.timeout, TRANSFER_TIMEOUT)
        uploaded = await drafter.call_api(
            lambda client: client.files.create(file=(name, data), purpose="batch", timeout=timeout)
        )
        file_id = uploaded.id
        ledger.update_file(name, file_id=file_id, status=UPLOADED)

    async def existing(client: Any) -> str | None:
        """A batch already made from this file (a run stopped before it could record it)."""
        async for batch in client.batches.list(limit=100):
            if batch.input_file_id == file_id:
                return str(batch.id)
        return None

    # Uploaded by an earlier run: that run may have made the batch and stopped before it could
    # record it. (Just uploaded now: no batch can exist yet, and no need to ask.)
    batch_id = await _existing_batch(drafter, existing) if api_file.file_id else None
    if batch_id is None:
        batch = await drafter.call_api(
            lambda client: client.batches.create(
                input_file_id=file_id,
                endpoint=ENDPOINT,
                completion_window=COMPLETION_WINDOW,
                metadata={"plainsum_file": name},
            ),
            retry=False,
        )
        batch_id = str(batch.id)
    ledger.update_file(name, batch_id=batch_id, status=SUBMITTED)
    return batch_id


async def _existing_batch(drafter: OpenAIDrafter, find: Any) -> str | None:
    """The batch `find` finds, or None; a server without a batch list cannot be asked."""
    try:
        return await drafter.call_api(find)  # type: ignore[no-any-return]
    except ModelError:
        return None
