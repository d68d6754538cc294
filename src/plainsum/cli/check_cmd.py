"""`plainsum check`: run the gate on a draft an editor wrote or edited."""

from __future__ import annotations

import argparse

from ..errors import EXIT_GATE_FAILED, EXIT_OK, InputError
from .options import add_review_options, settings_from_args
from .output import add_output_options, check_output_folder, emit

MAX_DRAFT_BYTES = 1_000_000  # a draft is a few kB; an editor's notes may add some


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "check",
        help="check an edited draft against its source paper",
        description=(
            "Run the quality gate (reading level, caveats, overclaiming, faithfulness, shape) on "
            "a draft: the JSON or Markdown that `plainsum draft` writes, or a bare JSON object "
            "with headline, what_the_study_did, why_it_matters and limitations. Exit 1 when an "
            "error-level finding remains."
        ),
    )
    parser.add_argument("draft", help="the draft: .json or .md (or - for stdin)")
    parser.add_argument(
        "--source", required=True, help="the paper the draft summarises (any format draft reads)"
    )
    parser.add_argument("--input-format", default="auto", help="the source's format (see draft)")
    parser.add_argument("--item", metavar="ID|N", help="which paper of a multi-paper source")
    parser.add_argument(
        "--grade", type=float, default=8.0, help="target Flesch-Kincaid grade (default 8)"
    )
    add_output_options(parser)
    add_review_options(parser, endpoint=True)
    parser.set_defaults(func=run)


def _read_draft_text(path: str) -> tuple[str, str]:
    from ..ingest import decode, read_bytes

    name = "stdin" if path == "-" else path
    return decode(read_bytes(path, MAX_DRAFT_BYTES, "drafts"), name), name


def run(args: argparse.Namespace) -> int:
    from ..api import check_report
    from ..design import detect_design
    from ..ingest import read_source
    from ..render import parse_summary
    from ..review import require_review_endpoint

    if args.grade <= 0 or args.grade > 20:
        raise InputError("--grade must be between 0 and 20")
    check_output_folder(args)
    settings = settings_from_args(args)
    require_review_endpoint(settings)  # before reading: the mistake is in the command
    text, name = _read_draft_text(args.draft)
    summary = parse_summary(text, name)
    source = read_source(args.source, args.input_format, args.item)
    report = check_report(
        source, summary, grade=args.grade, design=detect_design(source), settings=settings
    )
    emit(report, args)
    return EXIT_OK if report.passed else EXIT_GATE_FAILED
