"""RSS 1.0 / 2.0 and Atom feeds of journal tables of contents (feedparser): one `Source` per
entry. The abstract is the entry's content or description (the longer), HTML stripped; the link,
date, authors and DOI (prism:doi, dc:identifier, or a DOI in the link) come with it, and the
journal is the entry's prism:publicationName or else the feed's title.

The document is first parsed with defusedxml, so a feed that declares entities (billion laughs)
or refers to external ones is refused before feedparser sees it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from .fields import clean_doi, html_to_text
from .source import ItemError, SourceItem, build_source, split_inline_labels
from .xmlsafe import parse_xml


def _refuse_unsafe(data: bytes, name: str) -> None:
    """Raise for entity declarations or external references; a merely ill-formed feed passes on
    to feedparser, whose lenient parser reads many real feeds that are not quite XML."""
    try:
        parse_xml(data, name)
    except InputError as exc:
        if "not well-formed" not in str(exc):
            raise


def _iso(parsed: Any) -> str | None:
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%d", parsed)
    except (TypeError, ValueError):
        return None


def _abstract(entry: Any) -> str:
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    texts = [html_to_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def _authors(entry: Any) -> tuple[str, ...]:
    names = [a.get("name", "") for a in entry.get("authors", []) or [] if a.get("name")]
    if not names and entry.get("author"):
        names = [entry["author"]]
    if len(names) == 1 and ";" in names[0]:
        names = names[0].split(";")
    return tuple(n.strip() for n in names if n.strip())


def entry_source(
    entry: Any, journal: str | None, name: str, number: int, path: str | None
) -> SourceItem:
    """One feed entry as a `Source`, or an `ItemError`."""
    link = entry.get("link") or None
    doi = (
        clean_doi(entry.get("prism_doi"))
        or clean_doi(entry.get("dc_identifier"))
        or clean_doi(link)
        or clean_doi(entry.get("id"))
    )
    item_id = entry.get("id") or link or doi or f"{name}#{number}"
    where = f"{name} entry {number}"
    try:
        return build_source(
            [
                (label, body)
                for paragraph in _abstract(entry).split("\n")
                for label, body in split_inline_labels(paragraph)
            ],
            title=html_to_text(entry.get("title")) or None,
            where=where,
            path=path,
            id=item_id,
            doi=doi,
            journal=entry.get("prism_publicationname") or journal,
            date=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            authors=_authors(entry),
            url=link,
            format="feed",
        )
    except InputError as exc:
        return ItemError(item_id, str(exc), path)


def read_feed(data: bytes, name: str, path: str | None) -> Iterator[SourceItem]:
    """Every entry of an RSS or Atom feed, in the feed's order."""
    import feedparser  # type: ignore[import-untyped]  # imported here: only feeds need it

    _refuse_unsafe(data, name)
    # No sanitising: the HTML is never shown, html_to_text keeps only its text (not scripts),
    # and feedparser's sanitiser doubles the time on tag-heavy entries.
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f" ({str(problem).splitlines()[0]})" if problem else ""
        raise InputError(f"{name}: a feed with no entries{why}")
    journal = html_to_text(parsed.feed.get("title")) or None
    for number, entry in enumerate(parsed.entries, 1):
        yield entry_source(entry, journal, name, number, path)
