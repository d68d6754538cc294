"""A page per paper in a batch's output folder: Markdown and HTML, named from the paper's id.

Ids come from inputs (feeds, files, JSON Lines), so a name is made safe (`files.path_inside`):
nothing is ever written outside the folder, whatever the id says."""

from __future__ import annotations

import os
from pathlib import Path

from ..files import path_inside, write_atomic
from ..render import to_html, to_markdown
from ..schemas import Draft

PAGES_DIR = "papers"


def page_paths(out: Path, paper_id: str, base: str | None = None) -> tuple[Path, Path]:
    """(Markdown, HTML) paths for `paper_id`, inside `out/papers/` (whose real path a batch
    works out once: `pages_base`)."""
    folder = out / PAGES_DIR
    base = pages_base(out) if base is None else base
    return path_inside(folder, paper_id, suffix=".md", base=base), path_inside(
        folder, paper_id, suffix=".html", base=base
    )


def pages_base(out: Path) -> str:
    """The real path of `out/papers/`, which every page must stay inside."""
    return os.path.realpath(out / PAGES_DIR)


def write_pages(
    out: Path, paper_id: str, draft: Draft | str, paths: tuple[Path, Path] | None = None
) -> tuple[Path, Path]:
    """Render a draft (or its stored JSON) as both pages, atomically (not flushed to the disk:
    the state store keeps the draft and a rerun writes a missing or empty page again). A batch
    passes the `paths` it has already worked out (`page_paths`)."""
    if isinstance(draft, str):
        draft = Draft.model_validate_json(draft)
    md, html = paths or page_paths(out, paper_id)
    md.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(md, to_markdown(draft), durable=False)
    write_atomic(html, to_html(draft), durable=False)
    return md, html


def pages_exist(out: Path, paper_id: str, paths: tuple[Path, Path] | None = None) -> bool:
    """Both pages are there and not empty (a power cut can leave an empty page behind)."""
    return all(p.is_file() and p.stat().st_size > 0 for p in (paths or page_paths(out, paper_id)))
