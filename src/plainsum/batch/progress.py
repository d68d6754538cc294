"""The batch's progress bar on stderr (rich) and its closing summary."""

from __future__ import annotations

from typing import Any

from ..progress import ProgressBar
from .job import BatchTotals
from .results import BatchStatus


def money(value: float | None) -> str:
    return "n/a" if value is None else f"${value:.4f}"


class BatchProgress(ProgressBar):
    """done/total, rate, ETA, failures, tokens and running cost; nothing when disabled."""

    def __init__(self, enabled: bool, console: Any = None) -> None:
        super().__init__("batch", enabled=enabled, console=console)

    def update_totals(self, totals: BatchTotals) -> None:
        failures = totals.counts[BatchStatus.FAILED] + totals.counts[BatchStatus.ERROR]
        u = totals.usage
        note = (
            f"failed {failures} · tokens {u.input_tokens + u.output_tokens:,} · "
            f"{money(u.cost_usd) if u.cost_usd is not None else '$0'}"
        )
        if totals.rate_limited:
            note += f" · 429s {totals.rate_limited}"
        self.update(note, completed=totals.done, total=totals.total)


def summary_lines(totals: BatchTotals, out: str) -> list[str]:
    """The closing summary: what was drafted, how it fared, what it cost, where it went."""
    c = totals.counts
    u = totals.usage
    lines = [
        f"{totals.done} papers in {totals.seconds:.1f} s: {totals.new} drafted now, "
        f"{totals.reused} already done, {totals.duplicates} duplicates",
        f"passed {c['passed']}, needs review {c['needs_review']}, failed the gate {c['failed']}, "
        f"could not be drafted {c['error']}",
        f"{totals.requests} model requests ({totals.rate_limited} answered 429), tokens in "
        f"{u.input_tokens:,} / out {u.output_tokens:,}, cost {money(u.cost_usd)}",
        f"wrote {out}/results.jsonl and a page per paper in {out}/papers/",
    ]
    if totals.fatal:
        lines.insert(0, f"stopped early: {totals.fatal}")
    return lines
