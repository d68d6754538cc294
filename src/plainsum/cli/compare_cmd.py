"""`plainsum compare`: per-metric deltas between two eval runs, with confidence intervals."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import EXIT_OK, InputError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "compare",
        help="compare two eval runs: deltas with paired bootstrap intervals",
        description=(
            "Compare run B against run A (run folders or their log.json) case by case: for each "
            "metric the mean difference B - A with a seeded paired bootstrap confidence interval, "
            "then the cases that changed most. Systems with the same name are paired; name them "
            "with --system-a/--system-b to compare two systems (also within one run)."
        ),
    )
    parser.add_argument("run_a", type=Path, help="baseline run folder or log.json")
    parser.add_argument("run_b", type=Path, help="the run to compare with the baseline")
    parser.add_argument("--system-a", default=None, help="system of run A to compare")
    parser.add_argument("--system-b", default=None, help="system of run B to compare")
    parser.add_argument("--html", type=Path, default=None, help="also write the comparison as HTML")
    parser.add_argument("--top", type=int, default=10, help="how many changed cases to list")
    parser.add_argument("--resamples", type=int, default=2000, help="bootstrap resamples")
    parser.add_argument("--seed", type=int, default=20240611, help="bootstrap seed")
    parser.add_argument(
        "--confidence", type=float, default=0.95, help="interval confidence (default 0.95)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from ..evals import compare_runs, load_log, render_compare_html
    from ..evals.report_term import changes_table, compare_table
    from ..files import write_atomic

    if not 0 < args.confidence < 1:
        raise InputError("--confidence must be between 0 and 1")
    if args.resamples < 100:
        raise InputError("--resamples must be at least 100")
    a, b = load_log(args.run_a), load_log(args.run_b)
    comparisons = compare_runs(
        a,
        b,
        args.system_a,
        args.system_b,
        top=max(0, args.top),
        resamples=args.resamples,
        seed=args.seed,
        confidence=args.confidence,
    )
    console = Console(width=None if sys.stdout.isatty() else 120)
    for comparison in comparisons:
        console.print(compare_table(comparison))
        if comparison.top_cases:
            console.print(changes_table(comparison))
    if args.html:
        write_atomic(args.html, render_compare_html(comparisons))
        print(f"plainsum: wrote {args.html}", file=sys.stderr)
    return EXIT_OK
