"""A publishable static site from a batch's results: what an MS news service puts online.

`build_site(results, out)` writes, from a batch's `results.jsonl`:

- `index.html`: the published summaries, newest first: a date, the headline and a one-line
  teaser linking to the summary's page;
- `papers/<id>.html`: one page per summary with the four sections, the paper's title, journal and
  date, a link to the original (DOI, else PubMed, else the paper's own http(s) URL) and a standing
  note on research quality (`site_disclaimer` in plainsum.toml);
- `feed.xml`: an Atom feed of the same summaries;
- `review.html`: what was not published and why (failed the gate, needs review, no draft).

Only drafts that passed the gate, or that an editor marked `"approved": true` in results.jsonl,
are published. Every piece of text is escaped; the pages hold no script and load nothing from
the network, so they work from a folder, a file server or a CDN alike.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .batch.results import RESULTS_FILE, BatchResult, BatchStatus, read_results
from .errors import InputError
from .files import path_inside, write_atomic
from .ingest.bounded import read_text
from .schemas import SECTION_TITLES, SECTIONS

__all__ = ["DEFAULT_DISCLAIMER", "DEFAULT_TITLE", "SiteReport", "build_site", "original_link"]

DEFAULT_TITLE = "MS research in plain words"
DEFAULT_DISCLAIMER = (
    "These summaries explain new research for people with MS and the people who care for them. "
    "One study rarely settles a question: results in cells or animals may not hold in people, "
    "a link found by watching people is not proof that one thing causes another, and small or "
    "short studies can mislead. Each summary links to the original paper. Please talk with your "
    "doctor or MS team before you change your care."
)
RESULTS_LIMIT = 200_000_000  # bytes of results.jsonl read at most
TEASER_WORDS = 30  # a first sentence longer than this is not used as a teaser
PAGES = "papers"

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_PMID = re.compile(r"^\d{1,9}$")

_CSS = """
body{font:17px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;
margin:2rem auto;padding:0 1rem;color:#1d1d1f;overflow-wrap:anywhere}
header a,footer a{color:inherit}
h1{font-size:1.7rem;line-height:1.25}h2{font-size:1.2rem;margin-top:1.6rem}
.meta{color:#555;font-size:.92rem}.teaser{margin:.2rem 0 0}
ol.items{list-style:none;padding:0}ol.items li{margin:0 0 1.4rem}
ol.items a{font-weight:600;font-size:1.1rem}
.note{background:#f4f6f8;border-left:4px solid #6b7c93;padding:.8rem 1rem;margin:2rem 0;
font-size:.95rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;
text-align:left;vertical-align:top}
"""


@dataclass
class SiteReport:
    """What `build_site` wrote."""

    out: Path
    published: list[str] = field(default_factory=list)  # ids, newest first
    held_back: list[str] = field(default_factory=list)  # ids listed on the review page
    files: list[Path] = field(default_factory=list)


def original_link(result: BatchResult) -> str | None:
    """The paper itself: its DOI, else its PubMed record, else its own http(s) URL."""
    meta = result.source
    if meta.doi:
        doi = meta.doi.strip().removeprefix("https://doi.org/").removeprefix("doi:").strip()
        if _DOI.match(doi):
            return "https://doi.org/" + doi
    if meta.pmid and _PMID.match(meta.pmid.strip()):
        return f"https://pubmed.ncbi.nlm.nih.gov/{meta.pmid.strip()}/"
    if meta.url and re.match(r"^https?://[^\s\"'<>]+$", meta.url.strip(), re.I):
        return meta.url.strip()
    return None


def _published(result: BatchResult) -> bool:
    return result.summary is not None and (result.status == BatchStatus.PASSED or result.approved)


def _date(result: BatchResult) -> datetime:
    """The paper's publication date when known, else when it was drafted (for ordering)."""
    text = (result.source.date or "").strip()
    for size, fmt in ((10, "%Y-%m-%d"), (7, "%Y-%m"), (4, "%Y")):
        try:
            return datetime.strptime(text[:size], fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    drafted = result.drafted_at
    return drafted if drafted.tzinfo else drafted.replace(tzinfo=UTC)


def _shown_date(result: BatchResult) -> str:
    return _date(result).strftime("%-d %B %Y") if result.source.date else ""


def teaser(result: BatchResult) -> str:
    """The first sentence of 'what the study did', when it is short enough to stand alone."""
    assert result.summary is not None
    first = _SENTENCE.split(result.summary.what_the_study_did.strip(), maxsplit=1)[0]
    return first if len(first.split()) <= TEASER_WORDS else ""


def _page(title: str, site_title: str, body: str, *, home: str) -> str:
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src 'none'\">"
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f'<header><a href="{home}">{html.escape(site_title)}</a></header><main>{body}</main>'
        "</body></html>\n"
    )


def _note(disclaimer: str) -> str:
    note = html.escape(disclaimer)
    return f'<aside class="note"><strong>About this research</strong><p>{note}</p></aside>'


def _paper_page(result: BatchResult, site_title: str, disclaimer: str) -> str:
    assert result.summary is not None
    meta = result.source
    facts = [x for x in (_shown_date(result), meta.journal) if x]
    parts = [f"<h1>{html.escape(result.summary.headline)}</h1>"]
    if facts:
        parts.append(f'<p class="meta">{html.escape(" · ".join(facts))}</p>')
    for name in SECTIONS[1:]:
        text = getattr(result.summary, name)
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip())
        parts.append(f"<h2>{html.escape(SECTION_TITLES[name])}</h2>{paragraphs}")
    link = original_link(result)
    paper = html.escape(meta.title or "the original paper")
    if link:
        parts.append(
            f'<p class="meta">The paper: <a class="original" href="{html.escape(link)}" '
            f'rel="noopener">{paper}</a></p>'
        )
    elif meta.title:
        parts.append(f'<p class="meta">The paper: {paper}</p>')
    parts.append(_note(disclaimer))
    if result.approved and result.status != BatchStatus.PASSED:
        parts.append('<p class="meta">Reviewed and approved by an editor.</p>')
    return _page(result.summary.headline, site_title, "".join(parts), home="../index.html")


def _index_page(items: list[tuple[BatchResult, str]], site_title: str, disclaimer: str) -> str:
    rows = []
    for result, href in items:
        assert result.summary is not None
        when = _shown_date(result)
        meta = f'<div class="meta">{html.escape(when)}</div>' if when else ""
        tease = teaser(result)
        tease_html = f'<p class="teaser">{html.escape(tease)}</p>' if tease else ""
        rows.append(
            f'<li>{meta}<a href="{html.escape(href)}">{html.escape(result.summary.headline)}</a>'
            f"{tease_html}</li>"
        )
    listing = f'<ol class="items">{"".join(rows)}</ol>' if rows else "<p>No summaries yet.</p>"
    body = (
        f"<h1>{html.escape(site_title)}</h1>{listing}{_note(disclaimer)}"
        '<footer class="meta"><a href="feed.xml">Atom feed</a></footer>'
    )
    return _page(site_title, site_title, body, home="index.html")


def _review_page(held: list[BatchResult], site_title: str) -> str:
    rows = []
    for r in held:
        what = r.summary.headline if r.summary else (r.error or "no draft")
        errors = [f.message for f in r.findings if f.severity.value == "error"][:3]
        rows.append(
            f"<tr><td>{html.escape(r.id)}</td><td>{html.escape(r.status.value)}</td>"
            f"<td>{html.escape(what)}</td><td>{html.escape('; '.join(errors))}</td></tr>"
        )
    body = (
        "<h1>Held back for review</h1><p>These drafts are not published: they failed the gate, "
        'need an editor\'s review, or could not be drafted. Set <code>"approved": true</code> '
        "on a line of results.jsonl to publish a draft an editor has checked.</p>"
        "<table><thead><tr><th>id</th><th>status</th><th>headline or error</th>"
        f"<th>errors</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return _page("Held back for review", site_title, body, home="index.html")


def _feed(items: list[tuple[BatchResult, str]], site_title: str, base_url: str | None) -> str:
    atom = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", atom)
    feed = ET.Element(f"{{{atom}}}feed")
    if base_url:
        feed.set("{http://www.w3.org/XML/1998/namespace}base", base_url.rstrip("/") + "/")
    ET.SubElement(feed, f"{{{atom}}}title").text = site_title
    ET.SubElement(feed, f"{{{atom}}}id").text = (
        base_url.rstrip("/") + "/" if base_url else "urn:plainsum:site"
    )
    newest = max((_date(r) for r, _ in items), default=datetime.now(UTC))
    ET.SubElement(feed, f"{{{atom}}}updated").text = newest.isoformat()
    ET.SubElement(feed, f"{{{atom}}}link", rel="self", href="feed.xml")
    author = ET.SubElement(feed, f"{{{atom}}}author")
    ET.SubElement(author, f"{{{atom}}}name").text = site_title
    for result, href in items:
        assert result.summary is not None
        entry = ET.SubElement(feed, f"{{{atom}}}entry")
        ET.SubElement(entry, f"{{{atom}}}title").text = result.summary.headline
        ET.SubElement(entry, f"{{{atom}}}id").text = f"urn:plainsum:{result.key}"
        ET.SubElement(entry, f"{{{atom}}}updated").text = _date(result).isoformat()
        ET.SubElement(entry, f"{{{atom}}}link", rel="alternate", href=href)
        link = original_link(result)
        if link:
            ET.SubElement(entry, f"{{{atom}}}link", rel="related", href=link)
        summary = ET.SubElement(entry, f"{{{atom}}}summary")
        summary.text = teaser(result) or result.summary.headline
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode")


def read_batch_results(path: Path) -> list[BatchResult]:
    """The results of a batch: its output folder or its results.jsonl."""
    file = path / RESULTS_FILE if path.is_dir() else path
    if not file.exists():
        raise InputError(f"no {RESULTS_FILE} in {path}; give a plainsum batch output folder")
    try:
        return read_results(read_text(file, RESULTS_LIMIT, "results files"))
    except ValueError as exc:
        first = str(exc).splitlines()[0]
        raise InputError(f"{file} is not a plainsum results file ({first})") from None


def build_site(
    results: Path | list[BatchResult],
    out: Path,
    *,
    title: str = DEFAULT_TITLE,
    disclaimer: str = DEFAULT_DISCLAIMER,
    base_url: str | None = None,
) -> SiteReport:
    """Write the site for `results` (a batch folder, a results.jsonl, or the results) to `out`."""
    items = read_batch_results(results) if isinstance(results, Path) else list(results)
    latest: dict[str, BatchResult] = {}
    for item in items:  # a rerun may append a newer line for the same paper: the last one counts
        latest[item.id] = item
    published = sorted(
        (r for r in latest.values() if _published(r)), key=lambda r: (_date(r), r.id), reverse=True
    )
    held = [r for r in latest.values() if not _published(r)]
    report = SiteReport(out=out)
    pages = out / PAGES
    pages.mkdir(parents=True, exist_ok=True)
    linked: list[tuple[BatchResult, str]] = []
    for result in published:
        path = path_inside(pages, result.id, suffix=".html")
        report.files.append(write_atomic(path, _paper_page(result, title, disclaimer)))
        linked.append((result, f"{PAGES}/{path.name}"))
        report.published.append(result.id)
    report.files.append(write_atomic(out / "index.html", _index_page(linked, title, disclaimer)))
    report.files.append(write_atomic(out / "feed.xml", _feed(linked, title, base_url)))
    report.files.append(write_atomic(out / "review.html", _review_page(held, title)))
    report.held_back = [r.id for r in held]
    return report
