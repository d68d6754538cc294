"""The model client's sockets on asyncio (drafters.openai_net) against httpcore2's own backend
(anyio): the same answers and the same exceptions, words included, for every failure a chat
request meets; TLS; and the pools it is not put on."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import socket
import ssl

import httpx2
import openai
import pytest
from llm_server import HANG, LLMServer, Reply, completion, error
from openai import AsyncOpenAI
from openai_cases import PASSING

from plainsum.drafters.openai import ChatTransport
from plainsum.drafters.openai_net import ENV, AsyncioBackend

MESSAGES = [{"role": "user", "content": "Summarise the paper in plain words."}]


def backend_of(client: AsyncOpenAI) -> object:
    return client._client._transport._pool._network_backend  # type: ignore[attr-defined]


async def ask(base_url: str, *, timeout: float = 5.0, http_client=None) -> object:  # type: ignore[no-untyped-def]
    """One chat request through ChatTransport: the completion, or the exception raised."""
    client = AsyncOpenAI(
        api_key="sk-test",
        base_url=base_url,
        max_retries=0,
        timeout=timeout,
        http_client=http_client,
    )
    transport = ChatTransport(client)
    try:
        return await transport.create(model="m", messages=MESSAGES)
    except Exception as exc:  # compared by the caller
        return exc
    finally:
        await client.close()


def both_backends(monkeypatch, base_url: str, **kwargs: object) -> tuple[object, object]:
    """(httpcore2's own backend, asyncio's) for the same request."""
    monkeypatch.setenv(ENV, "0")
    theirs = asyncio.run(ask(base_url, **kwargs))  # type: ignore[arg-type]
    monkeypatch.delenv(ENV)
    ours = asyncio.run(ask(base_url, **kwargs))  # type: ignore[arg-type]
    return theirs, ours


def test_the_drafters_pool_runs_on_asyncio_unless_turned_off(monkeypatch):
    async def backend() -> object:
        client = AsyncOpenAI(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
        ChatTransport(client)
        found = backend_of(client)
        await client.close()
        return found

    assert isinstance(asyncio.run(backend()), AsyncioBackend)
    monkeypatch.setenv(ENV, "0")
    assert not isinstance(asyncio.run(backend()), AsyncioBackend)


def test_a_pool_behind_a_proxy_keeps_its_own_backend():
    async def installed() -> bool:
        http = httpx2.AsyncClient(proxy="http://127.0.0.1:9")
        client = AsyncOpenAI(api_key="sk-test", base_url="http://example.org/v1", http_client=http)
        ChatTransport(client)
        url = httpx2.URL("http://example.org/v1/chat/completions")
        pool = http._transport_for_url(url)._pool  # type: ignore[attr-defined]
        await client.close()
        return any(isinstance(getattr(p, "_network_backend", None), AsyncioBackend)
                   for p in (pool, http._transport._pool))  # type: ignore[attr-defined]  # fmt: skip

    assert not asyncio.run(installed())


@pytest.mark.parametrize(
    "reply",
    [
        completion(PASSING),
        error(500, "the server broke"),
        error(429, "slow down", headers={"retry-after": "3"}),
        Reply(drop=True),
        Reply(delay=HANG),
    ],
    ids=["answer", "500", "429", "dropped", "no answer in time"],
)
def test_a_request_ends_as_with_httpcores_own_backend(monkeypatch, llm_server, reply):
    llm_server.script(reply, reply)
    theirs, ours = both_backends(monkeypatch, llm_server.base_url, timeout=0.5)
    assert type(ours) is type(theirs)
    if isinstance(theirs, Exception):
        assert str(ours) == str(theirs)
        assert type(ours.__cause__) is type(theirs.__cause__)
    else:
        assert ours == theirs


def test_a_refused_connection_is_the_same_connection_error(monkeypatch):
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    theirs, ours = both_backends(monkeypatch, f"http://127.0.0.1:{port}/v1")
    assert isinstance(ours, openai.APIConnectionError)
    assert type(ours) is type(theirs) and str(ours) == str(theirs)
    assert type(ours.__cause__) is type(theirs.__cause__)


def _certificate(tmp_path):  # type: ignore[no-untyped-def]
    """A self-signed certificate for 127.0.0.1: (certificate file, key file)."""
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@pytest.fixture
def tls_server(tmp_path):  # type: ignore[no-untyped-def]
    """The test server behind TLS, and the file of the certificate it shows."""
    cert_file, key_file = _certificate(tmp_path)
    server = LLMServer(default=completion(PASSING)).start()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    httpd = server._httpd
    assert httpd is not None
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    yield server, cert_file
    server.stop()


def test_an_https_endpoint_is_answered_over_tls(monkeypatch, tls_server):
    server, cert_file = tls_server
    url = f"https://127.0.0.1:{server.port}/v1"

    async def run() -> tuple[object, object]:
        http = httpx2.AsyncClient(verify=ssl.create_default_context(cafile=str(cert_file)))
        client = AsyncOpenAI(api_key="sk-test", base_url=url, max_retries=0, http_client=http)
        transport = ChatTransport(client)
        answer = await transport.create(model="m", messages=MESSAGES)
        (connection,) = http._transport._pool.connections  # type: ignore[attr-defined]
        stream = connection._connection._network_stream
        tls = stream.get_extra_info("ssl_object")
        assert isinstance(backend_of(client), AsyncioBackend)
        await client.close()
        return answer, tls

    answer, tls = asyncio.run(run())
    assert answer.choices[0].message.content  # type: ignore[attr-defined]
    assert tls is not None and tls.version().startswith("TLS")


def test_an_untrusted_certificate_fails_as_with_httpcores_own_backend(monkeypatch, tls_server):
    server, _ = tls_server
    theirs, ours = both_backends(monkeypatch, f"https://127.0.0.1:{server.port}/v1")
    assert isinstance(ours, openai.APIConnectionError)
    assert type(ours) is type(theirs) and str(ours) == str(theirs)
    assert type(ours.__cause__) is type(theirs.__cause__)
