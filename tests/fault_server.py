"""A fault-injecting OpenAI-compatible server on 127.0.0.1, written on raw sockets so that it can
misbehave below HTTP: trickle bytes, stall, drop connections, cut JSON off, lie about types.

    with FaultServer("trickle") as server:
        ... OPENAI_BASE_URL=server.url ...

Every fault answers every request the same way; `server.hits` counts requests. A fault that
echoes the key uses the Authorization header the client sent, as a careless proxy would, and
also puts fragments of it in headers and answers. Loops are bounded: the server stops with the
test, and a trickle ends after `MAX_TRICKLE_SECONDS` even when nobody hangs up.
"""

from __future__ import annotations

import json
import socket
import threading
import time

MAX_TRICKLE_SECONDS = 60.0
FAULTS = (
    "trickle",
    "stall",
    "429_forever",
    "retry_after_far",
    "html_5xx",
    "drop",
    "cut_json",
    "wrong_content_type",
    "oversized",
    "ansi_and_key",
    "key_in_error",
    "schema_500",
)


def _completion(content: str) -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-fault",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": "fault-model",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
        }
    ).encode()


def _response(status: str, body: bytes, ctype: str = "application/json", extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
        f"Connection: close\r\n{extra}\r\n"
    )
    return head.encode() + body


class FaultServer:
    def __init__(self, fault: str, answer: dict | None = None) -> None:
        self.answer = answer or {}
        if fault not in FAULTS:
            raise ValueError(fault)
        self.fault = fault
        self.hits = 0
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}/v1"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    @staticmethod
    def _read_request(conn: socket.socket) -> tuple[bytes, dict[str, str]]:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return body, headers

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            body, headers = self._read_request(conn)
            self.hits += 1
            key = headers.get("authorization", "").removeprefix("Bearer ").strip()
            self._fault(conn, key, body)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def _fault(self, conn: socket.socket, key: str, request: bytes) -> None:  # noqa: C901
        f = self.fault
        if f == "trickle":
            body = _completion("{}")
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
            )
            started = time.monotonic()
            for byte in body:
                if self._stop.is_set() or time.monotonic() - started > MAX_TRICKLE_SECONDS:
                    return
                conn.sendall(bytes([byte]))
                time.sleep(2)
        elif f == "stall":
            self._stop.wait(MAX_TRICKLE_SECONDS)
        elif f == "429_forever":
            body = b'{"error": {"message": "rate limited", "type": "rate_limit"}}'
            conn.sendall(_response("429 Too Many Requests", body, extra="Retry-After: 1\r\n"))
        elif f == "retry_after_far":
            body = b'{"error": {"message": "come back tomorrow", "type": "rate_limit"}}'
            conn.sendall(_response("429 Too Many Requests", body, extra="Retry-After: 86400\r\n"))
        elif f == "html_5xx":
            body = b"<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>"
            conn.sendall(_response("502 Bad Gateway", body, ctype="text/html"))
        elif f == "drop":
            conn.shutdown(socket.SHUT_RDWR)
        elif f == "cut_json":
            body = _completion('{"headline": "cut')
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            )
            conn.sendall(head.encode() + body[: len(body) // 2])
            conn.shutdown(socket.SHUT_RDWR)
        elif f == "wrong_content_type":
            body = b"<html><body>Welcome to nginx!</body></html>"
            conn.sendall(_response("200 OK", body, ctype="text/html"))
        elif f == "oversized":
            conn.sendall(_response("200 OK", _completion("x" * 5_000_000)))
        elif f == "ansi_and_key":
            content = (
                f"\x1b]0;owned\x07\x1b[2J\x1b[31mNot JSON. Your key is {key} and "
                f"{' '.join(key)}, also {key[:-4]}****, tail {key[-9:]}\x1b[0m"
            )
            extra = f"X-Echo-Key: {key}\r\nX-Debug: \x1b[31m{key[:12]}\r\n"
            conn.sendall(_response("200 OK", _completion(content), extra=extra))
        elif f == "key_in_error":
            message = f"Incorrect API key provided: {key[:8]}****{key[-4:]} ({key}) \x1b[5m"
            body = json.dumps({"error": {"message": message, "type": "invalid_request"}})
            conn.sendall(_response("401 Unauthorized", body.encode(), extra=f"X-Key: {key}\r\n"))
        elif f == "schema_500" and b"json_schema" not in request:
            conn.sendall(_response("200 OK", _completion(json.dumps(self.answer))))
        elif f == "schema_500":
            body = json.dumps(
                {"error": {"message": "response_format: json_schema is not supported"}}
            ).encode()
            conn.sendall(_response("500 Internal Server Error", body))
