"""compare's smaller rules as tables: what the 'left out' line says, the gate column, verdicts,
which systems are paired, and how the cases that changed most are ranked.

Written after a mutation run (bench/mutation.py, issue 13) showed each could change without a
test failing.
"""

from __future__ import annotations

import statistics

import pytest
from test_eval_compare import _crash
from test_eval_fixtures import make_log

from plainsum.errors import InputError
from plainsum.evals import compare_runs
from plainsum.evals.compare import Comparison, _gate, _verdict, pick_pairs
from plainsum.evals.stats import PairedInterval


def _comparison(**fields) -> Comparison:
    base = dict(
        run_a="a", run_b="b", system_a="s", system_b="s", n_cases=3, confidence=0.95,
        deltas=[], top_cases=[],
    )  # fmt: skip
    return Comparison(**{**base, **fields})


@pytest.mark.parametrize(
    "fields, said",
    [
        ({}, ""),
        ({"only_in_a": 2, "only_in_b": 1}, "2 cases only in A, 1 only in B"),
        ({"only_in_b": 3}, "0 cases only in A, 3 only in B"),
        (
            {"crashed_in_a": [f"d/c{i}" for i in range(7)], "crashed_in_b": ["d/z"]},
            "7 crashed in A (d/c0, d/c1, d/c2, d/c3, d/c4 …); 1 crashed in B (d/z)",
        ),
        (
            {"only_in_a": 1, "crashed_in_b": [f"k{i}" for i in range(5)]},
            "1 cases only in A, 0 only in B; 5 crashed in B (k0, k1, k2, k3, k4)",
        ),
        ({"crashed_in_a": [f"k{i}" for i in range(6)]}, "6 crashed in A (k0, k1, k2, k3, k4 …)"),
    ],
)
def test_left_out_says_what_the_paired_set_leaves_out(fields, said):
    """Five crashed keys are named in full; from six on, five and '…'."""
    assert _comparison(**fields).left_out() == said


def test_gate_column():
    log = make_log({"s": {"m": [1.0, 2.0, 3.0]}}, passed={"s": [True, False, True]})
    log = _crash(log, 2, "s")
    assert [_gate(log, "s", key) for key in ("d/c0", "d/c1", "d/c2", "d/nope")] == [
        "pass",
        "fail",
        "error",
        "-",
    ]


def _interval(delta: float, low: float, high: float) -> PairedInterval:
    return PairedInterval(n=5, mean_a=1.0, mean_b=1.0 + delta, delta=delta, low=low, high=high,
                          confidence=0.95)  # fmt: skip


@pytest.mark.parametrize(
    "metric, interval, verdict",
    [
        ("fk_grade", _interval(-1.0, -2.0, -0.5), "better"),  # lower is better
        ("fk_grade", _interval(1.0, 0.5, 2.0), "worse"),
        ("rouge1", _interval(0.1, 0.05, 0.2), "better"),  # higher is better
        ("rouge1", _interval(-0.1, -0.2, -0.05), "worse"),
        ("words_total", _interval(5.0, 2.0, 8.0), "changed"),  # no better direction
        ("a_metric_nobody_knows", _interval(5.0, 2.0, 8.0), "changed"),
        ("fk_grade", _interval(-0.1, -0.4, 0.2), "no clear change"),
    ],
)
def test_verdicts(metric, interval, verdict):
    assert _verdict(metric, interval) == verdict


def test_pairing_by_name_or_by_the_only_system():
    a = make_log({"x": {"m": [1.0]}, "y": {"m": [2.0]}})
    b = make_log({"z": {"m": [1.0]}}, run_id="b")
    assert pick_pairs(a, a, "x") == [("x", "x")]  # one name: the same system in both
    with pytest.raises(InputError) as caught:
        pick_pairs(a, b, None, "z")  # one name, given for B: looked for in A too
    assert str(caught.value) == "run run-a has no system 'z'; it has x, y"
    with pytest.raises(InputError) as caught:
        pick_pairs(a, b, "x", "y")
    assert str(caught.value) == "run b has no system 'y'; it has z"
    with pytest.raises(InputError) as caught:
        pick_pairs(a, b)  # two systems against one, none shared: no guess
    assert str(caught.value) == (
        "the runs share no system; name the two to compare with --system-a and --system-b"
    )


def test_compare_runs_passes_the_names_and_options_on():
    a = make_log({"x": {"m": [1.0, 2.0, 3.0, 4.0]}, "y": {"m": [2.0, 2.5, 3.5, 6.0]}})
    [c] = compare_runs(a, a, "x", "y", confidence=0.8, resamples=50, seed=3)
    assert (c.run_a, c.run_b, c.system_a, c.system_b) == ("run-a", "run-a", "x", "y")
    interval = {d.metric: d.interval for d in c.deltas}["m"]
    assert interval.confidence == 0.8
    again = compare_runs(a, a, "x", "y", confidence=0.8, resamples=50, seed=4)[0]
    assert {d.metric: d.interval for d in again.deltas}["m"] != interval  # the seed is used
    more = compare_runs(a, a, "x", "y", confidence=0.8, resamples=400, seed=3)[0]
    assert {d.metric: d.interval for d in more.deltas}["m"] != interval  # so are resamples


def test_runs_with_no_case_in_common():
    a = make_log({"s": {"m": [1.0]}})
    b = make_log({"s": {"m": [1.0, 2.0]}}, run_id="b")
    b.cases = b.cases[1:]
    with pytest.raises(InputError) as caught:
        compare_runs(a, b)
    assert str(caught.value) == "runs run-a and b have no case in common"


def test_movers_are_ranked_by_spread_units_plus_three_for_a_gate_flip():
    grade_a = [8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0]
    grade_b = [8.0, 9.0, 10.0, 8.5, 11.0, 8.25, 9.5, 12.0, 8.75, 10.5, 9.25, 13.0]
    rouge_a = [0.3] * 12
    rouge_b = [0.3, 0.35, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3]
    passed_b = [True] * 12
    passed_b[3] = False  # case 3 moved little but flipped the gate
    a = make_log({"s": {"fk_grade": grade_a, "rouge1": rouge_a}})
    b = make_log({"s": {"fk_grade": grade_b, "rouge1": rouge_b}}, run_id="b",
                 passed={"s": passed_b})  # fmt: skip
    [c] = compare_runs(a, b)
    assert len(c.top_cases) == 10  # ten by default, of eleven that changed
    spread = statistics.pstdev(grade_a + grade_b)
    sizes = {ch.case_key: ch.size for ch in c.top_cases}
    gate_spread = statistics.pstdev([1.0] * 12 + [1.0 if ok else 0.0 for ok in passed_b])
    # grade, gate score (each in its own spread's units), and 3 for the flip
    assert sizes["d/c3"] == round(0.5 / spread + 1.0 / gate_spread + 3.0, 4)
    assert sizes["d/c11"] == round(5.0 / spread, 4)
    order = [ch.size for ch in c.top_cases]
    assert order == sorted(order, reverse=True) and c.top_cases[0].case_key == "d/c3"
    rouge_spread = statistics.pstdev(rouge_a + rouge_b)
    first_change = {ch.case_key: ch.changes[0] for ch in c.top_cases}["d/c1"]
    # case 1 moved 1.0 in grade and 0.05 in ROUGE: the bigger in spread units comes first
    big = "rouge1" if 0.05 / rouge_spread > 1.0 / spread else "fk_grade"
    assert first_change[0] == big
