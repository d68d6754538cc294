"""Choosing a reader: by `--input-format`, else by content (sniffed from the first bytes),
then by extension; and reading a file, stdin or a folder into `Source`s or per-item errors."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import InputError
from .bounded import (
    MAX_FEED_BYTES,
    MAX_FILE_BYTES,
    MAX_TEXT_BYTES,
    BoundedInput,
    bom_encoding,
    stat_path,
)
from .source import ItemError, Source, SourceItem
from .xmlsafe import BOMLESS_UTF16

FORMATS = ("auto", "text", "pubmed", "medline", "jats", "feed", "pdf", "jsonl")
ALIASES = {
    "rss": "feed",
    "atom": "feed",
    "txt": "text",
    "md": "text",
    "markdown": "text",
    "nbib": "medline",
    "json": "jsonl",
    "ndjson": "jsonl",
    "pmc": "jats",
    "xml": "auto",
}
SUFFIXES = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".text": "text",
    "": "text",
    ".xml": "auto",
    ".nxml": "jats",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".pdf": "pdf",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".nbib": "medline",
    ".medline": "medline",
}
LIMITS = {"text": MAX_TEXT_BYTES, "feed": MAX_FEED_BYTES}
WHAT = {
    "text": "papers as text",
    "pdf": "PDFs",
    "jsonl": "JSON Lines files",
    "feed": "feeds",
    "pubmed": "PubMed XML files",
    "jats": "JATS XML files",
    "medline": "MEDLINE files",
}
_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_XML_PROLOGUE = re.compile(r"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(\[.*?\])?\s*>)", re.S)


def normalise_format(name: str | None) -> str:
    """A known format name from a flag value (aliases: rss, atom, nbib, json ...)."""
    value = (name or "auto").strip().lower()
    value = ALIASES.get(value, value)
    if value not in FORMATS:
        raise InputError(
            f"unknown input format {name!r}; choose one of {', '.join(FORMATS)} (or rss, atom)"
        )
    return value


def _head_text(head: bytes) -> str:
    found = bom_encoding(head)
    if found:
        encoding, skip = found
        return head[skip:].decode(encoding, "replace")
    bomless = BOMLESS_UTF16.get(head[:4])  # XML in UTF-16 without a byte-order mark
    if bomless:
        return head[: len(head) // 2 * 2].decode(bomless, "replace")
    return head.decode("utf-8", "replace").lstrip("\ufeff")


def xml_root(text: str) -> str | None:
    """The local name of the first element of an XML document's head (None if not XML)."""
    pos = 0
    while True:
        match = _XML_PROLOGUE.match(text, pos)
        if not match:
            break
        pos = match.end()
    rest = text[pos:].lstrip()
    if not rest.startswith("<"):
        return None
    root = _ROOT.match(rest)
    return root.group(1).split(":")[-1] if root else None


def sniff(head: bytes, suffix: str = "") -> str:
    """The format of an input from its first bytes, falling back on its extension."""
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    text = _head_text(head)
    root = xml_root(text)
    by_suffix = SUFFIXES.get(suffix.lower())
    if root is not None:
        kinds = {
            "pubmedarticleset": "pubmed",
            "pubmedarticle": "pubmed",
            "article": "jats",
            "pmc-articleset": "jats",
            "rss": "feed",
            "rdf": "feed",
            "feed": "feed",
        }
        if root.lower() in kinds:
            return kinds[root.lower()]
        if by_suffix == "text" and suffix:  # Markdown may open with HTML (<div>, <p>)
            return "text"
        if root.lower() == "html":
            raise InputError("this is an HTML page; save the article as text, PDF or JATS XML")
        raise InputError(
            f"an XML document with root <{root}>, which plainsum does not read "
            "(it reads PubMed XML, JATS and RSS/Atom feeds)"
        )
    stripped = text.lstrip()
    if re.match(r"PMID- ?\d", stripped):
        return "medline"
    if by_suffix == "jsonl" or (stripped.startswith("{") and by_suffix != "text"):
        return "jsonl"
    if by_suffix == "pdf":
        return "pdf"
    return "text"


def _reader(fmt: str) -> Callable[[bytes, str, str | None, str | None], Iterator[SourceItem]]:
    from . import feeds, jats, jsonl, medline, pdf, pubmed, text

    multi = {
        "pubmed": pubmed.read_pubmed,
        "medline": medline.read_medline,
        "jats": jats.read_jats,
        "feed": feeds.read_feed,
        "jsonl": jsonl.read_jsonl,
    }
    if fmt in multi:
        return lambda data, name, path, _id: multi[fmt](data, name, path)
    single = pdf.read_pdf_source if fmt == "pdf" else text.read_text_source
    return lambda data, name, path, item_id: iter([single(data, name, path, item_id)])


def read_file(
    path: str | Path, input_format: str | None = None, item_id: str | None = None
) -> Iterator[SourceItem]:
    """Every item of one file (or stdin for "-"). An unreadable file raises `InputError`; an
    item that cannot be a paper is yielded as an `ItemError`. A file holding one paper without
    an id of its own (text, PDF) gets `item_id`, by default the file name without extension."""
    fmt = normalise_format(input_format)
    with BoundedInput(path) as source:
        head = source.read_head()
        suffix = source.path.suffix if source.path else ""
        if fmt == "auto":
            try:
                fmt = sniff(head, suffix)
            except InputError as exc:
                raise InputError(f"{source.name}: {exc}") from None
        data = source.read_rest(head, LIMITS.get(fmt, MAX_FILE_BYTES), WHAT[fmt])
    if item_id is None and source.path:
        item_id = source.path.stem
    try:
        yield from _reader(fmt)(
            data, source.name, str(source.path) if source.path else None, item_id
        )
    except RecursionError:  # markup nested deeper than any paper: refuse, do not crash
        raise InputError(f"{source.name}: nested too deeply to read") from None


def _folder_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_sources(path: str | Path, input_format: str | None = None) -> Iterator[SourceItem]:
    """Every paper in a file, stdin ("-") or a folder (searched recursively, hidden files and
    folders skipped), each as a `Source` or as an `ItemError` (its id or path and the one-line
    reason), so a batch can record the failure and go on.

    A path that cannot be read at all (missing, a FIFO or device, too large ...) raises
    `InputError`; inside a folder, such a file is an `ItemError` instead.
    """
    fmt = normalise_format(input_format)
    if str(path) != "-" and stat.S_ISDIR(stat_path(Path(path)).st_mode):
        for file in _folder_files(Path(path)):
            # The id of a one-paper file is its path in the folder without the extension, so
            # a/x.txt and b/x.pdf stay apart and a file keeps its id when a rerun fixes it.
            file_id = file.relative_to(path).with_suffix("").as_posix()
            if fmt == "auto" and file.suffix.lower() not in SUFFIXES:
                reason = f"{file}: {file.suffix} is not a format plainsum reads"
                yield ItemError(file_id, reason, str(file))
                continue
            try:
                yield from read_file(file, fmt, file_id)
            except InputError as exc:
                yield ItemError(file_id, str(exc), str(file))
        return
    yield from read_file(path, fmt)


def read_source(
    path: str | Path, input_format: str | None = None, item: str | None = None
) -> Source:
    """Exactly one paper from a file or stdin ("-"), in any format plainsum reads.

    A file holding several papers (a PubMed export, a feed, JSON Lines) needs `item`: the
    paper's id (PMID, DOI, entry id, JSONL id) or its 1-based position; without it, the error
    says how many there are and points to `plainsum batch`.
    """
    if str(path) != "-" and Path(path).is_dir() and not Path(path).is_symlink():
        raise InputError(f"{path} is a folder; give a file (or - for stdin), or use plainsum batch")
    name = "stdin" if str(path) == "-" else str(path)
    items = list(read_file(path, input_format))
    if item is not None:
        chosen = _pick(items, item)
        if chosen is None:
            raise InputError(
                f"{name} has no item {item!r} (it holds {len(items)}; ids or 1-{len(items)})"
            )
        items = [chosen]
    if len(items) > 1:
        raise InputError(
            f"{name} holds {len(items)} papers; plainsum draft summarises one: choose it with "
            f"--item ID or --item N (1-{len(items)}), or run plainsum batch on the file"
        )
    only = items[0]
    if isinstance(only, ItemError):
        raise InputError(only.reason)
    return only


def _pick(items: list[SourceItem], wanted: str) -> SourceItem | None:
    for candidate in items:
        keys = {candidate.id}
        if isinstance(candidate, Source):
            keys |= {candidate.pmid, candidate.doi, candidate.url}
        if wanted in keys:
            return candidate
    if wanted.isdigit() and 1 <= int(wanted) <= len(items):
        return items[int(wanted) - 1]
    return None
