"""`plainsum draft`: summarise one paper."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..errors import EXIT_GATE_FAILED, EXIT_OK
from .options import INPUT_FORMATS, add_model_options, add_review_options, settings_from_args
from .output import add_output_options, check_output_folder, emit

if TYPE_CHECKING:
    from ..settings import Settings


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "draft",
        help="draft a plain-language summary of a paper",
        description=(
            "Draft a plain-language summary of a paper in four sections, check it, repair what "
            "fails and print it. Exit 1 when the final draft still fails the gate (it is printed, "
            "marked as failing). Reads text/Markdown, PubMed XML, MEDLINE, JATS XML, RSS/Atom, "
            "PDF and JSON Lines (or - for stdin); a file holding several papers needs --item."
        ),
    )
    parser.add_argument("path", help="the paper or abstract: a file of any format, or - for stdin")
    parser.add_argument(
        "--input-format",
        default="auto",
        choices=[*INPUT_FORMATS, "rss", "atom"],
        help="the input's format (default auto: from its content, then its extension)",
    )
    parser.add_argument(
        "--item",
        metavar="ID|N",
        help="which paper of a file holding several (PubMed export, feed, JSON Lines): its id "
        "(PMID, DOI, entry id or link) or its position from 1; without it such a file is refused "
        "with the count (use plainsum batch for all of them)",
    )
    add_output_options(parser)
    add_model_options(parser)
    add_review_options(parser)
    parser.set_defaults(func=run)


def auto_choice(settings: Settings) -> str:
    """The line saying which drafter `--backend auto` chose, and why (no key or URL shown)."""
    if settings.resolved_backend() == "offline":
        return (
            "--backend auto: no model endpoint configured (OPENAI_API_KEY or OPENAI_BASE_URL); "
            "using the offline drafter"
        )
    if settings.base_url:
        from urllib.parse import urlsplit

        where = f"the endpoint at {urlsplit(settings.base_url).hostname or 'the base URL'}"
    else:
        where = "the OpenAI API (OPENAI_API_KEY is set)"
    model = f"model {settings.model}" if settings.model else "a model"
    return f"--backend auto: using the openai drafter: {model} at {where}"


def run(args: argparse.Namespace) -> int:
    from ..api import draft
    from ..english import counted
    from ..ingest import read_source
    from ..review import require_review_endpoint

    check_output_folder(args)
    settings = settings_from_args(args)
    settings.require_endpoint_for_model()  # before reading: the mistake is in the command
    require_review_endpoint(settings)
    source = read_source(args.path, args.input_format, args.item)
    if settings.backend == "auto":
        print(f"plainsum: {auto_choice(settings)}", file=sys.stderr)
    result = draft(source, settings)
    emit(result, args)
    if not result.passed:
        print(
            f"plainsum: the draft fails the gate ({counted(len(result.errors), 'error')}); "
            "it needs an editor's fix",
            file=sys.stderr,
        )
        return EXIT_GATE_FAILED
    return EXIT_OK
