"""Terminal reports: a rich table of metrics x systems with the best value marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table

from .report_html import best_systems, fmt
from .runlog import RunLog
from .scorers import METRICS

if TYPE_CHECKING:
    from .compare import Comparison


def run_table(log: RunLog) -> Table:
    """Metrics down, systems across; ★ marks the best mean of each row."""
    systems = log.active_systems()
    name = log.config.get("name", "eval")
    table = Table(title=f"{name}: {len(log.cases)} cases", caption=f"run {log.run_id}")
    table.add_column("metric")
    for system in systems:
        table.add_column(system, justify="right")
    for metric in [*log.metric_names(), "failed_cases"]:
        row = {s: log.aggregates.get(s, {}).get(metric) for s in systems}
        best = best_systems(row, metric)
        info = METRICS.get(metric)
        arrow = {"higher": " ↑", "lower": " ↓"}.get((info.better or "") if info else "", "")
        label = (info.label if info else metric.replace("_", " ")) + arrow
        cells = []
        for system, agg in row.items():
            text = fmt(agg.mean if agg else None, info if metric != "failed_cases" else None)
            if metric == "failed_cases" and agg and agg.mean is not None:
                text = f"{agg.mean:.0f}"
            cells.append(f"[bold green]{text} ★[/]" if system in best else text)
        table.add_row(label, *cells)
    return table


def compare_table(comparison: Comparison) -> Table:
    """Per-metric means of A and B, the delta B - A and its confidence interval."""
    c = comparison
    pct = round(c.confidence * 100)
    table = Table(
        title=f"{c.system_a} → {c.system_b}: {c.n_cases} paired cases",
        caption=(
            f"A: run {c.run_a} · B: run {c.run_b} · seeded paired bootstrap"
            + (f"\nleft out: {c.left_out()}" if c.left_out() else "")
        ),
    )
    for name, justify in (
        ("metric", "left"),
        ("A", "right"),
        ("B", "right"),
        ("Δ B-A", "right"),
        (f"{pct}% CI", "right"),
        ("verdict", "left"),
    ):
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    table.add_column("n", justify="right", no_wrap=True)
    for d in c.deltas:
        info = METRICS.get(d.metric)
        digits = info.digits if info else 3
        style = {"better": "green", "worse": "red"}.get(d.verdict, "")
        verdict = f"[{style}]{d.verdict}[/]" if style else d.verdict
        i = d.interval
        table.add_row(
            info.label if info else d.metric,
            f"{i.mean_a:.{digits}f}",
            f"{i.mean_b:.{digits}f}",
            f"{i.delta:+.{digits}f}",
            f"[{i.low:+.{digits}f}, {i.high:+.{digits}f}]",
            verdict,
            str(i.n),
        )
    return table


def changes_table(comparison: Comparison) -> Table:
    """The cases that changed most between A and B."""
    table = Table(title="cases that changed most")
    table.add_column("case")
    table.add_column("gate A→B")
    table.add_column("biggest changes")
    for change in comparison.top_cases:
        parts = []
        for metric, a, b in change.changes[:3]:
            info = METRICS.get(metric)
            digits = info.digits if info else 3
            parts.append(f"{info.label if info else metric}: {a:.{digits}f} → {b:.{digits}f}")
        table.add_row(change.case_key, change.gate, "; ".join(parts))
    return table
