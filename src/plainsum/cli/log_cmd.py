"""`plainsum log`: list model calls from the local run log, filtered, with totals."""

from __future__ import annotations

import argparse
from pathlib import Path

STATUS_CHOICES = ("ok", "retry", "error", "invalid", "refused", "cut_off")  # runlog.STATUSES


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "log",
        help="list model calls from the run log, with totals of tokens and cost",
        description=(
            "List model requests and responses from the local run log (SQLite; "
            "$XDG_DATA_HOME/plainsum/logs.db unless PLAINSUM_LOG_PATH or log_path says "
            "otherwise), newest first, under a header row, then the totals (requests, tokens, "
            "cost) of every call the filters select. A cost is 'unknown' when plainsum had no "
            "price for the model (add one in plainsum.toml)."
        ),
    )
    parser.add_argument(
        "-n", "--count", type=int, default=10, help="how many calls to list (10; 0: all)"
    )
    parser.add_argument(
        "--since",
        metavar="WHEN",
        help="only calls since a duration ago (30m, 2h, 3d, 1w) or a UTC date or time "
        "(2026-12-01, 2026-12-01T09:30)",
    )
    parser.add_argument("--model", help="only calls to this model (its exact name)")
    parser.add_argument(
        "--status",
        action="append",
        choices=STATUS_CHOICES,
        help="only calls that ended so (repeat for several): ok, retry, error, invalid, "
        "refused, cut_off",
    )
    parser.add_argument(
        "--kind",
        action="append",
        help="only calls of this kind (repeat for several): draft, repair, reask, review "
        "(the model review), review_reask, judge",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="one JSON object: the filters, the totals and the listed calls in full",
    )
    parser.add_argument("--path", type=Path, default=None, help="a log file to read")
    parser.add_argument("--config", type=Path, default=None, help="a plainsum.toml to read")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from ..errors import InputError
    from ..logview import format_table, format_totals, parse_since
    from ..redact import clean
    from ..runlog import LogFilter, RunLog, default_log_path
    from ..settings import load_settings

    if args.count < 0:
        raise InputError("-n must be 0 (all) or more")
    path = args.path
    if path is None:
        settings = load_settings({}, config=args.config)
        path = settings.log_path or default_log_path()
    since = parse_since(args.since) if args.since else None
    where = LogFilter(
        since=since,
        model=args.model,
        statuses=tuple(args.status or ()),
        kinds=tuple(args.kind or ()),
    )
    log = RunLog(path)
    entries = log.recent(args.count or None, where)
    totals = log.totals(where)
    if args.json:
        document = {
            "log": str(path),
            "filters": {
                "since": since,
                "model": args.model,
                "status": list(where.statuses),
                "kind": list(where.kinds),
            },
            "totals": asdict(totals),
            "entries": [asdict(entry) for entry in entries],
        }
        print(clean(json.dumps(document, ensure_ascii=False, indent=1)))
        return 0
    if not entries:
        print(f"no entries in {path}" + (" that match" if since or where.where()[0] else ""))
        return 0
    print("\n".join(format_table(entries)))
    print(format_totals(totals, len(entries)))
    return 0
