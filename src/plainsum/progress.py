"""The progress bar of long commands (batch, eval) on stderr: one set-up, or nothing."""

from __future__ import annotations

from typing import Any, Self


class ProgressBar:
    """label, bar, done/total, percent, rate, elapsed, ETA and a note; nothing when disabled.

    `console` is a rich Console (stderr when not given); tests pass one that writes to a string.
    """

    def __init__(
        self, label: str, *, enabled: bool, total: int | None = None, console: Any = None
    ) -> None:
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
            TextColumn(f"[bold]{label}[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[note]}"),
            console=console or Console(stderr=True),
            transient=False,
        )
        self._task = self._bar.add_task(label, total=total, rate="", note="")

    def __enter__(self) -> Self:
        if self._bar:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar:
            self._bar.stop()

    @property
    def completed(self) -> float:
        """How much is done (0 when disabled)."""
        return self._bar.tasks[0].completed if self._bar else 0.0

    def update(
        self,
        note: str,
        *,
        advance: int | None = None,
        completed: int | None = None,
        total: int | None = None,
    ) -> None:
        """Move the bar (by `advance`, or to `completed` of `total`) and show `note`."""
        if not self._bar:
            return
        speed = self._bar.tasks[0].speed
        rate = f"{speed:.1f}/s" if speed else ""
        self._bar.update(
            self._task, advance=advance, completed=completed, total=total, rate=rate, note=note
        )

    def advance(self, note: str) -> None:
        """One more done, with `note` beside the bar."""
        self.update(note, advance=1)
