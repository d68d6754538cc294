"""Where command output goes: a file (atomically), a terminal (rich) or a pipe (plain)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..render import Format
    from ..schemas import CheckReport, Draft

# render.FORMATS, spelled out so the parser does not import pydantic (a test keeps them equal).
OUTPUT_FORMATS = ("md", "json", "html")


def add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        "-f",
        choices=OUTPUT_FORMATS,
        default=None,
        help="md (default; rendered on a terminal, plain when piped), json, or html (one "
        "self-contained page). Taken from the -o suffix when not given",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="write to FILE (atomically) instead of stdout",
    )


def check_output_folder(args: argparse.Namespace) -> None:
    """Fail before any drafting (and any model bill) when -o cannot be written: a missing or
    read-only folder, a symlink, or a folder, device or FIFO at the path."""
    if args.output is not None:
        from ..files import check_writable

        check_writable(args.output)


def chosen_format(args: argparse.Namespace) -> Format:
    if args.format:
        return args.format  # type: ignore[no-any-return]
    if args.output is not None:
        suffix = args.output.suffix.lower().lstrip(".")
        if suffix in ("json", "html"):
            return suffix  # type: ignore[return-value]
        if suffix == "htm":
            return "html"
    return "md"


def emit(report: Draft | CheckReport, args: argparse.Namespace) -> None:
    """Write the report where the user asked, in the format they asked."""
    from ..files import write_atomic
    from ..redact import clean
    from ..render import render

    fmt = chosen_format(args)
    text = clean(render(report, fmt))  # no key material, no terminal controls
    if args.output is not None:
        write_atomic(args.output, text)
        print(f"plainsum: wrote {args.output}", file=sys.stderr)
        return
    if fmt == "md" and sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
        return
    sys.stdout.write(text)
    sys.stdout.flush()
