"""The aggregate table: every metric's values per case, asked all at once (`system_values`), are
those asked metric by metric (`case_values`), whatever the scores hold."""

from __future__ import annotations

import pytest

from plainsum.evals.runlog import (
    CaseInfo,
    CaseResult,
    RunLog,
    SystemInfo,
    SystemResult,
    aggregate,
)
from plainsum.evals.scorers import Score


def _result(system: str, repeat: int, scores: list[tuple[str, float | None]]) -> SystemResult:
    return SystemResult(
        system=system,
        repeat=repeat,
        scores=[Score(name=n, value=v, explanation="") for n, v in scores],
    )


def _case(key: str, results: list[SystemResult]) -> CaseResult:
    return CaseResult(
        case=CaseInfo(id=key, dataset="d", text="An abstract.", input_sha256=key),
        results=results,
    )


CASES = {
    "repeats averaged": [
        _case("c0", [_result("a", 0, [("grade", 7.0)]), _result("a", 1, [("grade", 8.5)])]),
        _case("c1", [_result("a", 0, [("grade", 9.0)])]),
    ],
    "a missing value is left out": [
        _case("c0", [_result("a", 0, [("grade", None), ("rouge1", 0.3)])]),
        _case("c1", [_result("a", 0, [("grade", 6.0)]), _result("a", 1, [("grade", None)])]),
    ],
    "a metric's first score is its value": [
        _case("c0", [_result("a", 0, [("grade", 7.0), ("grade", 1.0)])]),
        _case("c1", [_result("a", 0, [("grade", None), ("grade", 4.0)])]),
    ],
    "other systems and errors": [
        _case("c0", [_result("b", 0, [("grade", 3.0)]), SystemResult(system="a", error="x")]),
        _case("c1", [_result("a", 0, [("rouge1", 0.2)]), _result("b", 0, [("grade", 5.0)])]),
    ],
    "the same case key twice": [
        _case("c0", [_result("a", 0, [("grade", 7.0)])]),
        _case("c1", [_result("a", 0, [("grade", 2.0)])]),
        _case("c0", [_result("a", 0, [("grade", 9.0), ("rouge1", 0.5)])]),
    ],
}


def _log(cases: list[CaseResult]) -> RunLog:
    return RunLog(
        run_id="r",
        config={"name": "t"},
        systems=[SystemInfo(name="a", backend="offline"), SystemInfo(name="b", backend="offline")],
        cases=cases,
    )


@pytest.mark.parametrize("name", list(CASES))
def test_all_metrics_at_once_are_each_metric_asked_alone(name):
    log = _log(CASES[name])
    for system in ("a", "b"):
        at_once = log.system_values(system)
        for metric in log.metric_names():
            alone = log.case_values(system, metric)
            assert list(at_once.get(metric, {}).items()) == list(alone.items())


def test_aggregate_means_and_counts():
    table = aggregate(_log(CASES["repeats averaged"]))
    assert table["a"]["grade"].mean == pytest.approx((7.75 + 9.0) / 2)
    assert table["a"]["grade"].n == 2
    assert table["b"]["grade"].n == 0 and table["b"]["grade"].mean is None
