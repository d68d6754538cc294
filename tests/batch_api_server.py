"""A test server for the provider Batch API path, on 127.0.0.1: the Files API (upload with
purpose "batch", download a file's content), the Batches API (create, retrieve, list) and chat
completions (for repairs, which are normal calls).

A batch answers asynchronously: it stays `in_progress` for `polls_to_finish` retrieves, then
runs every request line through `answer` (the same replies `llm_server` scripts), shuffles the
output lines, and fails the lines a test asks for: `fail_lines` maps a line's position in the
input file to "error" (an error object, in the error file) or an HTTP status (a non-200
response), and `expire_after=N` ends the batch "expired" after N lines. The counts
(`uploads`, `created`, `retrieves`, `downloads`, `chat_calls`) prove what a client did, e.g.
that a resumed collect submitted nothing twice.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from llm_server import Reply, error


class BatchAPIServer:
    def __init__(
        self,
        answer: Callable[[dict[str, Any]], Reply],
        *,
        polls_to_finish: int = 2,
        fail_lines: dict[int, str | int] | None = None,
        expire_after: int | None = None,
        seed: int = 7,
    ) -> None:
        self.answer = answer
        self.polls_to_finish = polls_to_finish
        self.fail_lines = fail_lines or {}
        self.expire_after = expire_after  # answer this many lines, then end the batch "expired"
        self.random = random.Random(seed)
        self.files: dict[str, dict[str, Any]] = {}  # id -> {"meta": ..., "data": bytes}
        self.batches: dict[str, dict[str, Any]] = {}
        self.polls: dict[str, int] = {}
        self.uploads = self.created = self.retrieves = self.downloads = self.chat_calls = 0
        self.chat_bodies: list[dict[str, Any]] = []
        self.uploaded_lines: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    # -- the API --------------------------------------------------------------------------

    def _new_file(self, name: str, data: bytes, purpose: str) -> dict[str, Any]:
        file_id = f"file-{len(self.files) + 1:04d}"
        meta = {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                "filename": name, "purpose": purpose, "status": "processed"}  # fmt: skip
        self.files[file_id] = {"meta": meta, "data": data}
        return meta

    def upload(self, content_type: str, body: bytes) -> tuple[int, Any]:
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            fields[str(name)] = (part.get_filename(), part.get_payload(decode=True) or b"")
        if "file" not in fields or fields.get("purpose", (None, b""))[1] != b"batch":
            return 400, error(400, "a file and purpose=batch are required").body
        filename, data = fields["file"]
        for line in data.decode().splitlines():
            self.uploaded_lines.append(json.loads(line))
        self.uploads += 1
        return 200, self._new_file(filename or "upload.jsonl", data, "batch")

    def create(self, body: dict[str, Any]) -> tuple[int, Any]:
        if body.get("input_file_id") not in self.files:
            return 404, error(404, "no such file").body
        if body.get("endpoint") != "/v1/chat/completions" or body.get("completion_window") != "24h":
            return 400, error(400, "unsupported endpoint or window").body
        self.created += 1
        batch_id = f"batch_{len(self.batches) + 1:04d}"
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": body["endpoint"],
            "input_file_id": body["input_file_id"], "completion_window": "24h",
            "status": "validating", "created_at": int(time.time()),
            "output_file_id": None, "error_file_id": None, "metadata": body.get("metadata"),
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
        }  # fmt: skip
        self.polls[batch_id] = 0
        return 200, self.batches[batch_id]

    def retrieve(self, batch_id: str) -> tuple[int, Any]:
        batch = self.batches.get(batch_id)
        if batch is None:
            return 404, error(404, "no such batch").body
        self.retrieves += 1
        self.polls[batch_id] += 1
        if batch["status"] not in ("completed", "failed"):
            if self.polls[batch_id] >= self.polls_to_finish:
                self._run(batch)
            else:
                batch["status"] = "in_progress"
        return 200, batch

    def _run(self, batch: dict[str, Any]) -> None:
        lines = self.files[batch["input_file_id"]]["data"].decode().splitlines()
        outputs, errors = [], []
        for n, raw in enumerate(lines):
            if self.expire_after is not None and n >= self.expire_after:
                break
            request = json.loads(raw)
            custom_id = request["custom_id"]
            fate = self.fail_lines.get(n)
            if fate == "error":
                errors.append(
                    {
                        "id": f"req_{n}",
                        "custom_id": custom_id,
                        "response": None,
                        "error": {"code": "server_error", "message": "test failure"},
                    }
                )
                continue
            if isinstance(fate, int):
                body = error(fate, f"test status {fate}").body
                outputs.append({"id": f"req_{n}", "custom_id": custom_id, "error": None,
                                "response": {"status_code": fate, "body": body}})  # fmt: skip
                continue
            reply = self.answer(request["body"])
            outputs.append(
                {
                    "id": f"req_{n}",
                    "custom_id": custom_id,
                    "error": None,
                    "response": {"status_code": reply.status, "body": reply.body},
                }
            )
        self.random.shuffle(outputs)  # the order is not guaranteed
        for name, found in (("output_file_id", outputs), ("error_file_id", errors)):
            if found:
                data = "".join(json.dumps(line) + "\n" for line in found).encode()
                batch[name] = self._new_file(f"{batch['id']}_{name}.jsonl", data, "batch_output")[
                    "id"
                ]
        batch["status"] = "completed" if self.expire_after is None else "expired"
        batch["request_counts"] = {"total": len(lines), "completed": len(outputs),
                                   "failed": len(errors)}  # fmt: skip

    def chat(self, body: dict[str, Any]) -> tuple[int, Any]:
        self.chat_calls += 1
        self.chat_bodies.append(body)
        reply = self.answer(body)
        return reply.status, reply.body

    # -- HTTP -----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> BatchAPIServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _send(self, status: int, payload: Any) -> None:
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                kind = (
                    "application/octet-stream" if isinstance(payload, bytes) else "application/json"
                )
                self.send_response(status)
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                path = self.path.split("?")[0]
                with server._lock:
                    if path == "/v1/files":
                        self._send(*server.upload(self.headers["content-type"], raw))
                    elif path == "/v1/batches":
                        self._send(*server.create(json.loads(raw)))
                    elif path == "/v1/chat/completions":
                        self._send(*server.chat(json.loads(raw)))
                    else:
                        self._send(404, error(404, "not found").body)

            def do_GET(self) -> None:  # noqa: N802
                parts = self.path.split("?")[0].strip("/").split("/")
                with server._lock:
                    if parts[:2] == ["v1", "batches"] and len(parts) == 3:
                        self._send(*server.retrieve(parts[2]))
                    elif parts[:2] == ["v1", "batches"]:
                        data = list(reversed(server.batches.values()))
                        self._send(200, {"object": "list", "data": data, "has_more": False,
                                         "first_id": data[0]["id"] if data else None,
                                         "last_id": data[-1]["id"] if data else None})  # fmt: skip
                    elif parts[:2] == ["v1", "files"] and parts[3:] == ["content"]:
                        found = server.files.get(parts[2])
                        if found is None:
                            self._send(404, error(404, "no such file").body)
                        else:
                            server.downloads += 1
                            self._send(200, found["data"])
                    else:
                        self._send(404, error(404, "not found").body)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
