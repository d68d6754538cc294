"""`plainsum compare`: per-metric deltas with paired bootstrap intervals, and the biggest movers."""

from __future__ import annotations

import random

import pytest
from test_eval_fixtures import make_log

from plainsum.cli import main
from plainsum.errors import InputError
from plainsum.evals import compare_runs, save_log
from plainsum.evals.compare import pick_pairs

N = 40


def _runs():
    rng = random.Random(0)
    grade_a = [rng.uniform(7, 11) for _ in range(N)]
    rouge = [rng.uniform(0.2, 0.5) for _ in range(N)]
    # B: grade down by exactly 1 on average; ROUGE unchanged apart from symmetric noise
    grade_b = [g - 1.0 + (0.3 if i % 2 else -0.3) for i, g in enumerate(grade_a)]
    rouge_b = [r + (0.01 if i % 2 else -0.01) for i, r in enumerate(rouge)]
    grade_b[7] += 6.0  # one case got much worse
    a = make_log({"sys": {"fk_grade": grade_a, "rouge1": rouge}}, run_id="run-a")
    b = make_log({"sys": {"fk_grade": grade_b, "rouge1": rouge_b}}, run_id="run-b")
    return a, b


def test_deltas_with_intervals_and_verdicts():
    a, b = _runs()
    [comparison] = compare_runs(a, b)
    assert (comparison.system_a, comparison.system_b, comparison.n_cases) == ("sys", "sys", N)
    deltas = {d.metric: d for d in comparison.deltas}
    grade = deltas["fk_grade"]
    assert grade.interval.delta == pytest.approx(-1.0 + 6.0 / N)
    assert grade.interval.high < 0 and grade.verdict == "better"  # a lower grade is better
    rouge = deltas["rouge1"]
    assert rouge.interval.covers_zero and rouge.verdict == "no clear change"
    assert deltas["gate_passed"].interval.delta == 0.0


def test_worse_is_reported_as_worse():
    a, b = _runs()
    [comparison] = compare_runs(b, a)
    assert {d.metric: d.verdict for d in comparison.deltas}["fk_grade"] == "worse"


def test_case_that_changed_most_comes_first():
    a, b = _runs()
    [comparison] = compare_runs(a, b, top=3)
    assert len(comparison.top_cases) == 3
    assert comparison.top_cases[0].case_key == "d/c7"
    metric, before, after = comparison.top_cases[0].changes[0]
    assert metric == "fk_grade" and after - before == pytest.approx(5.0, abs=0.31)


def test_gate_flips_count_as_changes():
    values = {"sys": {"fk_grade": [8.0, 8.0, 8.0]}}
    a = make_log(values, passed={"sys": [True, True, True]})
    b = make_log(values, passed={"sys": [True, False, True]}, run_id="run-b")
    [comparison] = compare_runs(a, b)
    assert comparison.top_cases[0].case_key == "d/c1"
    assert comparison.top_cases[0].gate == "pass → fail"


def test_system_pairing():
    a = make_log({"x": {"m": [1.0]}, "y": {"m": [2.0]}})
    b = make_log({"y": {"m": [1.0]}, "z": {"m": [2.0]}}, run_id="b")
    assert pick_pairs(a, b) == [("y", "y")]
    assert pick_pairs(a, b, "x", "z") == [("x", "z")]
    assert pick_pairs(a, a, "x", "y") == [("x", "y")]
    with pytest.raises(InputError, match="no system 'nope'"):
        pick_pairs(a, b, "nope", "z")
    only_x = make_log({"x": {"m": [1.0]}})
    only_z = make_log({"z": {"m": [1.0]}})
    assert pick_pairs(only_x, only_z) == [("x", "z")]
    with pytest.raises(InputError, match="share no system"):
        pick_pairs(a, make_log({"p": {"m": [1.0]}, "q": {"m": [1.0]}}))


def test_cli_compare_prints_and_writes_html(tmp_path, capsys):
    a, b = _runs()
    save_log(a, tmp_path / "a")
    save_log(b, tmp_path / "b")
    out = tmp_path / "compare.html"
    code = main(
        ["compare", str(tmp_path / "a"), str(tmp_path / "b" / "log.json"), "--html", str(out)]
    )
    text = capsys.readouterr().out
    assert code == 0
    assert "FK grade" in text and "95% CI" in text and "better" in text and "d/c7" in text
    page = out.read_text()
    assert page.startswith("<!doctype html>") and "FK grade" in page and "d/c7" in page
    assert "<script>" not in page


def test_cli_compare_bad_input_is_one_line(tmp_path, capsys):
    code = main(["compare", str(tmp_path), str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no such run log" in err


def test_latency_noise_does_not_rank_changed_cases():
    a = make_log({"sys": {"latency_s": [0.1, 0.1, 0.1], "fk_grade": [8.0, 8.0, 8.0]}})
    b = make_log({"sys": {"latency_s": [0.1, 9.0, 0.1], "fk_grade": [8.0, 8.0, 6.0]}}, run_id="b")
    [comparison] = compare_runs(a, b)
    assert [c.case_key for c in comparison.top_cases] == ["d/c2"]
    assert "latency_s" in {d.metric for d in comparison.deltas}


def _crash(log, index: int, system: str = "sys"):
    """Case `index` of `log` crashed for `system`: no draft, no scores, an error."""
    from plainsum.evals.runlog import SystemResult

    case = log.cases[index]
    case.results = [
        SystemResult(system=system, error="ModelError: the endpoint kept failing")
        if r.system == system
        else r
        for r in case.results
    ]
    return log


def test_a_crashed_case_is_reported_and_the_count_matches_the_intervals(tmp_path, capsys):
    """Guards `compare` saying '4 paired cases' while its intervals used the 3 both drafted."""
    values = {"sys": {"fk_grade": [8.0, 9.0, 7.0, 8.5]}}
    a = make_log(values)
    b = _crash(make_log({"sys": {"fk_grade": [7.0, 8.0, 6.0, 7.5]}}, run_id="run-b"), 2)
    [comparison] = compare_runs(a, b)
    assert comparison.n_cases == 3
    assert comparison.crashed_in_b == ["d/c2"] and comparison.crashed_in_a == []
    assert {d.metric: d.interval.n for d in comparison.deltas} == {"fk_grade": 3, "gate_passed": 3}
    assert "1 crashed in B (d/c2)" in comparison.left_out()
    save_log(a, tmp_path / "a")
    save_log(b, tmp_path / "b")
    assert main(["compare", str(tmp_path / "a"), str(tmp_path / "b")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "3 paired cases" in out and "crashed in B" in out and "d/c2" in out


def test_cases_in_one_run_only_are_reported():
    a = make_log({"sys": {"fk_grade": [8.0, 9.0, 7.0]}})
    b = make_log({"sys": {"fk_grade": [8.0, 9.0]}}, run_id="run-b")
    [comparison] = compare_runs(a, b)
    assert comparison.n_cases == 2 and comparison.only_in_a == 1 and comparison.only_in_b == 0
    assert "1 cases only in A" in comparison.left_out()


def test_nothing_paired_after_crashes_is_a_clear_error():
    a = _crash(make_log({"sys": {"fk_grade": [8.0]}}), 0)
    b = make_log({"sys": {"fk_grade": [7.0]}}, run_id="run-b")
    with pytest.raises(InputError, match="without crashing"):
        compare_runs(a, b)
