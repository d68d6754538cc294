"""evals.background: a file written by a forked child comes out as write_atomic writes it."""

from __future__ import annotations

import os
import time

import pytest

from plainsum.errors import PlainsumError
from plainsum.evals import background
from plainsum.files import write_atomic
from plainsum.redact import REDACTED

KEY = "sk-test-Background9Write7Key"


def test_the_file_is_what_write_atomic_writes_scrubbed_too(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    text = f"a log that echoes the key {KEY} and {KEY[:9]}\n" * 1000
    wait = background.write_in_background(tmp_path / "log.json", text)
    assert wait() == tmp_path / "log.json"
    write_atomic(tmp_path / "direct.json", text)
    written = (tmp_path / "log.json").read_text()
    assert written == (tmp_path / "direct.json").read_text()
    assert KEY not in written and REDACTED in written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["direct.json", "log.json"]


def test_the_parent_writes_what_the_child_could_not(tmp_path, monkeypatch):
    parent = os.getpid()
    real = background.write_atomic

    def fails_in_the_child(path, text):
        if os.getpid() != parent:
            raise OSError("no room")
        return real(path, text)

    monkeypatch.setattr(background, "write_atomic", fails_in_the_child)
    wait = background.write_in_background(tmp_path / "log.json", "the whole log\n")
    wait()
    assert (tmp_path / "log.json").read_text() == "the whole log\n"


def test_a_write_that_cannot_be_done_raises_in_the_parent(tmp_path):
    (tmp_path / "log.json").mkdir()  # a folder where the file should go
    wait = background.write_in_background(tmp_path / "log.json", "text")
    with pytest.raises(PlainsumError):
        wait()


def test_a_child_that_never_answers_is_stopped_and_the_parent_writes(tmp_path, monkeypatch):
    parent = os.getpid()
    real = background.write_atomic

    def hangs_in_the_child(path, text):
        if os.getpid() != parent:
            time.sleep(60)  # a lock that will never be released
        return real(path, text)

    monkeypatch.setattr(background, "write_atomic", hangs_in_the_child)
    wait = background.write_in_background(tmp_path / "log.json", "the whole log\n", timeout=0.5)
    wait()
    assert (tmp_path / "log.json").read_text() == "the whole log\n"
