"""The eval harness: draft a dataset with several systems, score every draft, compare runs.

config = load_eval_config("evals/example.toml")
log = run_eval(config, RunOptions(limit=10))
write_run(log, Path("runs") / log.run_id)
"""

from __future__ import annotations

from pathlib import Path

from ..files import write_atomic
from .background import write_in_background
from .compare import Comparison, compare_runs, render_compare_html
from .config import Case, EvalConfig, SystemConfig, load_cases, load_eval_config
from .report_html import render_report
from .runlog import LOG_NAME, RunLog, load_log, log_json, save_log
from .runner import RunOptions, arun_eval, run_eval
from .scorers import METRICS, SCORERS, Score
from .stats import PairedInterval, paired_bootstrap

__all__ = [
    "METRICS",
    "SCORERS",
    "Case",
    "Comparison",
    "EvalConfig",
    "PairedInterval",
    "RunLog",
    "RunOptions",
    "Score",
    "SystemConfig",
    "arun_eval",
    "compare_runs",
    "load_cases",
    "load_eval_config",
    "load_log",
    "paired_bootstrap",
    "render_compare_html",
    "render_report",
    "run_eval",
    "save_log",
    "write_run",
]

REPORT_NAME = "report.html"


def write_run(log: RunLog, folder: Path) -> tuple[Path, Path]:
    """Write `log.json` and `report.html` into `folder` (atomically); return both paths. The
    log is written by a child process while this one renders the report."""
    folder.mkdir(parents=True, exist_ok=True)
    wait = write_in_background(folder / LOG_NAME, log_json(log))
    try:
        report_path = write_atomic(folder / REPORT_NAME, render_report(log))
    finally:
        log_path = wait()
    return log_path, report_path
