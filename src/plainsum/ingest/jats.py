"""JATS XML (PMC and publisher articles; also a pmc-articleset of several).

From each <article>: the title, the abstract (structured <sec> sections or paragraphs), ids
(DOI, PMID, PMCID), journal, authors and publication date. A plain-language abstract
(abstract-type "summary", "plain-language-summary", "lay-summary", "author-summary") is kept
apart in `plain_language_summary`, never mixed into the text. With no abstract, the body's
sections are the text (figures, tables, formulas and references left out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from ..errors import InputError
from .fields import iso_date
from .notices import jats_notice, notice_error
from .scripts import mark_powers
from .source import ItemError, SourceItem, build_source
from .xmlsafe import find, find_all, local, parse_xml, text_of

PLAIN_TYPES = {"summary", "plain-language-summary", "lay-summary", "author-summary"}
# Abstract types that are not the paper's abstract and not a plain-language summary.
OTHER_TYPES = {"graphical", "teaser", "toc", "short", "web-summary", "video", "editor-summary"}
SKIP = frozenset(
    {
        "fig",
        "table-wrap",
        "disp-formula",
        "ref-list",
        "fn-group",
        "supplementary-material",
        "label",
        "alternatives",
        "graphic",
        "media",
        "object-id",
    }
)
DATE_PREFERENCE = ("epub", "pub", "ppub", "collection", "")


CITATION_XREFS = {"bibr", "fn", "table-fn", "aff"}


def drop_citations(root: Element) -> None:
    """Remove citation markers (<xref ref-type="bibr">1</xref>, a superscript citation): glued
    to a word they would read as numbers the paper states ("four years1")."""
    for parent in list(root.iter()):
        for index, child in reversed(list(enumerate(parent))):
            tag = local(child.tag)
            if (tag == "xref" and (child.get("ref-type") or "") in CITATION_XREFS) or (
                tag == "sup" and len(child) and local(child[0].tag) == "xref"
            ):
                tail = child.tail or ""
                if index > 0:
                    parent[index - 1].tail = _unorphaned((parent[index - 1].tail or "") + tail)
                else:
                    parent.text = _unorphaned((parent.text or "") + tail)
                parent.remove(child)


# What separated citations that are gone: "(MS) [1], [2]." left "(MS) , ." and "([3])" "()".
_ORPHANED = re.compile(
    r"\s*(?:[,;\u2013-]\s*)+(?=[.;:,)\]])|\s*[(\[]\s*[,;\u2013-]?\s*[)\]]|\s+(?=[.,;:](?:\s|$))"
)


def _unorphaned(text: str) -> str:
    return _ORPHANED.sub("", text)


def _paragraphs(node: Element) -> str:
    return " ".join(text_of(c, SKIP) for c in node if local(c.tag) == "p")


def _sec_parts(sec: Element) -> list[tuple[str, str]]:
    """(title, paragraphs) of a <sec>, then of each of its subsections."""
    parts = [(text_of(find(sec, "title")), _paragraphs(sec))]
    for child in sec:
        if local(child.tag) == "sec":
            parts.extend(_sec_parts(child))
    return parts


def _parts(container: Element | None) -> list[tuple[str, str]]:
    """(section title, text) parts of an abstract or body: its <sec>s, and its paragraphs
    outside any <sec> as unlabelled parts."""
    if container is None:
        return []
    parts: list[tuple[str, str]] = []
    for child in container:
        tag = local(child.tag)
        if tag == "p":
            parts.append(("", text_of(child, SKIP)))
        elif tag == "sec":
            parts.extend(_sec_parts(child))
    return [(title, body) for title, body in parts if body]


def _date(meta: Element) -> str | None:
    dates = find_all(meta, "pub-date")
    ranked = sorted(
        dates,
        key=lambda d: next(
            (
                i
                for i, kind in enumerate(DATE_PREFERENCE)
                if (d.get("pub-type") or d.get("date-type") or "") == kind
            ),
            len(DATE_PREFERENCE),
        ),
    )
    for node in ranked:
        date = iso_date(
            text_of(find(node, "year")),
            text_of(find(node, "month")) or None,
            text_of(find(node, "day")) or None,
        )
        if date:
            return date
    return None


def _authors(meta: Element) -> tuple[str, ...]:
    names: list[str] = []
    for contrib in find_all(meta, "contrib"):
        if (contrib.get("contrib-type") or "author") != "author":
            continue
        name = find(contrib, "name")
        if name is not None:
            names.append(
                " ".join(
                    p
                    for p in (text_of(find(name, "given-names")), text_of(find(name, "surname")))
                    if p
                )
            )
        elif find(contrib, "collab") is not None:
            names.append(text_of(find(contrib, "collab")))
        elif find(contrib, "string-name") is not None:
            names.append(text_of(find(contrib, "string-name")))
    return tuple(n for n in names if n)


def article_source(
    article: Element, name: str, number: int, path: str | None, many: bool
) -> SourceItem:
    """One <article> as a `Source`, or an `ItemError`."""
    front = find(article, "front")
    meta = find(front, "article-meta")
    ids = {(node.get("pub-id-type") or ""): text_of(node) for node in find_all(meta, "article-id")}
    doi, pmid = ids.get("doi") or None, ids.get("pmid") or None
    pmcid = ids.get("pmcid") or ids.get("pmc") or None
    if pmcid and not pmcid.upper().startswith("PMC"):
        pmcid = f"PMC{pmcid}"
    item_id = doi or pmid or pmcid or (f"{name}#{number}" if many else name)
    main: list[tuple[str, str]] = []
    plain: list[str] = []
    for abstract in [a for a in (meta if meta is not None else []) if local(a.tag) == "abstract"]:
        kind = (abstract.get("abstract-type") or "").lower()
        if kind in PLAIN_TYPES:
            plain.append(" ".join(body for _, body in _parts(abstract)))
        elif kind not in OTHER_TYPES and not main:
            main = _parts(abstract)
    parts = main or _parts(find(article, "body"))
    journal_meta = find(front, "journal-meta")
    journal = text_of(find(journal_meta, "journal-title-group", "journal-title")) or text_of(
        find(journal_meta, "journal-title")
    )
    self_uri = find(meta, "self-uri")
    url = (f"https://pmc.ncbi.nlm.nih.gov/articles/{pmcid}/" if pmcid else None) or (
        self_uri.get("{http://www.w3.org/1999/xlink}href") if self_uri is not None else None
    )
    notice = jats_notice(article.get("article-type"))
    where = f"{name} article {number}" if many else name
    try:
        return build_source(
            parts,
            title=text_of(find(meta, "title-group", "article-title"), SKIP) or None,
            where=where,
            path=path,
            id=item_id,
            doi=doi,
            pmid=pmid,
            journal=journal or None,
            date=_date(meta) if meta is not None else None,
            authors=_authors(meta) if meta is not None else (),
            url=url,
            format="jats",
            plain_language_summary=" ".join(plain) or None,
            notice=notice,
        )
    except InputError as exc:
        return ItemError(item_id, notice_error(str(exc), where, notice), path)


def read_jats(data: bytes, name: str, path: str | None) -> Iterator[SourceItem]:
    """Every <article> of a JATS file (one, or several in a pmc-articleset)."""
    root = parse_xml(data, name)
    drop_citations(root)
    mark_powers(root)
    articles = [root] if local(root.tag) == "article" else find_all(root, "article")
    if not articles:
        raise InputError(f"{name}: a JATS file with no <article> in it")
    for number, article in enumerate(articles, 1):
        yield article_source(article, name, number, path, many=len(articles) > 1)
