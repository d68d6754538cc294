"""Chat requests to a plain `http://` endpoint (a local vLLM, Ollama or llama.cpp server, the
benchmarks' test server) sent by a small HTTP/1.1 exchange of our own on asyncio's streams,
below httpx2.

httpx2 and httpcore2 (h11's events, the pool's request queue, per-request locks and stream
wrappers) cost the event loop ~0.5 ms of CPU a request, which a batch of many papers pays on
its one main process. This path sends the very request the SDK's client would send (the same
`httpx2.Request`: its method, target, headers in their order, and body) and hands back an
`httpx2.Response` built from what the server answered, read as httpx2 reads it (its decoders,
its JSON), so everything above it (the SDK's status errors, Retry-After, answers' parsing) is
unchanged. Its failures are httpx2's exceptions for the same causes: a connect, write or read
that takes longer than the request's timeouts is a ConnectTimeout, WriteTimeout or ReadTimeout,
a refused connection a ConnectError, a broken one a ReadError/WriteError, and a server that
closes without a whole answer a RemoteProtocolError.

It serves only what it fully handles: `http://` URLs whose requests would go to httpx2's own
plain connection pool (no proxy, no Unix socket, no connect retries or socket options) on a
client with no auth or event hooks, while nothing has patched httpx2's sending (a test's
cassettes); bodies framed by Content-Length, chunks or the end of the connection. Everything
else (https, redirects, a pool at its connection limit) goes through the SDK's client as before.
Idle connections are kept (up to the pool's keep-alive limit and expiry) and one the server has
closed meanwhile is never reused, as httpcore2 does. `PLAINSUM_PLAIN_HTTP=0` turns it off.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections import deque
from datetime import timedelta

import httpcore2
import httpx2
from httpcore2._utils import is_socket_readable

__all__ = ["ENV", "PlainHTTP"]

ENV = "PLAINSUM_PLAIN_HTTP"  # 0: every request through the SDK's client
READ_SIZE = 65_536  # bytes a read asks for (as httpcore2 reads)
MAX_HEAD = 65_536  # bytes of status line and headers a response may have (h11's limit)
NO_BODY = {204, 304}

_httpx_logger = logging.getLogger("httpx2")
_SENDERS = (
    (httpx2.AsyncClient, "_send_single_request"),
    (httpx2.AsyncHTTPTransport, "handle_async_request"),
    (httpcore2.AsyncConnectionPool, "handle_async_request"),
)
_ORIGINALS = tuple(getattr(cls, name) for cls, name in _SENDERS)


def _unpatched() -> bool:
    """httpx2's own sending code is in place: a cassette library replaces it to record or
    replay requests (with a wrapper that takes the original's name and module), and those
    requests must go through it."""
    for (cls, name), original in zip(_SENDERS, _ORIGINALS, strict=True):
        sender = getattr(cls, name)
        if sender is not original or hasattr(sender, "__wrapped__"):
            return False
    return True


class _Connection:
    __slots__ = ("reader", "writer", "idle_since")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.idle_since = 0.0

    def close(self) -> None:
        self.writer.close()


class PlainHTTP:
    """Requests to one `http://` host and port, over connections of its own."""

    def __init__(
        self, client: httpx2.AsyncClient, url: httpx2.URL, pool: httpcore2.AsyncConnectionPool
    ) -> None:
        self.client = client
        self.host, self.port = url.host, url.port or 80
        self.max_connections = pool._max_connections
        self.max_idle = pool._max_keepalive_connections
        self.expiry = pool._keepalive_expiry
        self._idle: deque[_Connection] = deque()
        self._busy = 0  # connections in use

    @classmethod
    def for_client(cls, client: httpx2.AsyncClient, url: httpx2.URL) -> PlainHTTP | None:
        """A PlainHTTP for `url` on `client`, or None when the client's own path is needed
        (see the module's docstring) or PLAINSUM_PLAIN_HTTP is 0."""
        if os.environ.get(ENV, "").strip() == "0" or url.scheme != "http" or not url.host:
            return None
        if client.auth is not None or any(client.event_hooks.values()):
            return None
        transport = client._transport_for_url(url)
        pool = getattr(transport, "_pool", None)
        if type(transport) is not httpx2.AsyncHTTPTransport:
            return None
        if type(pool) is not httpcore2.AsyncConnectionPool or not pool._http1:
            return None
        if pool._uds or pool._proxy or pool._retries or pool._local_address:
            return None
        if pool._socket_options:
            return None
        return cls(client, url, pool)

    def usable(self) -> bool:
        """This request can go this way (else through the client)."""
        return self._busy < self.max_connections and _unpatched()

    async def send(self, request: httpx2.Request) -> httpx2.Response | None:
        """The server's response to `request`, its body read; None for a redirect, which the
        caller sends again through the client (which follows redirects as it is configured)."""
        timeouts = request.extensions.get("timeout") or {}
        started = time.perf_counter()
        connection = await self._connect(request, timeouts.get("connect"))
        self._busy += 1
        keep = False
        try:
            self._write(connection, request)
            await self._drain(connection, request, timeouts.get("write"))
            status, reason, headers, keep, body = await self._read(
                connection.reader, request, timeouts.get("read")
            )
        finally:
            self._busy -= 1
            if keep:
                self._release(connection)
            else:
                connection.close()
        response = httpx2.Response(
            status,
            headers=headers,
            stream=httpx2.ByteStream(body),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason},
        )
        response.default_encoding = self.client._default_encoding
        if response.has_redirect_location:
            return None
        if "set-cookie" in response.headers:
            self.client.cookies.extract_cookies(response)
        await response.aread()  # decoded as httpx2 decodes it (Content-Encoding)
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        if _httpx_logger.isEnabledFor(logging.INFO):
            _httpx_logger.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                response.http_version,
                response.status_code,
                response.reason_phrase,
            )
        return response

    async def aclose(self) -> None:
        """Close the idle connections."""
        while self._idle:
            self._idle.pop().close()

    # -- connections ------------------------------------------------------------------------

    async def _connect(self, request: httpx2.Request, timeout: float | None) -> _Connection:
        now = time.monotonic()
        while self._idle:
            connection = self._idle.pop()  # the most recently used: likeliest still open
            expired = self.expiry is not None and now - connection.idle_since > self.expiry
            sock = connection.writer.get_extra_info("socket")
            # readable while idle: the server closed it (or sent what nobody asked for)
            if expired or connection.writer.is_closing() or is_socket_readable(sock):
                connection.close()
                continue
            return connection
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    self.host, self.port, limit=MAX_HEAD, happy_eyeballs_delay=0.25
                )
        except TimeoutError as exc:
            raise httpx2.ConnectTimeout(str(exc), request=request) from exc
        except OSError as exc:
            raise httpx2.ConnectError(str(exc), request=request) from exc
        return _Connection(reader, writer)

    def _release(self, connection: _Connection) -> None:
        if len(self._idle) >= self.max_idle:
            connection.close()
            return
        connection.idle_since = time.monotonic()
        self._idle.append(connection)

    # -- one exchange -------------------------------------------------------------------------

    @staticmethod
    def _write(connection: _Connection, request: httpx2.Request) -> None:
        target = request.url.raw_path
        lines = [request.method.encode("ascii"), b" ", target, b" HTTP/1.1\r\n"]
        for name, value in request.headers.raw:
            lines += (name, b": ", value, b"\r\n")
        lines.append(b"\r\n")
        lines.append(request.content)
        connection.writer.write(b"".join(lines))

    @staticmethod
    async def _drain(
        connection: _Connection, request: httpx2.Request, timeout: float | None
    ) -> None:
        try:
            if connection.writer.is_closing():
                raise ConnectionResetError("the connection is closed")
            async with asyncio.timeout(timeout):
                await connection.writer.drain()
        except TimeoutError as exc:
            raise httpx2.WriteTimeout(str(exc), request=request) from exc
        except OSError as exc:
            raise httpx2.WriteError(str(exc), request=request) from exc

    async def _read(
        self, reader: asyncio.StreamReader, request: httpx2.Request, timeout: float | None
    ) -> tuple[int, bytes, list[tuple[bytes, bytes]], bool, bytes]:
        """(status, reason, headers, keep the connection, body) of the response."""
        head = b""
        try:
            while True:
                async with asyncio.timeout(timeout):
                    head = await reader.readuntil(b"\r\n\r\n")
                status, reason, version, headers = _parse_head(head, request)
                if not 100 <= status < 200:
                    break
                if status == 101:
                    raise httpx2.RemoteProtocolError("unexpected 101 response", request=request)
            names = {name.lower(): value for name, value in headers}
            connection_header = names.get(b"connection", b"").lower()
            keep = version == b"HTTP/1.1" and b"close" not in connection_header
            if status in NO_BODY:
                body = b""
            elif b"chunked" in names.get(b"transfer-encoding", b"").lower():
                body = await _read_chunks(reader, timeout)
            elif b"content-length" in names:
                try:
                    length = int(names[b"content-length"])
                except ValueError:
                    raise httpx2.RemoteProtocolError(
                        "malformed Content-Length", request=request
                    ) from None
                body = await _read_exactly(reader, length, timeout)
            else:
                body = await _read_to_end(reader, timeout)
                keep = False
        except TimeoutError as exc:
            raise httpx2.ReadTimeout(str(exc), request=request) from exc
        except asyncio.IncompleteReadError as exc:
            message = (
                "peer closed connection without sending complete message body"
                if head
                else "Server disconnected without sending a response."
            )
            raise httpx2.RemoteProtocolError(message, request=request) from exc
        except asyncio.LimitOverrunError as exc:
            raise httpx2.RemoteProtocolError(
                "the response's headers are too long", request=request
            ) from exc
        except ValueError as exc:  # a malformed chunk size
            raise httpx2.RemoteProtocolError(str(exc), request=request) from exc
        except OSError as exc:
            raise httpx2.ReadError(str(exc), request=request) from exc
        return status, reason, headers, keep, body


def _parse_head(
    head: bytes, request: httpx2.Request
) -> tuple[int, bytes, bytes, list[tuple[bytes, bytes]]]:
    """(status, reason, HTTP version, headers) of a response's head (ending in a blank line)."""
    lines = head[:-4].split(b"\r\n")
    parts = lines[0].split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or not parts[1].isdigit():
        raise httpx2.RemoteProtocolError("malformed status line", request=request)
    headers = []
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or name != name.strip() or line[:1] in b" \t":
            raise httpx2.RemoteProtocolError("malformed header line", request=request)
        headers.append((name, value.strip(b" \t")))
    reason = parts[2] if len(parts) > 2 else b""
    return int(parts[1]), reason, parts[0], headers


async def _read_exactly(reader: asyncio.StreamReader, length: int, timeout: float | None) -> bytes:
    chunks: list[bytes] = []
    left = length
    while left > 0:
        async with asyncio.timeout(timeout):  # per read, as httpcore2 times them
            chunk = await reader.read(min(left, READ_SIZE))
        if not chunk:
            raise asyncio.IncompleteReadError(b"".join(chunks), length)
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


async def _read_to_end(reader: asyncio.StreamReader, timeout: float | None) -> bytes:
    chunks: list[bytes] = []
    while True:
        async with asyncio.timeout(timeout):
            chunk = await reader.read(READ_SIZE)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


async def _read_chunks(reader: asyncio.StreamReader, timeout: float | None) -> bytes:
    chunks: list[bytes] = []
    while True:
        async with asyncio.timeout(timeout):
            line = await reader.readuntil(b"\r\n")
        size = int(line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while True:  # trailers, up to the blank line
                async with asyncio.timeout(timeout):
                    if await reader.readuntil(b"\r\n") == b"\r\n":
                        return b"".join(chunks)
        chunk = await _read_exactly(reader, size + 2, timeout)
        if chunk[-2:] != b"\r\n":
            raise ValueError("malformed chunk")
        chunks.append(chunk[:-2])
