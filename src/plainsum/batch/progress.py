"""The batch's progress bar on stderr (rich) and its closing summary."""

from __future__ import annotations

from typing import Any

from .job import BatchTotals
from .results import BatchStatus


def money(value: float | None) -> str:
    return "n/a" if value is None else f"${value:.4f}"


class BatchProgress:
    """done/total, rate, ETA, failures, tokens and running cost; nothing when disabled."""

    def __init__(self, enabled: bool) -> None:
        self._bar: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("[bold]batch[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[note]}"),
            console=Console(stderr=True),
            transient=False,
        )
        self._task = self._bar.add_task("batch", total=None, rate="", note="")

    def __enter__(self) -> BatchProgress:
        if self._bar:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar:
            self._bar.stop()

    def update(self, totals: BatchTotals) -> None:
        if not self._bar:
            return
        task = self._bar.tasks[0]
        rate = task.speed
        failures = totals.counts[BatchStatus.FAILED] + totals.counts[BatchStatus.ERROR]
        u = totals.usage
        note = (
            f"failed {failures} · tokens {u.input_tokens + u.output_tokens:,} · "
            f"{money(u.cost_usd) if u.cost_usd is not None else '$0'}"
        )
        if totals.rate_limited:
            note += f" · 429s {totals.rate_limited}"
        self._bar.update(
            self._task,
            completed=totals.done,
            total=totals.total,
            rate=f"{rate:.1f}/s" if rate else "",
            note=note,
        )


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
