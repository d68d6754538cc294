"""plainsum batch: resumable, deduplicated, a failing paper recorded, outputs inside --out.

Model calls go to the test server on 127.0.0.1; CPU work runs inline (workers=0) except where a
test is about the worker processes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest
from llm_server import LLMServer, completion, error
from openai_cases import FAILING, PAPER, PASSING
from pydantic import SecretStr

from plainsum.batch import engine as engine_module
from plainsum.batch import state as state_module
from plainsum.batch.engine import Engine
from plainsum.batch.job import BatchOptions, run_batch
from plainsum.batch.outputs import line_texts
from plainsum.batch.results import RESULTS_FILE, BatchStatus, read_results
from plainsum.batch.state import STATE_FILE, StateStore
from plainsum.cli import main
from plainsum.settings import Settings

KEY = "sk-test-PLAINSUM-SECRET-batch0001"
LETTERS = "abcdefghij"


def paper(n: int) -> str:
    """PAPER with a keyword line of its own: a different paper the same answer still fits."""
    return f"{PAPER}\nKeywords: sleep, fatigue, clinic {LETTERS[n]}."


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def server():
    srv = LLMServer(default=completion(PASSING)).start()
    yield srv
    srv.stop()


def settings_for(server, tmp_path, **overrides) -> Settings:
    values = dict(
        backend="openai",
        model="plainsum-test-model",
        base_url=server.base_url,
        api_key=SecretStr(KEY),
        log_path=tmp_path / "logs.db",
        max_repairs=0,
        # generous: on a loaded machine a 5 s timeout let the client retry requests the test
        # server had answered (7 requests counted where 4 were sent once)
        timeout=30,
    )
    values.update(overrides)
    return Settings(**values)


def lines(out):
    return read_results((out / RESULTS_FILE).read_text(encoding="utf-8"))


def test_every_paper_is_drafted_with_pages_and_one_line_each(server, tmp_path):
    inputs = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"p{n}", "text": paper(n)} for n in range(4)]
    )
    out = tmp_path / "out"
    totals = run_batch([inputs], settings_for(server, tmp_path), BatchOptions(out, workers=0))
    results = lines(out)
    assert sorted(r.id for r in results) == ["p0", "p1", "p2", "p3"]
    assert {r.status for r in results} == {BatchStatus.PASSED}
    assert all(r.summary and r.summary.headline == PASSING["headline"] for r in results)
    assert all(r.usage.input_tokens == 1200 for r in results)
    for r in results:
        assert (out / "papers" / f"{r.id}.md").read_text().startswith("# ")
        assert "<html" in (out / "papers" / f"{r.id}.html").read_text().lower()
    assert totals.exit_code() == 0 and totals.new == 4 and server.count == 4


def test_a_rerun_skips_what_is_done_and_redrafts_what_changed(server, tmp_path):
    inputs = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"p{n}", "text": paper(n)} for n in range(3)]
    )
    out = tmp_path / "out"
    run_batch([inputs], settings_for(server, tmp_path), BatchOptions(out, workers=0))
    assert server.count == 3
    again = run_batch([inputs], settings_for(server, tmp_path), BatchOptions(out, workers=0))
    assert server.count == 3 and again.reused == 3 and again.new == 0
    write_jsonl(inputs, [{"id": f"p{n}", "text": paper(n + (n == 2))} for n in range(3)])
    changed = run_batch([inputs], settings_for(server, tmp_path), BatchOptions(out, workers=0))
    assert changed.new == 1 and server.count == 4
    other_grade = run_batch(
        [inputs], settings_for(server, tmp_path, grade=7), BatchOptions(out, workers=0)
    )
    assert other_grade.new == 3
    assert sorted(r.id for r in lines(out)) == ["p0", "p1", "p2"]  # no id twice


def test_a_changed_paper_gets_the_pages_of_its_new_draft(tmp_path):
    """Pages are named by id: a paper whose text changed is drafted again and its pages are
    replaced, not left showing the earlier draft."""
    inputs = write_jsonl(tmp_path / "in.jsonl", [{"id": "p0", "text": paper(0)}])
    out = tmp_path / "out"
    for text, answer in ((paper(0), PASSING), (paper(1), FAILING)):
        write_jsonl(inputs, [{"id": "p0", "text": text}])
        srv = LLMServer(default=completion(answer)).start()
        try:
            run_batch([inputs], settings_for(srv, tmp_path), BatchOptions(out, workers=0))
        finally:
            srv.stop()
        for page in ("p0.md", "p0.html"):
            assert answer["headline"] in (out / "papers" / page).read_text()


def test_a_missing_page_is_written_again_from_the_store_with_worker_processes(server, tmp_path):
    inputs = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"p{n}", "text": paper(n)} for n in range(3)]
    )
    out = tmp_path / "out"
    run_batch([inputs], settings_for(server, tmp_path), BatchOptions(out, workers=2))
    (out / "papers" / "p1.html").unlink()
    totals = run_batch([inputs], settings_for(server, tmp_path), BatchOptions(out, workers=2))
    assert totals.reused == 3 and server.count == 3
    for n in range(3):  # the missing page is written again from the state store
        assert PASSING["headline"] in (out / "papers" / f"p{n}.html").read_text()
        assert (out / "papers" / f"p{n}.md").read_text().startswith("# ")


def test_resume_after_a_crash_pays_for_no_answer_twice(server, tmp_path, monkeypatch):
    inputs = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"p{n}", "text": paper(n)} for n in range(5)]
    )
    out = tmp_path / "out"
    real_put = StateStore.put_result
    calls = []

    def crash_on_third(self, result, draft_json=None):
        calls.append(result.key)
        if len(calls) == 3:  # the process dies after the answer, before the result is kept
            raise SystemExit("killed")
        real_put(self, result, draft_json)

    monkeypatch.setattr(StateStore, "put_result", crash_on_third)
    one_at_a_time = BatchOptions(out, workers=0, concurrency=1)
    with pytest.raises(SystemExit):
        run_batch([inputs], settings_for(server, tmp_path), one_at_a_time)
    assert server.count == 3  # p2 was answered (and journaled) just before the "kill"
    monkeypatch.setattr(StateStore, "put_result", real_put)
    totals = run_batch([inputs], settings_for(server, tmp_path), one_at_a_time)
    assert server.count == 5  # p2's answer came from the journal; p3 and p4 were sent
    assert totals.exit_code() == 0
    results = lines(out)
    assert sorted(r.id for r in results) == [f"p{n}" for n in range(5)]
    assert len(set(server.answered.values())) == 1 and max(server.answered.values()) == 1


def test_duplicates_are_drafted_once(server, tmp_path):
    records = [
        {"id": "a", "text": paper(0)},
        {"id": "b", "text": paper(0)},  # the same paper under another id
        {"id": "a", "text": paper(0)},  # the same line twice
        {"id": "c", "text": paper(1)},
    ]
    out = tmp_path / "out"
    totals = run_batch(
        [write_jsonl(tmp_path / "in.jsonl", records)],
        settings_for(server, tmp_path),
        BatchOptions(out, workers=0),
    )
    assert server.count == 2
    results = {r.id: r for r in lines(out)}
    assert sorted(results) == ["a", "b", "c"]
    assert results["a"].key == results["b"].key
    # the shared draft's cost is counted once
    assert results["a"].usage.input_tokens + results["b"].usage.input_tokens == 1200
    assert totals.duplicates == 2


def from_store_alone(out) -> str:
    """results.jsonl as the store alone gives it (no line a run kept)."""
    with StateStore(out) as store:
        return "".join(text + "\n" for _, text in line_texts(store))


@pytest.mark.parametrize(
    "runs",
    [
        # one run: the same paper under two ids, one id twice
        [[("a", 0), ("b", 0), ("a", 0), ("c", 1)]],
        # a later run: a new id for a paper an earlier id owns (it must carry no usage)
        [[("a", 0)], [("b", 0), ("c", 1)]],
        # a later run: an id now names another paper, and a paper moves to a new id
        [[("a", 0), ("b", 1)], [("a", 1), ("c", 0), ("b", 2)]],
    ],
)
def test_the_closing_rewrite_is_the_one_the_store_alone_gives(server, tmp_path, runs):
    out = tmp_path / "out"
    for n, run in enumerate(runs):
        inputs = write_jsonl(
            tmp_path / f"in{n}.jsonl", [{"id": i, "text": paper(p)} for i, p in run]
        )
        run_batch([inputs], settings_for(server, tmp_path), BatchOptions(out, workers=0))
        assert (out / RESULTS_FILE).read_text(encoding="utf-8") == from_store_alone(out)
    owners: dict[str, int] = {}
    for r in lines(out):  # a paper's usage is on its first id only
        owners[r.key] = owners.get(r.key, 0) + (r.usage.input_tokens > 0)
    assert set(owners.values()) == {1}


def test_a_failing_item_is_recorded_and_the_batch_goes_on(server, tmp_path, capsys):
    records = [
        {"id": "short", "text": "Too short to summarise."},
        {"id": "fine", "text": paper(0)},
        {"id": "notext", "title": "nothing else"},
    ]
    inputs = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out"
    code = main(["batch", str(inputs), "--out", str(out), "--workers", "0", "--quiet",
                 "--backend", "openai", "--model", "m", "--base-url", server.base_url,
                 "--no-log"])  # fmt: skip
    assert code == 3
    results = {r.id: r for r in lines(out)}
    assert results["fine"].status == BatchStatus.PASSED
    assert results["short"].status == BatchStatus.ERROR and "words" in results["short"].error
    assert results["notext"].status == BatchStatus.ERROR and results["notext"].summary is None
    err = capsys.readouterr().err
    assert "could not be drafted 2" in err and "Traceback" not in err


def test_a_draft_that_fails_the_gate_exits_1(tmp_path, capsys):
    srv = LLMServer(default=completion(FAILING)).start()
    try:
        inputs = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": paper(0)}])
        code = main(["batch", str(inputs), "--out", str(tmp_path / "o"), "--workers", "0",
                     "--backend", "openai", "--model", "m", "--base-url", srv.base_url,
                     "--max-repairs", "0", "--no-log"])  # fmt: skip
    finally:
        srv.stop()
    assert code == 1
    assert lines(tmp_path / "o")[0].status == BatchStatus.FAILED
    assert "failed the gate 1" in capsys.readouterr().err


def test_a_bad_key_stops_the_batch_with_exit_3(tmp_path, capsys):
    srv = LLMServer(default=error(401, "bad key")).start()
    try:
        inputs = write_jsonl(
            tmp_path / "in.jsonl", [{"id": f"p{n}", "text": paper(n)} for n in range(6)]
        )
        code = main(["batch", str(inputs), "--out", str(tmp_path / "o"), "--workers", "0",
                     "--concurrency", "1", "--backend", "openai", "--model", "m",
                     "--base-url", srv.base_url, "--no-log"])  # fmt: skip
    finally:
        srv.stop()
    assert code == 3
    assert srv.count < 6  # it stopped instead of failing every paper the same way
    assert "stopped early" in capsys.readouterr().err


def test_429s_are_retried_and_no_paper_fails(tmp_path):
    srv = LLMServer(
        default=completion(PASSING), rate_limit_every=2, rate_limit_headers={"retry-after-ms": "5"}
    ).start()
    try:
        inputs = write_jsonl(
            tmp_path / "in.jsonl", [{"id": f"p{n}", "text": paper(n)} for n in range(5)]
        )
        totals = run_batch(
            [inputs], settings_for(srv, tmp_path), BatchOptions(tmp_path / "o", workers=0)
        )
    finally:
        srv.stop()
    assert totals.exit_code() == 0 and totals.counts["passed"] == 5
    assert totals.rate_limited >= 2 and srv.count == 5 + totals.rate_limited


def test_ids_cannot_write_outside_the_folder(server, tmp_path):
    records = [{"id": "../../escape", "text": paper(0)}, {"id": "/etc/passwd", "text": paper(1)}]
    out = tmp_path / "deep" / "out"
    run_batch(
        [write_jsonl(tmp_path / "in.jsonl", records)],
        settings_for(server, tmp_path),
        BatchOptions(out, workers=0),
    )
    written = {p for p in tmp_path.rglob("*") if p.is_file()}
    outside = [p for p in written if out not in p.parents and p.name not in ("in.jsonl",)]
    assert [p for p in outside if p.suffix in (".md", ".html")] == []
    pages = sorted(p.name for p in (out / "papers").iterdir())
    assert len(pages) == 4 and all(".." not in name and "/" not in name for name in pages)
    assert {r.id for r in lines(out)} == {"../../escape", "/etc/passwd"}  # ids kept as given


def test_an_editors_approval_survives_a_rerun(server, tmp_path):
    inputs = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"p{n}", "text": paper(n)} for n in range(2)]
    )
    out = tmp_path / "out"
    run_batch([inputs], settings_for(server, tmp_path), BatchOptions(out, workers=0))
    edited = [r.model_copy(update={"approved": r.id == "p1"}) for r in lines(out)]
    (out / RESULTS_FILE).write_text("".join(r.to_line() + "\n" for r in edited))
    run_batch([inputs], settings_for(server, tmp_path), BatchOptions(out, workers=0))
    assert {r.id: r.approved for r in lines(out)} == {"p0": False, "p1": True}


def test_a_second_batch_on_the_same_folder_is_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with StateStore(out):
        with pytest.raises(Exception, match="another plainsum batch"):
            StateStore(out)
    assert (out / STATE_FILE).is_file()
    assert state_module.StateStore(out).close() is None  # the lock was released


def test_offline_backend_in_worker_processes(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(3):
        (folder / f"paper{n}.txt").write_text(paper(n), encoding="utf-8")
    out = tmp_path / "out"
    totals = run_batch([folder], Settings(backend="offline"), BatchOptions(out, workers=2))
    assert totals.new == 3 and totals.counts["error"] == 0
    assert sorted(r.id for r in lines(out)) == ["paper0", "paper1", "paper2"]


def test_engine_runs_cpu_work_in_other_processes():
    async def pids(workers: int) -> set[int]:
        async with Engine(workers=workers) as engine:
            return {await engine.cpu(os.getpid) for _ in range(4)}

    assert os.getpid() not in asyncio.run(pids(2))
    assert asyncio.run(pids(0)) == {os.getpid()}


def test_a_key_keeps_its_worker_and_new_keys_spread_over_the_workers():
    async def homes() -> tuple[dict[str, int], dict[str, int]]:
        async with Engine(workers=2) as engine:
            first = {k: await engine.cpu_for(k, os.getpid) for k in "abcd"}
            again = {k: await engine.cpu_for(k, os.getpid) for k in "dcba"}
            return first, again

    first, again = asyncio.run(homes())
    assert first == again
    assert len(set(first.values())) == 2 and os.getpid() not in first.values()


WARMED = "PLAINSUM_TEST_WARMED"


WARM_LOADED: list[str] = []


def note_pid() -> None:
    """A warm-up that says which process ran it (a file per process, in the folder WARMED) and
    leaves what it loaded behind."""
    open(os.path.join(os.environ[WARMED], str(os.getpid())), "w").close()  # noqa: SIM115
    WARM_LOADED.append("loaded")


def warm_loaded() -> list[str]:
    return WARM_LOADED


def test_the_warm_up_runs_once_in_the_parent_and_every_forked_worker_has_it(tmp_path, monkeypatch):
    monkeypatch.setenv(WARMED, str(tmp_path))
    monkeypatch.setattr(engine_module, "_warmed", set())  # warmed once a process
    WARM_LOADED.clear()

    async def seen() -> tuple[set[int], list[list[str]]]:
        async with Engine(workers=2, warm=note_pid) as engine:
            pids = {await engine.cpu_for(k, os.getpid) for k in "ab"}
            loaded = [await engine.cpu_for(k, warm_loaded) for k in "ab"]
            return pids, loaded

    workers, loaded = asyncio.run(seen())
    assert len(workers) == 2 and os.getpid() not in workers
    assert [p.name for p in tmp_path.iterdir()] == [str(os.getpid())]  # once, here
    assert loaded == [["loaded"], ["loaded"]]  # each worker forked after it


def test_the_warm_up_loads_wordfreq_before_the_workers_fork():
    """The gate asks wordfreq about a word the lexicon's table does not reproduce ("IL-17"):
    its English list is loaded by the warm-up in the parent, once, not by each worker."""
    code = (
        "import sys; from plainsum.batch import work; "
        "before = 'wordfreq' in sys.modules; work.warm(); "
        "from wordfreq import get_frequency_dict; "
        "print(before, get_frequency_dict.cache_info().currsize > 0)"
    )
    env = {**os.environ, "PLAINSUM_REGEX_CACHE": "0"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.split() == ["False", "True"], done.stderr[-500:]


CHECKED = "PLAINSUM_TEST_CHECKED"
_real_check = None


def recording_check(source, summary, design, grade):
    """work.check that notes which process checked which paper (a line per check)."""
    with open(os.environ[CHECKED], "a", encoding="utf-8") as handle:
        handle.write(f"{source.sha256} {os.getpid()}\n")
    return _real_check(source, summary, design, grade)


def test_every_check_of_a_paper_runs_in_one_worker(tmp_path, monkeypatch):
    """A paper's draft and its repair are checked by the same worker process, which still has
    what the first check worked out about the paper."""
    global _real_check
    from plainsum.batch import work

    _real_check = work.check
    monkeypatch.setattr(work, "check", recording_check)  # before the workers fork
    monkeypatch.setenv(CHECKED, str(tmp_path / "checks.txt"))
    keyed: list[str] = []
    cpu_for = Engine.cpu_for

    async def noting_cpu_for(self, key, fn, /, *args, **kwargs):
        if fn is recording_check:
            keyed.append(key)
        return await cpu_for(self, key, fn, *args, **kwargs)

    monkeypatch.setattr(Engine, "cpu_for", noting_cpu_for)

    def answer(received):  # a failing draft, then a repair that passes
        repair = any(m.get("role") == "assistant" for m in received.body.get("messages", []))
        return completion(PASSING if repair else FAILING)

    srv = LLMServer(default=answer).start()
    try:
        inputs = write_jsonl(
            tmp_path / "in.jsonl", [{"id": f"p{n}", "text": paper(n)} for n in range(4)]
        )
        settings = settings_for(srv, tmp_path, max_repairs=1)
        totals = run_batch([inputs], settings, BatchOptions(tmp_path / "out", workers=2))
    finally:
        srv.stop()
    assert totals.new == 4 and totals.counts["error"] == 0
    checks: dict[str, list[str]] = {}
    for line in (tmp_path / "checks.txt").read_text().splitlines():
        paper_hash, pid = line.split()
        checks.setdefault(paper_hash, []).append(pid)
    assert len(checks) == 4 and all(len(pids) == 2 for pids in checks.values())
    assert all(len(set(pids)) == 1 for pids in checks.values())
    assert len({pids[0] for pids in checks.values()}) == 2  # both workers had papers
    assert len(keyed) == 8 and len(set(keyed)) == 4  # each check asked for its paper's worker
