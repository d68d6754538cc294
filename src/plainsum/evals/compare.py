"""Compare two runs (or two systems of one run): per-metric deltas with paired bootstrap CIs,
and the cases that changed most."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from ..errors import InputError
from .report_html import esc, page
from .runlog import RunLog
from .scorers import METRICS
from .stats import (
    DEFAULT_CONFIDENCE,
    DEFAULT_RESAMPLES,
    DEFAULT_SEED,
    PairedInterval,
    paired_bootstrap,
)

# Timing noise says nothing about a case's draft; it does not rank "cases that changed most".
NOT_RANKED = frozenset({"latency_s"})


@dataclass(frozen=True)
class MetricDelta:
    metric: str
    interval: PairedInterval
    verdict: str  # better, worse, changed, no clear change


@dataclass(frozen=True)
class CaseChange:
    case_key: str
    size: float  # sum over metrics of |B - A| in units of that metric's spread
    gate: str  # e.g. "pass → fail"
    changes: list[tuple[str, float, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Comparison:
    run_a: str
    run_b: str
    system_a: str
    system_b: str
    n_cases: int
    confidence: float
    deltas: list[MetricDelta]
    top_cases: list[CaseChange]
    only_in_a: int = 0
    only_in_b: int = 0
    crashed_in_a: list[str] = field(default_factory=list)
    crashed_in_b: list[str] = field(default_factory=list)

    def left_out(self) -> str:
        """What the paired set leaves out, in words ('' when nothing is)."""
        parts = []
        if self.only_in_a or self.only_in_b:
            parts.append(f"{self.only_in_a} cases only in A, {self.only_in_b} only in B")
        for side, keys in (("A", self.crashed_in_a), ("B", self.crashed_in_b)):
            if keys:
                shown = ", ".join(keys[:5]) + (" …" if len(keys) > 5 else "")
                parts.append(f"{len(keys)} crashed in {side} ({shown})")
        return "; ".join(parts)


def pick_pairs(
    a: RunLog, b: RunLog, system_a: str | None = None, system_b: str | None = None
) -> list[tuple[str, str]]:
    """Which systems to compare: those named, else every system both runs share, else the only
    system of each run."""
    sys_a, sys_b = a.active_systems(), b.active_systems()
    if system_a or system_b:
        left, right = system_a or system_b, system_b or system_a
        for name, names, run in ((left, sys_a, a), (right, sys_b, b)):
            if name not in names:
                raise InputError(
                    f"run {run.run_id} has no system {name!r}; it has {', '.join(names) or 'none'}"
                )
        return [(left, right)]  # type: ignore[list-item]
    common = [s for s in sys_a if s in sys_b]
    if common:
        return [(s, s) for s in common]
    if len(sys_a) == 1 and len(sys_b) == 1:
        return [(sys_a[0], sys_b[0])]
    raise InputError(
        "the runs share no system; name the two to compare with --system-a and --system-b"
    )


def _verdict(metric: str, interval: PairedInterval) -> str:
    if interval.covers_zero:
        return "no clear change"
    info = METRICS.get(metric)
    if info is None or info.better is None:
        return "changed"
    up = interval.delta > 0
    return "better" if up == (info.better == "higher") else "worse"


def _gate(run: RunLog, system: str, key: str) -> str:
    for case in run.cases:
        if case.case.key == key:
            results = case.for_system(system)
            if any(r.error for r in results):
                return "error"
            passed = [r.value("gate_passed") for r in results]
            if passed and all(p == 1.0 for p in passed):
                return "pass"
            return "fail" if passed else "-"
    return "-"


def compare_pair(
    a: RunLog,
    b: RunLog,
    system_a: str,
    system_b: str,
    *,
    top: int = 10,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Comparison:
    """Per-metric paired deltas (B - A) over the cases both runs drafted, and the biggest movers.

    A case counts as paired only when both systems drafted it without crashing; cases in one
    run only and cases that crashed are reported, never silently dropped, and `n_cases` is the
    set every interval is computed on (a metric a case has no value for, such as ROUGE without
    a reference, has its own smaller n in its interval).
    """
    keys_a = {c.case.key for c in a.cases}
    keys_b = {c.case.key for c in b.cases}
    crashed_a = _crashed(a, system_a) & keys_b
    crashed_b = _crashed(b, system_b) & keys_a
    paired = (keys_a & keys_b) - crashed_a - crashed_b
    metrics = [m for m in a.metric_names() if m in set(b.metric_names())]
    deltas: list[MetricDelta] = []
    per_case: dict[str, list[tuple[str, float, float, float]]] = {}
    for metric in metrics:
        va, vb = a.case_values(system_a, metric), b.case_values(system_b, metric)
        keys = [k for k in va if k in vb and k in paired]
        if not keys:
            continue
        xs, ys = [va[k] for k in keys], [vb[k] for k in keys]
        interval = paired_bootstrap(xs, ys, resamples=resamples, seed=seed, confidence=confidence)
        deltas.append(MetricDelta(metric, interval, _verdict(metric, interval)))
        if metric in NOT_RANKED:
            continue
        spread = statistics.pstdev(xs + ys) or 1.0
        for key, x, y in zip(keys, xs, ys, strict=True):
            if x != y:
                per_case.setdefault(key, []).append((metric, x, y, abs(y - x) / spread))
    changes = []
    for key, moved in per_case.items():
        moved.sort(key=lambda t: -t[3])
        gate = f"{_gate(a, system_a, key)} → {_gate(b, system_b, key)}"
        flip = 3.0 if gate.split(" → ")[0] != gate.split(" → ")[1] else 0.0
        changes.append(
            CaseChange(
                case_key=key,
                size=round(sum(t[3] for t in moved) + flip, 4),
                gate=gate,
                changes=[(m, x, y) for m, x, y, _ in moved],
            )
        )
    changes.sort(key=lambda c: (-c.size, c.case_key))
    if not keys_a & keys_b:
        raise InputError(f"runs {a.run_id} and {b.run_id} have no case in common")
    if not paired:
        raise InputError(
            f"runs {a.run_id} and {b.run_id} have no case that both drafted without crashing"
        )
    return Comparison(
        run_a=a.run_id,
        run_b=b.run_id,
        system_a=system_a,
        system_b=system_b,
        n_cases=len(paired),
        confidence=confidence,
        deltas=deltas,
        top_cases=changes[:top],
        only_in_a=len(keys_a - keys_b),
        only_in_b=len(keys_b - keys_a),
        crashed_in_a=sorted(crashed_a),
        crashed_in_b=sorted(crashed_b),
    )


def _crashed(run: RunLog, system: str) -> set[str]:
    """Keys of the cases where `system` has no draft because a repeat raised an error."""
    return {
        case.case.key
        for case in run.cases
        if any(r.error for r in case.for_system(system)) or not case.for_system(system)
    }


def compare_runs(
    a: RunLog,
    b: RunLog,
    system_a: str | None = None,
    system_b: str | None = None,
    **kwargs: object,
) -> list[Comparison]:
    """One `Comparison` per system pair (see `pick_pairs`)."""
    return [
        compare_pair(a, b, left, right, **kwargs)  # type: ignore[arg-type]
        for left, right in pick_pairs(a, b, system_a, system_b)
    ]


def _change_text(metric: str, before: float, after: float) -> str:
    info = METRICS.get(metric)
    digits = info.digits if info else 3
    return f"{info.label if info else metric}: {before:.{digits}f} → {after:.{digits}f}"


def _comparison_html(c: Comparison) -> str:
    pct = round(c.confidence * 100)
    rows = []
    for d in c.deltas:
        info = METRICS.get(d.metric)
        digits = info.digits if info else 3
        i = d.interval
        cls = {"better": "up", "worse": "down"}.get(d.verdict, "")
        rows.append(
            f"<tr><th>{esc(info.label if info else d.metric)}</th><td>{i.mean_a:.{digits}f}</td>"
            f"<td>{i.mean_b:.{digits}f}</td><td>{i.delta:+.{digits}f}</td>"
            f"<td>[{i.low:+.{digits}f}, {i.high:+.{digits}f}]</td>"
            f'<td class="{cls}">{esc(d.verdict)}</td></tr>'
        )
    movers = "".join(
        f"<tr><th>{esc(ch.case_key)}</th><td>{esc(ch.gate)}</td>"
        f'<td class="text">{esc("; ".join(_change_text(m, x, y) for m, x, y in ch.changes[:4]))}'
        "</td></tr>"
        for ch in c.top_cases
    )
    extra = f" (left out: {c.left_out()})" if c.left_out() else ""
    return (
        f"<section><h2>{esc(c.system_a)} → {esc(c.system_b)}</h2>"
        f'<p class="meta">A: run {esc(c.run_a)} · B: run {esc(c.run_b)} · {c.n_cases} paired '
        f"cases{esc(extra)} · {pct}% paired bootstrap intervals of the mean difference B − A</p>"
        f"<table><thead><tr><th>metric</th><th>A</th><th>B</th><th>Δ B−A</th><th>{pct}% CI</th>"
        f"<th>verdict</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<h3>Cases that changed most</h3><table><thead><tr><th>case</th><th>gate A → B</th>"
        f"<th>biggest changes</th></tr></thead><tbody>{movers}</tbody></table></section>"
    )


def render_compare_html(comparisons: list[Comparison]) -> str:
    """A self-contained page with every comparison."""
    body = "<h1>plainsum compare</h1>" + "".join(_comparison_html(c) for c in comparisons)
    return page("plainsum compare", body)
