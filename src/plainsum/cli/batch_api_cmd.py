"""`plainsum batch --via batch-api` and `plainsum batch collect OUT`: the provider Batch API
path of `plainsum batch` (registered by batch_cmd; this module is imported only when used)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from ..english import counted
from ..errors import InputError
from .options import settings_from_args


def _say(line: str) -> None:
    print(f"plainsum: {line}", file=sys.stderr)


def run_submit(args: argparse.Namespace) -> int:
    from ..batch.api_submit import ApiOptions, submit_batches

    settings = settings_from_args(args)
    if args.quiet:
        logging.getLogger("plainsum").setLevel(logging.ERROR)
    options = ApiOptions(
        out=args.out, prepare_only=args.prepare_only, input_format=args.input_format
    )
    done = asyncio.run(submit_batches(args.inputs, settings, options))
    if done.written:
        _say(
            f"wrote {counted(done.requests, 'request')} into "
            f"{counted(len(done.written), 'Batch API file')}"
        )
    if done.skipped or done.errors:
        _say(
            f"{counted(done.skipped, 'paper')} already done or in a request file, "
            f"{done.errors} could not be read"
        )
    if args.prepare_only:
        for path in done.waiting:
            print(path)
        _say(
            f"the request files are in {Path(args.out) / 'batch-api'}; submit them with the "
            "same command without --prepare-only, or with another tool"
        )
        return 0
    for batch_id in done.batch_ids:
        _say(f"submitted batch {batch_id}")
    if not args.quiet:
        _say(
            f"the Batch API answers within 24 h at half price; collect with: "
            f"plainsum batch collect {args.out}"
        )
    return 3 if done.errors else 0  # as `batch`: some paper could not be drafted


def run_collect(args: argparse.Namespace) -> int:
    from ..batch.api_collect import CollectOptions, collect_batches
    from ..batch.progress import BatchProgress, summary_lines

    if len(args.inputs) != 2:
        raise InputError("usage: plainsum batch collect OUT")
    out = args.inputs[1]
    if args.poll_seconds < 0:
        raise InputError("--poll-seconds must be 0 or more")
    settings = settings_from_args(args)
    if args.quiet:
        logging.getLogger("plainsum").setLevel(logging.ERROR)
    options = CollectOptions(
        out=out,
        wait=not args.no_wait,
        poll_seconds=args.poll_seconds,
        retry_failed=args.retry_failed,
        concurrency=args.concurrency,
        workers=args.workers,
        on_status=None if args.quiet else _say,
    )
    with BatchProgress(enabled=not args.quiet and sys.stderr.isatty()) as progress:
        found = asyncio.run(collect_batches(settings, options, on_progress=progress.update_totals))
    if found.answered:
        _say(f"{counted(found.answered, 'answer')} came back from the Batch API")
    for paper_id, reason in found.failed:
        _say(f"{paper_id}: {reason}")
    if found.unresolved:
        _say(
            f"{counted(found.unresolved, 'paper')} whose Batch API request failed: no draft "
            "yet; retry with --retry-failed (normal calls) or submit again with --via batch-api"
        )
    if found.running:
        _say(f"still running: {', '.join(found.running)}; run this again later")
    if found.unsubmitted:
        _say(f"{counted(found.unsubmitted, 'request file')} prepared but never submitted")
    code = found.totals.exit_code() if found.totals else 0
    if found.unresolved:
        code = 3  # as `batch`: some paper could not be drafted
    if found.totals and (not args.quiet or code):
        for line in summary_lines(found.totals, str(out)):
            _say(line)
    return code
