"""`plainsum site`: a static site of a batch's summaries, ready to publish."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "site",
        help="write a static site (index, a page per summary, Atom feed) from a batch",
        description=(
            "Write a static site from a plainsum batch: index.html (newest first: date, "
            "headline, teaser), a page per summary with a link to the original paper and a "
            "standing note on research quality, feed.xml (Atom) and review.html (what was held "
            "back). Only drafts that passed the gate, or that an editor marked "
            '"approved": true in results.jsonl, are published. The pages need no server and no '
            "JavaScript. Title, note and public URL: --title / --base-url, or site_title, "
            "site_disclaimer and site_base_url in plainsum.toml."
        ),
    )
    parser.add_argument("results", type=Path, help="a batch output folder (or its results.jsonl)")
    parser.add_argument("--out", "-o", type=Path, required=True, help="the site's folder")
    parser.add_argument("--title", default=None, help="the site's name")
    parser.add_argument(
        "--base-url", default=None, help="the site's public URL (makes the feed's links absolute)"
    )
    parser.add_argument("--config", type=Path, default=None, help="a plainsum.toml to read")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from ..errors import OutputError
    from ..settings import load_settings
    from ..site import DEFAULT_DISCLAIMER, DEFAULT_TITLE, build_site, read_batch_results

    settings = load_settings({}, config=args.config)
    results = read_batch_results(args.results)  # bad input fails before anything is written
    if args.out.exists() and not args.out.is_dir():
        raise OutputError(f"cannot write the site to {args.out}: it exists and is not a folder")
    if not args.out.parent.resolve().is_dir():
        raise OutputError(f"cannot write the site: folder {args.out.parent} does not exist")
    report = build_site(
        results,
        args.out,
        title=args.title or settings.site_title or DEFAULT_TITLE,
        disclaimer=settings.site_disclaimer or DEFAULT_DISCLAIMER,
        base_url=args.base_url or settings.site_base_url,
    )
    print(
        f"plainsum: site written to {args.out}: {len(report.published)} published, "
        f"{len(report.held_back)} held back for review (review.html)",
        file=sys.stderr,
    )
    return 0
