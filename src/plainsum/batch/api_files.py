"""Request files for a provider's Batch API: one JSON line per paper in OpenAI's batch input
format, one model per file, split at the documented limits.

    {"custom_id": KEY, "method": "POST", "url": "/v1/chat/completions", "body": {...}}

`custom_id` is the paper's key in the batch state store, and the body is exactly the chat
request the normal drafting path sends (`drafters.request`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from ..files import write_atomic

ENDPOINT: Final = "/v1/chat/completions"
API_FOLDER = "batch-api"  # inside the batch's output folder
# "The file can contain up to 50,000 requests, and can be up to 200 MB in size" (OpenAI API
# reference, Create batch, input_file_id:
# https://developers.openai.com/api/reference/cli/resources/batches/methods/create/ ; checked
# December 2026). One model per file: the Batch guide, https://platform.openai.com/docs/guides/batch
# (each input file may only hold requests to a single model).
MAX_REQUESTS_PER_FILE = 50_000
MAX_BYTES_PER_FILE = 200 * 1024 * 1024


@dataclass(frozen=True)
class RequestLine:
    """One request of a batch input file."""

    custom_id: str
    body: dict[str, Any]

    @property
    def model(self) -> str:
        return str(self.body.get("model") or "")

    def encode(self) -> bytes:
        """The line as written, newline included (its size counts towards the file limit)."""
        line = {"custom_id": self.custom_id, "method": "POST", "url": ENDPOINT, "body": self.body}
        return (json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


@dataclass(frozen=True)
class RequestFile:
    """One file's worth of requests, all for `model`."""

    model: str
    lines: tuple[bytes, ...]
    custom_ids: tuple[str, ...]

    @property
    def size(self) -> int:
        return sum(len(line) for line in self.lines)


class TooLarge(ValueError):
    """One request is larger than a whole file may be."""


def split_requests(
    requests: Iterable[RequestLine],
    *,
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_BYTES_PER_FILE,
) -> tuple[list[RequestFile], list[tuple[str, str]]]:
    """Files of at most `max_requests` lines and `max_bytes` bytes, one model each (in the order
    models first appear), and (custom_id, reason) for each request too large for any file."""
    if max_requests < 1 or max_bytes < 1:
        raise ValueError("file limits must be positive")
    by_model: dict[str, list[RequestFile]] = {}
    open_lines: dict[str, tuple[list[bytes], list[str], int]] = {}
    refused: list[tuple[str, str]] = []

    def close(model: str) -> None:
        lines, ids, _ = open_lines.pop(model)
        if lines:
            by_model.setdefault(model, []).append(RequestFile(model, tuple(lines), tuple(ids)))

    for request in requests:
        data = request.encode()
        if len(data) > max_bytes:
            refused.append(
                (
                    request.custom_id,
                    f"the request is {len(data):,} bytes, more than a Batch API "
                    f"file may hold ({max_bytes:,})",
                )  # fmt: skip
            )
            continue
        model = request.model
        by_model.setdefault(model, [])
        lines, ids, size = open_lines.get(model, ([], [], 0))
        if lines and (len(lines) >= max_requests or size + len(data) > max_bytes):
            open_lines[model] = (lines, ids, size)
            close(model)
            lines, ids, size = [], [], 0
        lines.append(data)
        ids.append(request.custom_id)
        open_lines[model] = (lines, ids, size + len(data))
    for model in list(open_lines):
        close(model)
    return [f for files in by_model.values() for f in files], refused


def write_request_file(folder: Path, name: str, request_file: RequestFile) -> Path:
    """Write one request file atomically into `folder` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = b"".join(request_file.lines).decode("utf-8")
    return write_atomic(folder / name, text, scrub=False)
