"""`plainsum draft`: summarise one paper."""

from __future__ import annotations

import argparse
import sys

from ..api import draft
from ..errors import EXIT_GATE_FAILED, EXIT_OK
from ..ingest import read_source
from .options import add_model_options, settings_from_args
from .output import add_output_options, check_output_folder, emit


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "draft",
        help="draft a plain-language summary of a paper",
        description=(
            "Draft a plain-language summary of a paper (.txt or .md, or - for stdin) in four "
            "sections, check it, repair what fails and print it. Exit 1 when the final draft still "
            "fails the gate (it is printed, marked as failing)."
        ),
    )
    parser.add_argument("path", help="the paper or abstract: a .txt/.md file, or - for stdin")
    add_output_options(parser)
    add_model_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    check_output_folder(args)
    settings = settings_from_args(args)
    source = read_source(args.path)
    if settings.backend == "auto" and settings.resolved_backend() == "offline":
        print(
            "plainsum: no model endpoint configured (OPENAI_API_KEY or OPENAI_BASE_URL); "
            "using the offline drafter",
            file=sys.stderr,
        )
    result = draft(source, settings)
    emit(result, args)
    if not result.passed:
        print(
            f"plainsum: the draft fails the gate ({len(result.errors)} error(s)); "
            "it needs an editor's fix",
            file=sys.stderr,
        )
        return EXIT_GATE_FAILED
    return EXIT_OK
