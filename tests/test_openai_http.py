"""The chat transport's own HTTP/1.1 exchange for plain http:// endpoints (drafters.openai_http):
responses framed every way HTTP/1.1 allows read as httpx2 reads them, connections kept and
reused only while they are open, failures mapped to the SDK's exceptions, and everything it does
not handle (https, proxies, redirects, patched senders, PLAINSUM_PLAIN_HTTP=0) left to the SDK's
client. The SDK-against-transport comparisons are in test_chat_transport.py."""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import Callable

import httpx2
import openai
import pytest
from openai import AsyncOpenAI

from plainsum.drafters import openai_http
from plainsum.drafters.openai import ChatTransport
from plainsum.drafters.openai_http import PlainHTTP

BODY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1_700_000_000,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "A plain answer."},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 10, "completion_tokens": 3, "total_tokens": 13},
}
JSON = json.dumps(BODY).encode()


def head(status: str = "200 OK", *headers: str) -> bytes:
    return ("HTTP/1.1 " + status + "\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n").encode()


def sized(body: bytes = JSON, *headers: str) -> bytes:
    return (
        head("200 OK", "Content-Type: application/json", f"Content-Length: {len(body)}", *headers)
        + body
    )


def chunked(body: bytes = JSON) -> bytes:
    half = len(body) // 2
    parts = [body[:half], body[half:]]
    chunks = b"".join(f"{len(p):x};ext=1\r\n".encode() + p + b"\r\n" for p in parts)
    return (
        head("200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked")
        + chunks
        + b"0\r\nX-Trailer: 1\r\n\r\n"
    )


class RawServer:
    """Answers each request on a connection with the next scripted bytes (a function of the
    connection's number may stand in for bytes; None closes the connection unanswered)."""

    def __init__(self, replies: list[bytes | None]) -> None:
        self.replies = list(replies)
        self.connections = 0
        self.requests: list[bytes] = []
        self.close_after: set[int] = set()  # reply numbers after which the server closes
        self.hold = False  # after a reply, wait for the client to close the connection

    async def start(self) -> str:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/v1"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while self.replies:
                request_head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    int(line.split(b":")[1])
                    for line in request_head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                )
                self.requests.append(request_head + await reader.readexactly(length))
                reply = self.replies.pop(0)
                if reply is None:
                    break
                writer.write(reply)
                await writer.drain()
                if self.hold:
                    await reader.read()
                    break
                if len(self.requests) in self.close_after:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        writer.close()

    async def stop(self) -> None:
        self.server.close()
        await self.server.wait_closed()


def run(
    replies: list[bytes | None],
    asks: int,
    setup: Callable[[RawServer], None] | None = None,
    **client: object,
):
    """(results or exceptions of `asks` chat requests, the server, the transport)."""

    async def go():
        server = RawServer(replies)
        if setup is not None:
            setup(server)
        url = await server.start()
        sdk = AsyncOpenAI(
            api_key="sk-test", base_url=url, max_retries=0, timeout=client.get("timeout", 5.0)
        )
        transport = ChatTransport(sdk)
        out: list[object] = []
        for _ in range(asks):
            try:
                out.append(
                    await transport.create(model="m", messages=[{"role": "user", "content": "hi"}])
                )
            except Exception as exc:  # compared by the tests
                out.append(exc)
        if transport.plain is not None:
            await transport.plain.aclose()
        await sdk.close()
        await server.stop()
        return out, server, transport

    return asyncio.run(go())


@pytest.mark.parametrize(
    "reply",
    [
        sized(),
        chunked(),
        sized(gzip.compress(JSON), "Content-Encoding: gzip"),
        head("200 OK", "Content-Type: application/json", "Connection: close") + JSON,  # to the end
        head("100 Continue") + sized(),
    ],
    ids=["content-length", "chunked", "gzip", "until-closed", "informational-first"],
)
def test_every_framing_reads_as_the_answer(reply):
    (answer,), server, transport = run([reply], 1)
    assert transport.plain is not None
    assert answer.choices[0].message.content == "A plain answer."
    assert answer.usage.total_tokens == 13


def test_a_kept_connection_serves_the_next_request():
    answers, server, _ = run([sized(), chunked(), sized()], 3)
    assert all(a.choices[0].message.content == "A plain answer." for a in answers)
    assert server.connections == 1


@pytest.mark.parametrize(
    "first",
    [sized(JSON, "Connection: close"), head("200 OK", "Content-Type: application/json") + JSON],
    ids=["connection-close", "until-closed"],
)
def test_a_connection_the_server_ends_is_not_reused(first):
    def close_after_first(server: RawServer) -> None:
        if b"Content-Length" not in first:  # an answer that ends where the connection does
            server.close_after.add(1)

    answers, server, _ = run([first, sized()], 2, setup=close_after_first)
    assert [a.choices[0].message.content for a in answers] == ["A plain answer."] * 2
    assert server.connections == 2


def test_a_connection_closed_while_idle_is_replaced():
    def close_after_first(server: RawServer) -> None:
        server.close_after.add(1)

    answers, server, _ = run([sized(), sized()], 2, setup=close_after_first)
    assert [a.choices[0].message.content for a in answers] == ["A plain answer."] * 2
    assert server.connections == 2


def test_the_request_is_the_one_httpx2_builds():
    _, server, _ = run([sized()], 1)
    request_head, _, body = server.requests[0].partition(b"\r\n\r\n")
    lines = request_head.split(b"\r\n")
    assert lines[0] == b"POST /v1/chat/completions HTTP/1.1"
    names = [line.split(b":")[0].lower() for line in lines[1:]]
    assert names[0] == b"host" and b"authorization" in names and b"content-length" in names
    assert json.loads(body) == {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (None, openai.APIConnectionError),  # closed before answering
        (head("200 OK", "Content-Length: 500") + b"{", openai.APIConnectionError),  # cut short
        (b"SPDY/3 200 OK\r\n\r\n", openai.APIConnectionError),  # not HTTP/1.x
        (head("200 OK", "Content-Length: many"), openai.APIConnectionError),
        (head("200 OK", "Transfer-Encoding: chunked") + b"zz\r\n", openai.APIConnectionError),
        (head("200 OK", "Bad header line"), openai.APIConnectionError),
    ],
    ids=["dropped", "truncated", "not-http", "bad-length", "bad-chunk", "bad-header"],
)
def test_a_broken_answer_is_a_connection_error(reply, error):
    (answer,), _, _ = run([reply], 1)
    assert type(answer) is error


def test_a_status_error_keeps_its_headers_and_body():
    body = json.dumps({"error": {"message": "slow down", "type": "rate_limit"}}).encode()
    reply = head("429 Too Many Requests", "Retry-After: 7", f"Content-Length: {len(body)}") + body
    (answer,), _, _ = run([reply], 1)
    assert type(answer) is openai.RateLimitError
    assert answer.response.headers["retry-after"] == "7"
    assert "slow down" in str(answer)


def test_a_silent_server_is_a_timeout():
    def hold(server: RawServer) -> None:
        server.hold = True

    (answer,), _, _ = run([head("200 OK", "Content-Length: 10")], 1, setup=hold, timeout=0.3)
    assert type(answer) is openai.APITimeoutError


def test_a_redirect_goes_through_the_sdks_client():
    moved = head("307 Temporary Redirect", "Location: /v1/elsewhere", "Content-Length: 0")
    (answer,), server, _ = run([moved, sized()], 1)
    # sent again by httpx2, which follows the redirect (the SDK's client does) to the answer
    assert answer.choices[0].message.content == "A plain answer."
    assert [r.split(b" ")[1] for r in server.requests] == [
        b"/v1/chat/completions",
        b"/v1/chat/completions",
    ]


@pytest.mark.parametrize(
    ("url", "env", "plain"),
    [
        ("http://127.0.0.1:9/v1", "", True),
        ("http://127.0.0.1:9/v1", "0", False),
        ("https://api.example.org/v1", "", False),
    ],
)
def test_only_plain_http_takes_this_path(monkeypatch, url, env, plain):
    monkeypatch.setenv(openai_http.ENV, env)
    client = httpx2.AsyncClient()
    assert (PlainHTTP.for_client(client, httpx2.URL(url)) is not None) is plain


def test_a_proxy_keeps_the_clients_path(monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = httpx2.AsyncClient()
    assert PlainHTTP.for_client(client, httpx2.URL("http://10.0.0.5:8000/v1")) is None


def test_a_patched_sender_keeps_the_clients_path(monkeypatch):
    client = httpx2.AsyncClient()
    plain = PlainHTTP.for_client(client, httpx2.URL("http://127.0.0.1:9/v1"))
    assert plain is not None and plain.usable()
    original = httpx2.AsyncHTTPTransport.handle_async_request

    async def recorded(self, request):  # what a cassette library puts in its place
        return await original(self, request)

    monkeypatch.setattr(httpx2.AsyncHTTPTransport, "handle_async_request", recorded)
    assert not plain.usable()


def test_a_plain_endpoint_is_answered_without_the_sdks_client(monkeypatch):
    async def refuse(self, request, **kwargs):
        raise AssertionError("sent through httpx2's client")

    monkeypatch.setattr(httpx2.AsyncClient, "send", refuse)
    answers, server, _ = run([sized(), chunked()], 2)
    assert [a.choices[0].message.content for a in answers] == ["A plain answer."] * 2
