"""The state store's grouped commits: papers' and results' rows may wait for the next commit,
model answers never do, so a kill loses only work that the answers let a rerun redo for free."""

import os
import sqlite3

from plainsum.batch.results import BatchResult, BatchStatus, SourceMeta
from plainsum.batch.state import STATE_FILE, StateStore
from plainsum.drafters.chat import Answer
from plainsum.schemas import Usage

ANSWER = Answer(
    raw='{"headline": "x"}', finish_reason="stop", refusal=None, model="m", usage=Usage()
)


def rows(folder, table):
    """What another process reading the file would see now (committed rows only)."""
    with sqlite3.connect(folder / STATE_FILE) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def put_rows(store, key):
    store.put_paper(f"id-{key}", key, SourceMeta(title="A title"))
    store.put_result(BatchResult(id="", key=key, status=BatchStatus.PASSED))


def kill(store):
    """What SIGKILL leaves: the connection gone without a commit, the lock released."""
    store.db.close()
    os.close(store._lock_fd)


def test_rows_wait_for_the_group_and_are_read_back_before_it(tmp_path):
    store = StateStore(tmp_path, group_seconds=3600)
    put_rows(store, "k1")
    assert rows(tmp_path, "results") == 0  # not committed yet
    assert store.result("k1") is not None  # but this store reads its own rows
    store.close()
    assert rows(tmp_path, "results") == 1 and rows(tmp_path, "papers") == 1


def test_an_answer_commits_at_once_with_the_rows_waiting(tmp_path):
    store = StateStore(tmp_path, group_seconds=3600)
    put_rows(store, "k1")
    store.put("request-1", ANSWER)
    assert rows(tmp_path, "answers") == 1 and rows(tmp_path, "results") == 1
    put_rows(store, "k2")
    kill(store)
    again = StateStore(tmp_path)
    assert again.get("request-1") == ANSWER  # the paid answer survives the kill
    assert again.result("k1") is not None and again.result("k2") is None  # k2 is redone
    again.close()


def test_rows_commit_once_the_group_time_has_passed(tmp_path):
    store = StateStore(tmp_path, group_seconds=1e-9)
    put_rows(store, "k1")
    assert rows(tmp_path, "results") == 1
    kill(store)


def test_without_a_group_every_row_commits_at_once(tmp_path):
    store = StateStore(tmp_path)
    put_rows(store, "k1")
    assert rows(tmp_path, "results") == 1 and rows(tmp_path, "papers") == 1
    store.close()
