"""`plainsum log`: list recent model calls from the local run log."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from ..redact import clean
from ..runlog import RunLog, default_log_path
from ..settings import load_settings


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "log",
        help="list recent model calls from the run log",
        description=(
            "List recent model requests and responses from the local run log (SQLite; "
            "$XDG_DATA_HOME/plainsum/logs.db unless PLAINSUM_LOG_PATH or log_path says "
            "otherwise). Newest first."
        ),
    )
    parser.add_argument("-n", "--count", type=int, default=10, help="how many entries (10)")
    parser.add_argument("--json", action="store_true", help="full entries as JSON lines")
    parser.add_argument("--path", type=Path, default=None, help="a log file to read")
    parser.add_argument("--config", type=Path, default=None, help="a plainsum.toml to read")
    parser.set_defaults(func=run)


def _short(text: str | None, width: int) -> str:
    text = " ".join(clean(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def run(args: argparse.Namespace) -> int:
    path = args.path
    if path is None:
        settings = load_settings({}, config=args.config)
        path = settings.log_path or default_log_path()
    entries = RunLog(path).recent(args.count)
    if args.json:
        for entry in entries:
            print(clean(json.dumps(asdict(entry), ensure_ascii=False)))
        return 0
    if not entries:
        print(f"no entries in {path}")
        return 0
    for e in entries:
        cost = f"${e.cost_usd:.4f}" if e.cost_usd is not None else "$?"
        tokens = f"{e.input_tokens}+{e.output_tokens} tok"
        if e.cached_tokens:
            tokens += f" ({e.cached_tokens} cached)"
        head = clean(
            f"#{e.id} {e.created} {e.status:<8} {e.kind:<6} {e.model or '-'} "
            f"{e.prompt_version or '-'} {tokens} {cost} {e.seconds:.2f}s"
        )
        print(head)
        detail = e.error if e.error else e.response
        if detail:
            print(f"    {_short(detail, 96)}")
    return 0
