"""RSS 1.0 / 2.0 and Atom feeds of journal tables of contents (feedparser): one `Source` per
entry. The abstract is the entry's content or description (the longer), HTML stripped; the link,
date, authors and DOI (prism:doi, dc:identifier, or a DOI in the link) come with it, and the
journal is the entry's prism:publicationName or else the feed's title.

The document is first parsed with defusedxml, so a feed that declares entities (billion laughs)
or refers to external ones is refused before feedparser sees it.
"""

from __future__ import annotations

import calendar
import re
import time
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from .fields import MONTHS, clean_doi, date_from_text, html_to_text, iso_date
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


# Publication details some publishers' feeds put before (or instead of) the abstract:
# "Publication date: Available online 30 November 2026", "Source: <journal>, Volume 98",
# "Author(s): A, B" (ScienceDirect); "<Journal>, Ahead of Print." or "<Journal>, Volume 31,
# Issue 2, Page 101-110, February 2025." (SAGE, Wiley).
_DETAIL = re.compile(r"^(?P<key>Publication date|Source|Author\(s\)|Authors?)\s*:\s*(?P<value>.*)$")
# "<Journal>, Ahead of Print": the journal, then an early-release label (its group left open)
_JOURNAL_EARLY = (
    r"^(?P<journal>[^.\n]{3,150}?), (?:Ahead of Print|EarlyView|Early View|Online ?First"
)
_ISSUE_LINE = re.compile(rf"{_JOURNAL_EARLY}|Volume \d+\b[^\n]{{0,120}}?)\.?$", re.I)
# PubMed's search feeds: the citation before the abstract ("Mult Scler Relat Disord. 2026 Nov
# 28;95:106201. doi: 10.1016/... Online ahead of print.") and its ids after it ("PMID:40000001 |
# DOI:10.1016/...").
_CITATION = re.compile(
    r"^(?P<journal>[A-Z][^.\n]{1,120})\. (?P<date>\d{4}(?: [A-Z][a-z]{2})?(?: \d{1,2})?)"
    r"(?:[;:][^\n]*|\.)?(?:\s*doi: ?\S+?\.)?(?:\s*(?:Online ahead of print|Epub ahead of print)"
    r"[^\n]*)?\.?$"
)
_IDS = re.compile(r"^PMID: ?(?P<pmid>\d+)(?: \| [A-Za-z]+: ?\S+)*$")
_PUBMED_LINK = re.compile(r"\bpubmed\.ncbi\.nlm\.nih\.gov/(\d+)")
# A feed's tracking parameters ("?utm_source=Other&utm_medium=rss") are no part of the address.
_TRACKING = re.compile(r"[?&]utm_[a-z]+=[^&#]*")


def _details(abstract: str) -> tuple[list[str], dict[str, str]]:
    """The abstract's lines without the publication details before it, and those details
    (key -> value: "journal", "authors", "date" as written)."""
    lines = abstract.split("\n")
    found: dict[str, str] = {}
    kept: list[str] = []
    for number, line in enumerate(lines):
        detail = _DETAIL.match(line)
        issue = _ISSUE_LINE.match(line) if number == 0 else None
        citation = _CITATION.match(line) if number == 0 and " " in line else None
        ids = _IDS.match(line.strip()) if number == len(lines) - 1 else None
        if citation and _cited(citation):
            found["journal"] = citation["journal"].strip()
            found["date"] = citation["date"]
        elif ids:
            found["pmid"] = ids["pmid"]
        elif detail and not kept:
            key = detail["key"].lower()
            value = detail["value"].strip()
            if key == "source":
                found["journal"] = value.split(",")[0].strip()
            elif key.startswith("author"):
                found["authors"] = value
            else:
                found["date"] = value
        elif issue:
            found["journal"] = issue["journal"].strip()
        else:
            kept.append(line)
    # "Multiple Sclerosis Journal, Ahead of Print. BackgroundPhysical ...": on one line
    if kept and (glued := _ISSUE_LEAD.match(kept[0])):
        found.setdefault("journal", glued["journal"].strip())
        kept[0] = kept[0][glued.end() :]
    return [line for line in kept if line.strip()], found


# An abstract the feed cut short: "... in people with MS who [...]", "... were enrolled…"
_CUT_SHORT = re.compile(r"(?:\.\.\.|\u2026|\[(?:\.\.\.|\u2026)\]|\((?:\.\.\.|\u2026)\))\s*$")
_ISSUE_LEAD = re.compile(rf"{_JOURNAL_EARLY})\.\s*", re.I)
_DATE = re.compile(r"(?:(?P<day>\d{1,2}) )?(?P<month>[A-Z][a-z]+) (?P<year>\d{4})$")
_MONTH_NAMES = frozenset(calendar.month_name[1:])  # "November", never "Nov" or "Spring"


def _cited(m: re.Match[str]) -> bool:
    """Whether a first line read as "<Journal>. <year> ..." is a citation: more than a year
    after a sentence ("Twelve were seen in 2019."), so a volume, a doi or an early-release note."""
    rest = m.group(0)[m.end("date") :]
    return bool(rest.strip(" .")) or m["date"] != m["date"][:4]


def _date_of(value: str | None) -> str | None:
    """ "Available online 30 November 2026" -> "2026-11-30"; "February 2027" -> "2027-02";
    PubMed's "2026 Nov 28" -> "2026-11-28" (`fields.date_from_text`)."""
    cited = re.fullmatch(r"\d{4}(?: ([A-Z][a-z]{2}))?(?: \d{1,2})?", value or "")
    if cited:
        return date_from_text(value) if not cited[1] or cited[1].lower() in MONTHS else None
    m = _DATE.search(value or "")
    if not m or m["month"] not in _MONTH_NAMES:
        return None
    return iso_date(m["year"], m["month"], m["day"])


def _authors(entry: Any) -> tuple[str, ...]:
    names = [a.get("name", "") for a in entry.get("authors", []) or [] if a.get("name")]
    if not names and entry.get("author"):
        names = [entry["author"]]
    if len(names) == 1:
        names = _split_names(names[0])
    return tuple(n.strip() for n in names if n.strip())


def _split_names(names: str) -> list[str]:
    """ "A Souza; J Berg" or "Ana Souza, Jon Berg" -> each name; "Souza, Ana" is one name."""
    if ";" in names:
        return names.split(";")
    parts = [p.strip() for p in names.replace(" and ", ", ").split(",")]
    return parts if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts) else [names]


def entry_source(
    entry: Any, journal: str | None, name: str, number: int, path: str | None
) -> SourceItem:
    """One feed entry as a `Source`, or an `ItemError`."""
    link = _TRACKING.sub("", entry.get("link") or "").replace("/&", "/?", 1) or None
    doi = (
        clean_doi(entry.get("prism_doi"))
        or clean_doi(entry.get("dc_identifier"))
        or clean_doi(link)
        or clean_doi(entry.get("id"))
    )
    entry_id = _TRACKING.sub("", entry.get("id") or "").replace("/&", "/?", 1)
    item_id = entry_id or link or doi or f"{name}#{number}"
    where = f"{name} entry {number}"
    lines, details = _details(_abstract(entry))
    if not lines and details:
        reason = f"{where} has no abstract: the feed gives only its publication details"
        return ItemError(item_id, reason, path)
    if lines and _CUT_SHORT.search(lines[-1]):
        # a teaser: its results and conclusions are missing, so a draft's headline would guess
        reason = (
            f"{where} gives only the start of its abstract (it ends '...'); "
            "draft from the full abstract (PubMed or the article page)"
        )
        return ItemError(item_id, reason, path)
    authors = _authors(entry) or tuple(
        n.strip() for n in _split_names(details.get("authors", "")) if n.strip()
    )
    try:
        return build_source(
            [(label, body) for line in lines for label, body in split_inline_labels(line)],
            title=html_to_text(entry.get("title")) or None,
            where=where,
            path=path,
            id=item_id,
            doi=doi,
            journal=entry.get("prism_publicationname")
            or entry.get("dc_source")
            or details.get("journal")
            or journal,
            pmid=details.get("pmid") or _pubmed_id(link),
            date=_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
            or _date_of(details.get("date")),
            authors=authors,
            url=link,
            format="feed",
        )
    except InputError as exc:
        return ItemError(item_id, str(exc), path)


def _pubmed_id(link: str | None) -> str | None:
    m = _PUBMED_LINK.search(link or "")
    return m.group(1) if m else None


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
