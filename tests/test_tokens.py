"""Token counts without network: tiktoken only from its cache, else an estimate."""

import hashlib
import socket

import pytest

from plainsum import tokens
from plainsum.ingest import parse
from plainsum.tokens import TokenCounter, encoding_cache_path, fit_paper, token_counter


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Refuse and record every connection: a caller that swallows the refusal (a broad
    `except`) still fails the test afterwards, because the attempt was recorded."""
    attempts: list[tuple] = []

    def refuse(sock, address, *args, **kwargs):
        attempts.append(address)
        raise AssertionError("tokens tried to use the network")

    def refuse_lookup(host, *args, **kwargs):
        attempts.append(host)
        raise AssertionError(f"tokens tried to look up {host}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_lookup)
    tokens._load.cache_clear()
    tokens._warned.clear()
    yield
    assert attempts == [], f"tokens tried to reach {attempts}"


def test_estimate_when_encoding_not_cached(tmp_path, caplog):
    caplog.set_level("INFO", logger="plainsum.tokens")
    env = {"TIKTOKEN_CACHE_DIR": str(tmp_path)}
    counter = token_counter("gpt-4o", env=env)
    assert not counter.exact and "not cached" in (counter.note or "")
    assert counter.count("x" * 400) == 100
    token_counter("gpt-4o", env=env)
    assert sum("not cached" in r.message for r in caplog.records) == 1  # warned once


def test_cache_disabled_means_estimate():
    assert encoding_cache_path("o200k_base", {"TIKTOKEN_CACHE_DIR": ""}) is None
    assert not token_counter("gpt-4o", env={"TIKTOKEN_CACHE_DIR": ""}).exact


def test_wrong_file_in_cache_counts_as_absent(tmp_path):
    env = {"TIKTOKEN_CACHE_DIR": str(tmp_path)}
    encoding_cache_path("o200k_base", env).write_bytes(b"not the encoding")
    assert not token_counter("gpt-4o", env=env).exact


def test_tiktoken_used_when_cached(tmp_path, monkeypatch):
    """A cached file with the expected hash is loaded through tiktoken from that folder."""
    env = {"TIKTOKEN_CACHE_DIR": str(tmp_path)}
    data = b"fake encoding file"
    encoding_cache_path("o200k_base", env).write_bytes(data)
    monkeypatch.setitem(tokens.ENCODING_SHA256, "o200k_base", hashlib.sha256(data).hexdigest())
    seen = {}

    class Encoder:
        def encode(self, text, disallowed_special=()):
            return text.split()

    def get_encoding(name):
        import os

        seen["dir"] = os.environ.get("TIKTOKEN_CACHE_DIR")
        return Encoder()

    import tiktoken

    monkeypatch.setattr(tiktoken, "get_encoding", get_encoding)
    counter = token_counter("gpt-4o", env=env)
    assert counter.exact and counter.note is None
    assert counter.count("three small words") == 3
    assert seen["dir"] == str(tmp_path)


def test_unknown_models_use_o200k():
    assert tokens.encoding_name("my-local-llama") == "o200k_base"
    assert tokens.encoding_name("gpt-4") == "cl100k_base"


PAPER = (
    "Background: " + "Old background words about the history of the field. " * 60 + "\n"
    "Methods: " + "We did many careful steps in the lab with cells. " * 60 + "\n"
    "Results: Cells treated with the compound made more myelin than untreated cells.\n"
    "Conclusions: The compound helped cells make myelin in the dish.\n"
    "Limitations: This was done in cells, not in people."
)


def test_fit_keeps_conclusions_and_limitations_and_says_what_was_cut():
    source = parse(PAPER)
    counter = TokenCounter("o200k_base", exact=False)
    fitted = fit_paper(source, 500, counter)
    assert fitted.cut and fitted.tokens <= 500
    assert "Conclusions: The compound helped" in fitted.text
    assert "Limitations: This was done in cells" in fitted.text
    assert "Old background words" not in fitted.text
    assert fitted.notes and "Background" in fitted.notes[0] and "500" in fitted.notes[0]


def test_fit_leaves_short_papers_alone():
    source = parse(PAPER)
    fitted = fit_paper(source, 100_000, TokenCounter("o200k_base", exact=False))
    assert not fitted.cut and fitted.notes == () and fitted.text == source.full_text
