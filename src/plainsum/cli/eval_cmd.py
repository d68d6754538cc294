"""`plainsum eval`: draft a dataset with several systems, score, and report."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..english import counted
from ..errors import EXIT_OK, InputError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "eval",
        help="run an eval: draft a dataset with several systems and score every draft",
        description=(
            "Draft every case of the config's datasets with every system, score each draft "
            "(gate, reading level, caveats, invented numbers and names, overclaims, length, "
            "ROUGE against references, latency, tokens, cost), then write OUT/log.json and "
            "OUT/report.html and print a table. Model systems are skipped, with a note, when "
            "no endpoint is configured. Drafts are cached, so a rerun does not re-draft."
        ),
    )
    parser.add_argument("config", type=Path, help="an eval config (.toml), e.g. evals/example.toml")
    parser.add_argument(
        "--limit", type=int, default=None, help="use the first N cases of each dataset"
    )
    parser.add_argument(
        "--concurrency", type=int, default=4, help="drafts in flight at once (default 4)"
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="run folder (default runs/<run id>/)"
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="draft cache (default: config's, else runs/cache)",
    )
    parser.add_argument("--no-cache", action="store_true", help="re-draft everything")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from ..evals import load_eval_config, run_eval, write_run
    from ..evals.report_term import run_table
    from ..evals.runner import DEFAULT_RUNS_DIR, RunOptions, plan_systems

    if args.limit is not None and args.limit < 1:
        raise InputError("--limit must be at least 1")
    if args.concurrency < 1:
        raise InputError("--concurrency must be at least 1")
    config = load_eval_config(args.config)
    options = RunOptions(
        limit=args.limit,
        concurrency=args.concurrency,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        progress=not args.no_progress,
    )
    for system in plan_systems(config, dict(os.environ)):
        if system.skipped:
            print(f"plainsum: system {system.name} skipped: {system.skipped}", file=sys.stderr)
    log = run_eval(config, options)
    folder = args.out or DEFAULT_RUNS_DIR / log.run_id
    log_path, report_path = write_run(log, folder)
    Console(width=None if sys.stdout.isatty() else 120).print(run_table(log))
    for note in log.notes:
        print(f"plainsum: {note}", file=sys.stderr)
    cached = sum(1 for c in log.cases for r in c.results if r.cached)
    print(
        f"plainsum: {counted(len(log.cases), 'case')}, {counted(log.failures, 'failed draft')}, "
        f"{cached} from cache, "
        f"{log.wall_seconds:.1f} s; wrote {log_path} and {report_path}",
        file=sys.stderr,
    )
    return EXIT_OK
