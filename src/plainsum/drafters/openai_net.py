"""The sockets under the model client's connection pool, on asyncio's own streams.

httpcore2 (under httpx2, under the `openai` SDK) reaches the network through a network backend,
an interface it exports (`AsyncNetworkBackend`, `AsyncNetworkStream`) for this purpose; its
default goes through anyio, whose cancel scopes, attribute tables and library sniffing around
every read and write cost the event loop ~0.3 ms of CPU a request (a third of the transport's
CPU in a batch: measured with 16 requests in flight against a local server). This backend does
the same on asyncio's streams, the loop plainsum always runs on: the same bytes on the wire, the
same httpcore2 exceptions for the same failures (a timeout is a Read/Write/ConnectTimeout, a
broken or refused connection a Read/Write/ConnectError), TLS by asyncio's `start_tls`, and
whether an idle connection was closed by the server asked of its socket as httpcore2 asks it.

`use_asyncio_sockets(client)` installs it on the pool that serves the client's own connections,
and only on a plain pool still on httpcore2's default backend: proxies, Unix sockets and
anything else configured differently keep their own. `PLAINSUM_ASYNCIO_SOCKETS=0` turns it off.
"""

from __future__ import annotations

import asyncio
import os
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore2
import httpx2
from httpcore2._backends.auto import AutoBackend
from httpcore2._utils import is_socket_readable

__all__ = ["ENV", "AsyncioBackend", "AsyncioStream", "use_asyncio_sockets"]

ENV = "PLAINSUM_ASYNCIO_SOCKETS"  # 0: keep httpcore2's own backend (anyio)
# A host's next address is tried this long after the last (RFC 8305), as anyio does: a host
# whose IPv6 address leads nowhere still connects over IPv4 at once.
HAPPY_EYEBALLS_DELAY = 0.25


class AsyncioStream(httpcore2.AsyncNetworkStream):
    """One connection: an asyncio reader and writer."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._socket = writer.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Up to `max_bytes` (b"" once the server has closed the connection)."""
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError as exc:
            raise httpcore2.ReadTimeout(exc) from exc
        except OSError as exc:
            raise httpcore2.ReadError(exc) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            if self._writer.is_closing():  # asyncio would drop the bytes without a word
                raise ConnectionResetError("the connection is closed")
            self._writer.write(buffer)
            async with asyncio.timeout(timeout):
                await self._writer.drain()
        except TimeoutError as exc:
            raise httpcore2.WriteTimeout(exc) from exc
        except OSError as exc:
            raise httpcore2.WriteError(exc) from exc

    async def aclose(self) -> None:
        self._writer.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as exc:
            await self.aclose()
            raise httpcore2.ConnectTimeout(exc) from exc
        except OSError as exc:  # ssl.SSLError included
            await self.aclose()
            raise httpcore2.ConnectError(exc) from exc
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return is_socket_readable(self._socket)
        if info == "socket":
            return self._socket
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        return None


class AsyncioBackend(httpcore2.AsyncNetworkBackend):
    """TCP connections on asyncio; Unix sockets (never used by plainsum) by `fallback`."""

    def __init__(self, fallback: httpcore2.AsyncNetworkBackend) -> None:
        self.fallback = fallback

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        local = (local_address, 0) if local_address else None
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, local_addr=local, happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY
                )
        except TimeoutError as exc:
            raise httpcore2.ConnectTimeout(exc) from exc
        except OSError as exc:
            raise httpcore2.ConnectError(exc) from exc
        stream = AsyncioStream(reader, writer)
        for option in socket_options or ():  # asyncio sets TCP_NODELAY itself, as anyio does
            stream.get_extra_info("socket").setsockopt(*option)
        return stream

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        return await self.fallback.connect_unix_socket(
            path, timeout=timeout, socket_options=socket_options
        )

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def use_asyncio_sockets(client: httpx2.AsyncClient, url: httpx2.URL) -> bool:
    """Put the pool that sends `url`'s requests on `AsyncioBackend`, when it is a plain
    connection pool on httpcore2's default backend and `PLAINSUM_ASYNCIO_SOCKETS` is not 0;
    True when it did."""
    if os.environ.get(ENV, "").strip() == "0":
        return False
    transport = client._transport_for_url(url)
    pool = getattr(transport, "_pool", None)
    if type(transport) is not httpx2.AsyncHTTPTransport:
        return False
    if type(pool) is not httpcore2.AsyncConnectionPool or pool._uds or pool._proxy:
        return False
    if type(pool._network_backend) is not AutoBackend:
        return False
    pool._network_backend = AsyncioBackend(pool._network_backend)
    return True
