"""The progress bar shared by batch and eval: what it shows, and that disabled means silent."""

from __future__ import annotations

import io

from rich.console import Console

from plainsum.batch.job import BatchTotals
from plainsum.batch.progress import BatchProgress
from plainsum.progress import ProgressBar
from plainsum.schemas import Usage


def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=200, color_system=None), out


def test_bar_counts_what_is_done_and_shows_the_note():
    console, out = _console()
    with ProgressBar("eval", enabled=True, total=3, console=console) as bar:
        bar.advance("offline: case-one")
        bar.advance("offline: case-two")
        assert bar.completed == 2
    shown = out.getvalue()
    assert "eval" in shown and "2/3" in shown and "offline: case-two" in shown


def test_disabled_bar_writes_nothing():
    console, out = _console()
    with ProgressBar("eval", enabled=False, total=3, console=console) as bar:
        bar.advance("offline: case-one")
        assert bar.completed == 0
    assert out.getvalue() == ""


def test_batch_bar_shows_failures_tokens_cost_and_429s():
    console, out = _console()
    totals = BatchTotals(total=4, done=3, usage=Usage(input_tokens=1200, output_tokens=300))
    totals.counts["failed"] = 1
    totals.counts["error"] = 1
    totals.usage = Usage(input_tokens=1200, output_tokens=300, cost_usd=0.0123)
    totals.rate_limited = 2
    with BatchProgress(enabled=True, console=console) as bar:
        bar.update_totals(totals)
        assert bar.completed == 3
    shown = out.getvalue()
    assert "3/4" in shown
    assert "failed 2 · tokens 1,500 · $0.0123 · 429s 2" in shown
