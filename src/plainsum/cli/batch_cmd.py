"""`plainsum batch`: summarise many papers into a folder, resumably."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..errors import InputError
from .options import add_model_options, settings_from_args


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "batch",
        help="summarise many papers into a folder (resumable, rate-limited)",
        description=(
            "Draft and check a summary of every paper in the inputs (files, folders, JSON "
            "Lines), writing OUT/results.jsonl and a Markdown and an HTML page per paper. A "
            "rerun skips what is done and drafts what changed; a killed run loses nothing. "
            "Exit 0 when every paper passed, 1 when any failed the gate, 3 when any could not "
            "be drafted. With --via batch-api the first drafts go through the provider's "
            "Batch API (half price, answers within 24 h): the command writes and submits "
            "request files, and `plainsum batch collect OUT` fetches the answers, checks and "
            "repairs them and writes the same outputs."
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        help="papers: files or folders; or `collect OUT` to collect a Batch API run",
    )
    parser.add_argument("--out", "-o", type=Path, default=None, help="the output folder")
    parser.add_argument(
        "--concurrency", type=int, default=8, help="model calls in flight at once (default 8)"
    )
    parser.add_argument("--rpm", type=float, default=None, help="at most N requests a minute")
    parser.add_argument("--tpm", type=float, default=None, help="at most N tokens a minute")
    parser.add_argument(
        "--workers", type=int, default=None, help="processes for CPU work (default: one per core)"
    )
    parser.add_argument(
        "--input-format", default=None, help="the inputs' format (default: from each file)"
    )
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="no progress; a summary only when a paper failed"
    )
    api = parser.add_argument_group("provider Batch API")
    api.add_argument(
        "--via",
        choices=["direct", "batch-api"],
        default="direct",
        help="direct (default): one request per paper now; batch-api: submit the first drafts "
        "to the provider's Batch API (half price, within 24 h), then `batch collect OUT`",
    )
    api.add_argument(
        "--prepare-only",
        action="store_true",
        help="with --via batch-api: write the request files into OUT/batch-api/ and stop",
    )
    api.add_argument(
        "--no-wait",
        action="store_true",
        help="collect: fetch what has finished and return, instead of polling until done",
    )
    api.add_argument(
        "--poll-seconds", type=float, default=30.0, help="collect: seconds between polls"
    )
    api.add_argument(
        "--retry-failed",
        action="store_true",
        help="collect: draft papers whose Batch API line failed with normal calls",
    )
    add_model_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..batch.job import BatchOptions, BatchTotals, run_batch
    from ..batch.progress import BatchProgress, summary_lines

    if str(args.inputs[0]) == "collect" and not Path("collect").exists():
        from .batch_api_cmd import run_collect

        return run_collect(args)
    if args.out is None:
        raise InputError("give the output folder: --out DIR")
    if args.via == "batch-api":
        from .batch_api_cmd import run_submit

        return run_submit(args)
    if args.prepare_only:
        raise InputError("--prepare-only needs --via batch-api")

    for name in ("concurrency", "rpm", "tpm"):
        value = getattr(args, name)
        if value is not None and value <= 0:
            raise InputError(f"--{name} must be positive")
    if args.workers is not None and args.workers < 0:
        raise InputError("--workers must be 0 or more")
    settings = settings_from_args(args)
    if args.quiet:  # cron: no per-request retry warnings either; the summary says what happened
        logging.getLogger("plainsum").setLevel(logging.ERROR)
    settings.require_endpoint_for_model()
    if settings.review == "model":
        print("plainsum: the model review runs in draft and check, not in batch", file=sys.stderr)
    if not args.quiet and settings.backend == "auto" and settings.resolved_backend() == "offline":
        print("plainsum: no model endpoint configured; using the offline drafter", file=sys.stderr)
    options = BatchOptions(
        out=args.out,
        concurrency=args.concurrency,
        rpm=args.rpm,
        tpm=args.tpm,
        workers=args.workers,
        input_format=args.input_format,
    )
    with BatchProgress(enabled=not args.quiet and sys.stderr.isatty()) as progress:
        totals: BatchTotals = run_batch(args.inputs, settings, options, progress.update_totals)
    code = totals.exit_code()
    if not args.quiet or code:
        for line in summary_lines(totals, str(args.out)):
            print(f"plainsum: {line}", file=sys.stderr)
    return code
