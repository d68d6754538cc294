"""The provider Batch API path: request files (format, custom_id, splitting), submit and collect
against tests/batch_api_server.py on 127.0.0.1, resuming after a crash without submitting
anything twice, failed lines recorded and retried, and repairs made with normal calls."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from batch_api_server import BatchAPIServer
from llm_server import completion
from openai_cases import FAILING, PAPER, PASSING
from pydantic import SecretStr

from plainsum.batch import api_submit, job
from plainsum.batch.api_collect import CollectOptions, collect_batches
from plainsum.batch.api_files import RequestLine, split_requests
from plainsum.batch.api_ledger import Ledger
from plainsum.batch.api_submit import ApiOptions, submit_batches
from plainsum.batch.job import BatchOptions, run_batch
from plainsum.batch.results import RESULTS_FILE, BatchStatus, read_results
from plainsum.batch.state import StateStore
from plainsum.cli import main
from plainsum.errors import ConfigError
from plainsum.runlog import RunLog
from plainsum.settings import Price, Settings

KEY = "sk-test-PLAINSUM-SECRET-batchapi01"
MODEL = "plainsum-test-model"
PRICE = Price(input=1.0, output=2.0)  # dollars per million tokens
FULL_PRICE = (1200 * 1.0 + 150 * 2.0) / 1e6  # llm_server.completion's default usage
LETTERS = "abcdefghij"


def paper(n: int) -> str:
    return f"{PAPER}\nKeywords: sleep, fatigue, clinic {LETTERS[n]}."


def write_inputs(tmp_path, count: int):
    path = tmp_path / "in.jsonl"
    records = [{"id": f"p{n}", "text": paper(n)} for n in range(count)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def is_repair(body) -> bool:
    return len(body.get("messages") or []) > 2  # a repair or re-ask sends the draft back


def passing(body):
    return completion(PASSING)


def failing_then_fixed(body):
    return completion(PASSING if is_repair(body) else FAILING)


@pytest.fixture
def api():
    servers = []

    def start(answer=passing, **kwargs) -> BatchAPIServer:
        servers.append(BatchAPIServer(answer, **kwargs).start())
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def settings_for(server, tmp_path, **overrides) -> Settings:
    values = dict(
        backend="openai",
        model=MODEL,
        base_url=server.base_url,
        api_key=SecretStr(KEY),
        log_path=tmp_path / "logs.db",
        max_repairs=0,
        timeout=5,
        prices={MODEL: PRICE},
    )
    values.update(overrides)
    return Settings(**values)


class Sleeps:
    def __init__(self) -> None:
        self.seconds: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


def submit(inputs, settings, out, **options):
    return asyncio.run(submit_batches([inputs], settings, ApiOptions(out, **options)))


def collect(settings, out, **options):
    options.setdefault("workers", 0)
    sleeps = Sleeps()
    found = asyncio.run(collect_batches(settings, CollectOptions(out, **options), sleep=sleeps))
    return found, sleeps


def results(out):
    return {r.id: r for r in read_results((out / RESULTS_FILE).read_text(encoding="utf-8"))}


def request_lines(paths):
    return [json.loads(line) for path in paths for line in path.read_text().splitlines()]


# -- request files -------------------------------------------------------------------------


def test_prepare_only_writes_batch_input_lines_keyed_by_the_papers_keys(api, tmp_path):
    server = api()
    out = tmp_path / "out"
    done = submit(write_inputs(tmp_path, 3), settings_for(server, tmp_path), out, prepare_only=True)
    assert server.uploads == 0 and server.created == 0  # nothing was sent
    lines = request_lines(done.written)
    assert done.waiting == done.written and done.requests == 3
    assert all(set(line) == {"custom_id", "method", "url", "body"} for line in lines)
    assert {(line["method"], line["url"]) for line in lines} == {("POST", "/v1/chat/completions")}
    with StateStore(out) as store:
        keys = {row.key for row in store.papers()}
    assert {line["custom_id"] for line in lines} == keys and len(keys) == 3


def test_the_body_is_exactly_what_a_normal_draft_sends(api, tmp_path):
    server = api()
    inputs = write_inputs(tmp_path, 1)
    settings = settings_for(server, tmp_path, response_format="json_schema")
    done = submit(inputs, settings, tmp_path / "api", prepare_only=True)
    run_batch([inputs], settings, BatchOptions(tmp_path / "direct", workers=0))
    assert server.chat_calls == 1
    assert request_lines(done.written)[0]["body"] == server.chat_bodies[0]


def test_files_split_at_the_request_and_size_limits(api, tmp_path):
    server = api()
    settings = settings_for(server, tmp_path)
    by_count = submit(write_inputs(tmp_path, 5), settings, tmp_path / "a", prepare_only=True,
                      max_requests=2)  # fmt: skip
    assert [len(p.read_text().splitlines()) for p in by_count.written] == [2, 2, 1]
    one = len(by_count.written[-1].read_bytes())
    by_size = submit(write_inputs(tmp_path, 5), settings, tmp_path / "b", prepare_only=True,
                     max_bytes=one * 2 + 10)  # fmt: skip
    sizes = [len(p.read_bytes()) for p in by_size.written]
    assert len(sizes) == 3 and max(sizes) <= one * 2 + 10


@pytest.mark.parametrize(
    ("models", "max_requests", "max_bytes", "files"),
    [(["m"] * 3, 5, 10_000, 1), (["m"] * 3, 1, 10_000, 3), (["a", "b", "a"], 5, 10_000, 2),
     (["m"] * 4, 3, 10_000, 2)],
)  # fmt: skip
def test_split_requests_one_model_per_file(models, max_requests, max_bytes, files):
    lines = [RequestLine(f"k{n}", {"model": m, "messages": []}) for n, m in enumerate(models)]
    split, refused = split_requests(lines, max_requests=max_requests, max_bytes=max_bytes)
    assert len(split) == files and not refused
    assert all(len({json.loads(x)["body"]["model"] for x in f.lines}) == 1 for f in split)
    assert sorted(i for f in split for i in f.custom_ids) == sorted(
        f"k{n}" for n in range(len(models))
    )


def test_a_request_larger_than_a_file_is_refused_with_a_reason():
    big = RequestLine("big", {"model": "m", "messages": [{"role": "user", "content": "x" * 500}]})
    split, refused = split_requests([big], max_bytes=100)
    assert split == [] and refused[0][0] == "big" and "bytes" in refused[0][1]


# -- submit and collect ----------------------------------------------------------------------


def test_submit_then_collect_writes_the_normal_outputs_at_half_price(api, tmp_path):
    server = api(polls_to_finish=3)
    out = tmp_path / "out"
    settings = settings_for(server, tmp_path)
    done = submit(write_inputs(tmp_path, 4), settings, out)
    assert server.uploads == 1 and server.created == 1 and done.batch_ids == ["batch_0001"]
    assert server.uploaded_lines == request_lines(done.written)
    found, sleeps = collect(settings, out, poll_seconds=60)
    assert len(sleeps.seconds) == 2 and sleeps.seconds[0] == 60  # in progress twice, then done
    assert found.answered == 4 and not found.failed and not found.running
    assert server.chat_calls == 0  # every first draft came from the batch
    got = results(out)
    assert sorted(got) == ["p0", "p1", "p2", "p3"]
    assert {r.status for r in got.values()} == {BatchStatus.PASSED}
    assert all(r.cost_usd == pytest.approx(FULL_PRICE / 2) for r in got.values())
    for paper_id in got:
        assert (out / "papers" / f"{paper_id}.md").is_file()
        assert (out / "papers" / f"{paper_id}.html").is_file()
    logged = [e for e in RunLog(tmp_path / "logs.db").recent(None) if e.kind == "batch"]
    assert len(logged) == 4 and all(e.cost_usd == pytest.approx(FULL_PRICE / 2) for e in logged)
    assert found.totals is not None and found.totals.exit_code() == 0


def test_collect_without_waiting_reports_running_batches(api, tmp_path):
    server = api(polls_to_finish=5)
    out = tmp_path / "out"
    settings = settings_for(server, tmp_path)
    submit(write_inputs(tmp_path, 2), settings, out)
    found, sleeps = collect(settings, out, wait=False)
    assert found.running == ["batch_0001"] and sleeps.seconds == [] and found.answered == 0
    assert results(out) == {}


def test_a_rerun_after_a_crash_submits_nothing_twice(api, tmp_path, monkeypatch):
    server = api(polls_to_finish=1)
    out = tmp_path / "out"
    inputs = write_inputs(tmp_path, 3)
    settings = settings_for(server, tmp_path)
    real_update = Ledger.update_file

    def crash_after_create(self, name, **values):
        if values.get("status") == "submitted":  # batches.create answered; not yet recorded
            raise SystemExit("killed")
        real_update(self, name, **values)

    monkeypatch.setattr(Ledger, "update_file", crash_after_create)
    with pytest.raises(SystemExit):
        submit(inputs, settings, out)
    monkeypatch.setattr(Ledger, "update_file", real_update)
    assert server.uploads == 1 and server.created == 1
    again = submit(inputs, settings, out)  # finds the batch the provider already has
    assert server.uploads == 1 and server.created == 1 and again.batch_ids == ["batch_0001"]
    assert submit(inputs, settings, out).batch_ids == []  # every paper is in a batch already
    real_put = StateStore.put_result
    calls = []

    def crash_on_second(self, result, draft_json=None):
        calls.append(result.key)
        if len(calls) == 2:
            raise SystemExit("killed")
        real_put(self, result, draft_json)

    monkeypatch.setattr(StateStore, "put_result", crash_on_second)
    with pytest.raises(SystemExit):
        collect(settings, out, concurrency=1)
    monkeypatch.setattr(StateStore, "put_result", real_put)
    collect(settings, out)
    assert server.uploads == 1 and server.created == 1 and server.chat_calls == 0
    assert sorted(results(out)) == ["p0", "p1", "p2"]


def test_failed_lines_are_recorded_and_can_be_retried(api, tmp_path):
    server = api(polls_to_finish=1, fail_lines={1: "error", 2: 500})
    out = tmp_path / "out"
    settings = settings_for(server, tmp_path)
    submit(write_inputs(tmp_path, 4), settings, out)
    found, _ = collect(settings, out)
    assert found.answered == 2 and sorted(p for p, _ in found.failed) == ["p1", "p2"]
    got = results(out)
    assert got["p1"].status == BatchStatus.ERROR and "test failure" in (got["p1"].error or "")
    assert got["p2"].status == BatchStatus.ERROR and "500" in (got["p2"].error or "")
    assert got["p0"].status == got["p3"].status == BatchStatus.PASSED
    assert server.chat_calls == 0 and found.unresolved == 2
    rerun, _ = collect(settings, out)  # a plain rerun does not pay for the failed ones
    assert server.chat_calls == 0 and rerun.unresolved == 2 and not rerun.failed
    retried, _ = collect(settings, out, retry_failed=True)
    assert retried.unresolved == 0
    assert server.chat_calls == 2 and retried.totals is not None and retried.totals.new == 2
    assert {r.status for r in results(out).values()} == {BatchStatus.PASSED}


def test_failed_lines_go_into_a_new_batch_when_submitted_again(api, tmp_path):
    server = api(polls_to_finish=1, fail_lines={0: "error"})
    out = tmp_path / "out"
    inputs = write_inputs(tmp_path, 2)
    settings = settings_for(server, tmp_path)
    submit(inputs, settings, out)
    collect(settings, out)
    server.fail_lines = {}
    again = submit(inputs, settings, out)
    assert again.requests == 1 and server.created == 2
    collect(settings, out)
    assert {r.status for r in results(out).values()} == {BatchStatus.PASSED}


def test_drafts_failing_the_gate_are_repaired_with_normal_calls(api, tmp_path):
    server = api(failing_then_fixed, polls_to_finish=1)
    out = tmp_path / "out"
    settings = settings_for(server, tmp_path, max_repairs=1)
    submit(write_inputs(tmp_path, 2), settings, out)
    found, _ = collect(settings, out)
    assert server.chat_calls == 2 and all(is_repair(b) for b in server.chat_bodies)
    got = results(out)
    assert {r.status for r in got.values()} == {BatchStatus.PASSED}
    # the batch answer at half price, the repair at full price
    assert all(r.cost_usd == pytest.approx(FULL_PRICE * 1.5) for r in got.values())


def test_cli_prepare_only_submit_and_collect(api, tmp_path, capsys):
    server = api(polls_to_finish=1)
    out = tmp_path / "out"
    inputs = write_inputs(tmp_path, 2)
    common = ["--backend", "openai", "--model", MODEL, "--base-url", server.base_url,
              "--no-log", "--max-repairs", "0"]  # fmt: skip
    code = main(["batch", str(inputs), "--out", str(out), "--via", "batch-api", "--prepare-only",
                 *common])  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0 and server.uploads == 0
    assert printed.out.strip() == str(out / "batch-api" / "requests-0001.jsonl")
    assert "batch-api" in printed.err
    code = main(["batch", str(inputs), "--out", str(out), "--via", "batch-api", *common])
    err = capsys.readouterr().err
    assert code == 0 and "batch_0001" in err and server.created == 1
    code = main(["batch", "collect", str(out), "--poll-seconds", "0", *common])
    err = capsys.readouterr().err
    assert code == 0, err
    assert sorted(results(out)) == ["p0", "p1"]


def test_cli_collect_on_a_folder_with_no_batch_is_one_line(tmp_path, capsys):
    code = main(["batch", "collect", str(tmp_path), "--backend", "openai", "--model", MODEL,
                 "--base-url", "http://127.0.0.1:9/v1"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "holds no batch" in err and "Traceback" not in err


# -- a cassette recorded from the test server ------------------------------------------------

CASSETTE = (
    Path(__file__).parent
    / "cassettes"
    / "test_batch_api"
    / "test_cassette_replays_submit_and_collect.yaml"
)


@pytest.mark.vcr
def test_cassette_replays_submit_and_collect(api, tmp_path, monkeypatch, record_mode):
    """Recorded with --record-mode=rewrite; replayed (CI) with the server stopped, so every
    upload, batch and download comes from the cassette."""
    # Keys from the paper alone, so the cassette's custom_ids survive a prompt or version change.
    monkeypatch.setattr(api_submit, "spec_digest", lambda spec: "cassette")
    monkeypatch.setattr(job, "spec_digest", lambda spec: "cassette")
    server = api(polls_to_finish=2)
    settings = settings_for(server, tmp_path)
    if record_mode == "none":
        server.stop()
    out = tmp_path / "out"
    submit(write_inputs(tmp_path, 2), settings, out)
    found, sleeps = collect(settings, out)
    assert found.answered == 2 and len(sleeps.seconds) == 1
    got = results(out)
    assert sorted(got) == ["p0", "p1"] and {r.status for r in got.values()} == {BatchStatus.PASSED}
    assert all(r.cost_usd == pytest.approx(FULL_PRICE / 2) for r in got.values())
    if record_mode != "none":
        assert server.created == 1
    text = CASSETTE.read_text(encoding="utf-8") if CASSETTE.exists() else ""
    assert KEY not in text and "authorization" not in text.lower()


def test_an_expired_batch_keeps_its_answers_and_records_the_rest(api, tmp_path):
    server = api(polls_to_finish=1, expire_after=2)
    out = tmp_path / "out"
    settings = settings_for(server, tmp_path)
    submit(write_inputs(tmp_path, 3), settings, out)
    found, _ = collect(settings, out)
    assert found.answered == 2 and [p for p, _ in found.failed] == ["p2"]
    assert "expired" in found.failed[0][1]
    got = results(out)
    assert got["p2"].status == BatchStatus.ERROR and "expired" in (got["p2"].error or "")
    assert got["p0"].status == got["p1"].status == BatchStatus.PASSED


def test_collect_says_how_far_a_running_batch_is(api, tmp_path):
    server = api(polls_to_finish=3)
    out = tmp_path / "out"
    settings = settings_for(server, tmp_path)
    submit(write_inputs(tmp_path, 1), settings, out)
    said: list[str] = []
    collect(settings, out, on_status=said.append)
    assert said == ["batch_0001: in_progress", "batch_0001: in_progress"]


def test_the_batch_api_needs_a_model_endpoint(tmp_path):
    with pytest.raises(ConfigError, match="needs a model endpoint"):
        submit(write_inputs(tmp_path, 1), Settings(backend="offline"), tmp_path / "out")


def test_cli_collect_exits_3_while_a_failed_line_has_no_draft(api, tmp_path, capsys):
    server = api(polls_to_finish=1, fail_lines={0: "error"})
    out = tmp_path / "out"
    common = ["--backend", "openai", "--model", MODEL, "--base-url", server.base_url,
              "--no-log", "--max-repairs", "0"]  # fmt: skip
    main(["batch", str(write_inputs(tmp_path, 2)), "--out", str(out), "--via", "batch-api",
          *common])  # fmt: skip
    assert main(["batch", "collect", str(out), *common]) == 3
    assert "p0: the Batch API failed this request" in capsys.readouterr().err
    assert main(["batch", "collect", str(out), *common]) == 3  # still no draft for p0
    assert main(["batch", "collect", str(out), "--retry-failed", *common]) == 0
