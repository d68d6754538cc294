"""The eval runner: drafts every case with every system, caches drafts, records failures, bounds
concurrency, skips model systems without an endpoint, and writes a versioned log atomically."""

from __future__ import annotations

import json

import pytest
from test_eval_fixtures import FakeDrafter, write_config

from plainsum.errors import InputError
from plainsum.evals import load_eval_config, load_log, run_eval, write_run
from plainsum.evals.runlog import RUNLOG_SCHEMA_VERSION
from plainsum.evals.runner import RunOptions, make_run_id

TWO_SYSTEMS = (
    "[[systems]]\nname = 'fake-a'\nbackend = 'offline'\n"
    "[[systems]]\nname = 'fake-b'\nbackend = 'offline'\ntemperature = 0.9\n"
)


def _options(tmp_path, drafter, **kwargs) -> RunOptions:
    return RunOptions(
        cache_dir=tmp_path / "cache",
        progress=False,
        env={},
        drafter_factory=lambda system, settings: drafter,
        **kwargs,
    )


def test_every_case_is_drafted_and_scored(tmp_path):
    drafter = FakeDrafter()
    config = load_eval_config(write_config(tmp_path, TWO_SYSTEMS))
    log = run_eval(config, _options(tmp_path, drafter))
    assert drafter.calls == 6
    assert [c.case.id for c in log.cases] == ["walk", "mice", "sleep"]
    assert log.schema_version == RUNLOG_SCHEMA_VERSION and log.failures == 0
    for case in log.cases:
        assert [r.system for r in case.results] == ["fake-a", "fake-b"]
        for result in case.results:
            names = {s.name for s in result.scores}
            assert {"gate_passed", "fk_grade", "caveat_coverage", "invented_numbers"} <= names
            assert {"overclaims", "words_total", "rouge1", "latency_s", "cost_usd"} <= names
            assert all(s.explanation for s in result.scores)
    # ROUGE only where the case has a reference
    rouge = {c.case.id: c.results[0].value("rouge1") for c in log.cases}
    assert rouge["sleep"] is None and 0 < rouge["walk"] <= 1
    agg = log.aggregates["fake-a"]
    assert agg["rouge1"].n == 2 and agg["gate_passed"].n == 3
    # every attempt (first draft and repairs) reports 100 tokens in and $0.001
    attempts = log.cases[0].results[0].draft.provenance.attempts
    assert log.cases[0].results[0].value("tokens_in") == 100 * len(attempts)
    assert agg["tokens_in"].mean >= 100 and agg["cost_usd"].mean >= 0.001


def test_rerun_uses_the_cache_and_does_not_redraft(tmp_path):
    config = load_eval_config(write_config(tmp_path, TWO_SYSTEMS))
    first = FakeDrafter()
    log1 = run_eval(config, _options(tmp_path, first))
    assert first.calls == 6 and not any(r.cached for c in log1.cases for r in c.results)
    second = FakeDrafter()
    log2 = run_eval(config, _options(tmp_path, second))
    assert second.calls == 0
    assert all(r.cached for c in log2.cases for r in c.results)
    assert log2.aggregates["fake-a"]["fk_grade"] == log1.aggregates["fake-a"]["fk_grade"]
    # a changed system setting is a different system: it drafts again
    config.systems[1].temperature = 0.1
    third = FakeDrafter()
    run_eval(config, _options(tmp_path, third))
    assert third.calls == 3
    # --no-cache drafts everything
    fourth = FakeDrafter()
    run_eval(config, _options(tmp_path, fourth, use_cache=False))
    assert fourth.calls == 6


def test_repeats_are_cached_separately(tmp_path):
    config = load_eval_config(write_config(tmp_path))
    config.repeats = 2
    drafter = FakeDrafter()
    log = run_eval(config, _options(tmp_path, drafter))
    assert drafter.calls == 6
    assert [r.repeat for r in log.cases[0].results] == [0, 1]
    again = FakeDrafter()
    run_eval(config, _options(tmp_path, again))
    assert again.calls == 0


def test_a_failing_case_is_recorded_and_the_run_goes_on(tmp_path):
    drafter = FakeDrafter(fail_on="QX-4")
    config = load_eval_config(write_config(tmp_path))
    log = run_eval(config, _options(tmp_path, drafter))
    by_id = {c.case.id: c.results[0] for c in log.cases}
    assert by_id["mice"].error == "RuntimeError: the fake drafter was told to fail here"
    assert by_id["mice"].draft is None and by_id["mice"].scores == []
    assert by_id["walk"].draft is not None and by_id["sleep"].draft is not None
    assert log.failures == 1
    assert log.aggregates["fake"]["failed_cases"].mean == 1
    assert log.aggregates["fake"]["gate_passed"].n == 2
    # failures are not cached: the next run tries again
    retry = FakeDrafter()
    run_eval(config, _options(tmp_path, retry))
    assert retry.calls == 1


def test_unparseable_case_is_recorded(tmp_path):
    (tmp_path / "cases.jsonl").write_text('{"id": "short", "text": "Too short to summarise."}\n')
    config = load_eval_config(write_config(tmp_path))
    drafter = FakeDrafter()
    log = run_eval(config, _options(tmp_path, drafter))
    assert drafter.calls == 0
    assert "InputError" in (log.cases[0].results[0].error or "")


def test_a_system_that_cannot_start_fails_its_cases_only(tmp_path):
    config = load_eval_config(write_config(tmp_path, TWO_SYSTEMS))
    good = FakeDrafter()

    def factory(system, settings):
        if system.name == "fake-b":
            raise RuntimeError("no such model")
        return good

    options = _options(tmp_path, good)
    options.drafter_factory = factory
    log = run_eval(config, options)
    assert good.calls == 3
    assert all("no such model" in (c.results[1].error or "") for c in log.cases)
    assert log.failures == 3


@pytest.mark.parametrize("limit", [1, 2])
def test_concurrency_is_bounded(tmp_path, limit):
    drafter = FakeDrafter(delay=0.05)
    config = load_eval_config(write_config(tmp_path, TWO_SYSTEMS))
    run_eval(config, _options(tmp_path, drafter, concurrency=limit, use_cache=False))
    assert drafter.max_in_flight == limit


def test_concurrency_runs_drafts_at_once(tmp_path):
    drafter = FakeDrafter(delay=0.05)
    config = load_eval_config(write_config(tmp_path, TWO_SYSTEMS))
    run_eval(config, _options(tmp_path, drafter, concurrency=8, use_cache=False))
    assert drafter.max_in_flight == 6


def test_model_system_without_endpoint_is_skipped_with_a_note(tmp_path):
    body = "[[systems]]\nname = 'off'\n[[systems]]\nname = 'gpt'\nbackend = 'openai'\nmodel = 'x'\n"
    config = load_eval_config(write_config(tmp_path, body))
    drafter = FakeDrafter()
    log = run_eval(config, _options(tmp_path, drafter))
    skipped = {s.name: s.skipped for s in log.systems}
    assert skipped["off"] is None and "OPENAI_API_KEY" in (skipped["gpt"] or "")
    assert log.active_systems() == ["off"]
    assert all(r.system == "off" for c in log.cases for r in c.results)
    assert "gpt" not in log.aggregates


def test_limit_applies(tmp_path):
    config = load_eval_config(write_config(tmp_path))
    log = run_eval(config, _options(tmp_path, FakeDrafter(), limit=2))
    assert len(log.cases) == 2 and log.run_id.endswith("-n2")


def test_run_id_is_time_plus_config_hash(tmp_path):
    from datetime import UTC, datetime

    config = load_eval_config(write_config(tmp_path))
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    run_id = make_run_id(config, None, when)
    assert run_id == f"20260102T030405Z-{config.digest()}"
    assert make_run_id(config, None, when) == run_id
    config.repeats = 3
    assert make_run_id(config, None, when) != run_id


def test_log_round_trips_and_writes_atomically(tmp_path):
    config = load_eval_config(write_config(tmp_path))
    log = run_eval(config, _options(tmp_path, FakeDrafter()))
    out = tmp_path / "runs" / log.run_id
    log_path, report_path = write_run(log, out)
    assert sorted(p.name for p in out.iterdir()) == ["log.json", "report.html"]  # no temp files
    data = json.loads(log_path.read_text())
    assert data["schema_version"] == RUNLOG_SCHEMA_VERSION and data["kind"] == "plainsum-eval-run"
    assert data["versions"]["plainsum"] and data["config"]["name"] == "test"
    again = load_log(out)
    assert again == load_log(log_path)
    assert again.aggregates == log.aggregates
    assert report_path.read_text().startswith("<!doctype html>")


def test_load_log_refuses_what_is_not_a_run_log(tmp_path):
    with pytest.raises(InputError, match="no such run log"):
        load_log(tmp_path)
    (tmp_path / "log.json").write_text('{"kind": "something else"}')
    with pytest.raises(InputError, match="not a plainsum eval run log"):
        load_log(tmp_path)
    (tmp_path / "log.json").write_text('{"kind": "plainsum-eval-run", "schema_version": "99"}')
    with pytest.raises(InputError, match="schema"):
        load_log(tmp_path)
    (tmp_path / "log.json").write_text("{oops")
    with pytest.raises(InputError, match="not a readable run log"):
        load_log(tmp_path)


def test_offline_cache_key_follows_the_code_but_model_keys_do_not(tmp_path, monkeypatch):
    from plainsum.evals import cache

    config = load_eval_config(
        write_config(
            tmp_path,
            "[[systems]]\nname = 'off'\n[[systems]]\nname = 'gpt'\nbackend = 'openai'\n"
            "model = 'x'\n",
        )
    )
    offline, model = config.systems
    before = (cache.system_key(offline), cache.system_key(model))
    monkeypatch.setattr(cache, "_code_fingerprint", lambda: "changed-code")
    after = (cache.system_key(offline), cache.system_key(model))
    assert before[0] != after[0]  # an improved offline drafter re-drafts
    assert before[1] == after[1]  # editing plainsum's code does not re-bill a model
    renamed = offline.model_copy(update={"name": "renamed"})
    assert cache.system_key(renamed) == after[0]  # the display name is not part of the key


def test_config_hash_follows_content_not_location(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    a = load_eval_config(write_config(first))
    b = load_eval_config(write_config(second))
    assert a.digest() == b.digest()
    (second / "cases.jsonl").write_text('{"id": "x", "text": "changed"}\n')
    assert load_eval_config(second / "eval.toml").digest() != a.digest()


def test_cached_drafts_are_judged_by_the_gate_as_it_is_now(tmp_path, monkeypatch):
    """The draft text is cached, the verdict is not: after the gate changes, a cached draft is
    scored by the new gate (model and offline systems alike), without drafting again."""
    from plainsum import api
    from plainsum.schemas import Finding, Severity

    config = load_eval_config(write_config(tmp_path, TWO_SYSTEMS))
    first = run_eval(config, _options(tmp_path, FakeDrafter()))
    assert all(r.value("findings_claims") == 0.0 for c in first.cases for r in c.results)

    stricter = api.run_checks

    def new_gate(source, summary, design, *, grade=8.0):
        return [
            *stricter(source, summary, design, grade=grade),
            Finding(check="claims", severity=Severity.ERROR, message="newly caught"),
        ]

    monkeypatch.setattr(api, "run_checks", new_gate)
    drafter = FakeDrafter()
    second = run_eval(config, _options(tmp_path, drafter))
    assert drafter.calls == 0 and all(r.cached for c in second.cases for r in c.results)
    for case in second.cases:
        for result in case.results:
            assert result.value("gate_passed") == 0.0
            assert result.value("findings_claims") == 1.0
            assert not result.draft.passed


def test_run_eval_returns_the_log_without_formatting_it(monkeypatch):
    """asyncio.run formats its main task's result on the way out (Python 3.11's signal module
    reprs the SIGINT handler that holds the task): run_eval must not make that the whole log."""
    from plainsum.evals import runner

    class Log:
        shown = 0

        def __repr__(self) -> str:
            Log.shown += 1
            return "Log()"

    made = Log()

    async def fake_arun_eval(config, options=None):
        return made

    monkeypatch.setattr(runner, "arun_eval", fake_arun_eval)
    assert runner.run_eval(None) is made  # type: ignore[arg-type]
    assert Log.shown == 0


@pytest.mark.parametrize(("scorers", "loaded"), [(None, True), (["gate", "lengths"], False)])
def test_rouge_is_imported_before_the_workers_fork(tmp_path, monkeypatch, scorers, loaded):
    """The parent imports rouge-score before it starts the worker processes, so the forked
    workers share one import; a run that does not score ROUGE does not import it."""
    from plainsum.evals import runner

    order: list[str] = []
    monkeypatch.setattr(runner, "load_rouge", lambda: order.append("rouge"))

    class Recording(runner.Engine):
        def start(self) -> None:
            order.append("workers")
            super().start()

    monkeypatch.setattr(runner, "Engine", Recording)
    config = load_eval_config(write_config(tmp_path))
    if scorers is not None:
        config = config.model_copy(update={"scorers": scorers})
    run_eval(config, _options(tmp_path, FakeDrafter(), workers=0))
    assert order == (["rouge", "workers"] if loaded else ["workers"])


def test_a_cases_checks_and_scoring_ask_for_its_worker(tmp_path, monkeypatch):
    """The reading of a case, every check of it and its scoring go to one worker
    (Engine.cpu_for with the case's key), which keeps what it worked out about the paper."""
    from plainsum.evals import runner

    asked: list[tuple[str, str]] = []
    cpu_for = runner.Engine.cpu_for

    async def noting(self, key, fn, /, *args, **kwargs):
        asked.append((key, fn.__name__))
        return await cpu_for(self, key, fn, *args, **kwargs)

    monkeypatch.setattr(runner.Engine, "cpu_for", noting)
    config = load_eval_config(write_config(tmp_path))
    log = run_eval(config, _options(tmp_path, FakeDrafter(), workers=0, use_cache=False))
    keys = {c.case.input_sha256 for c in log.cases}
    assert {name for _, name in asked} == {"read_case", "check", "run_scorers"}
    assert len({key for key, _ in asked}) == len(keys) == 3
