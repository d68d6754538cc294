"""PubMed XML (efetch, or "PubMed" format export): a PubmedArticleSet with one or more articles.

Each article gives a `Source` with the title, the labelled AbstractText sections (Label, and
NlmCategory when the label is not a heading plainsum knows), PMID, DOI, journal, authors and the
publication date (the electronic ArticleDate when given, else the issue's PubDate). A
plain-language OtherAbstract is kept apart in `plain_language_summary`.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from ..errors import InputError
from .fields import date_from_text, iso_date, unglue_sentences
from .headings import canonical
from .language import english_parts
from .notices import notice_error, pubmed_notice
from .scripts import mark_powers, pubmed_scripts
from .source import ItemError, SourceItem, build_source
from .xmlsafe import find, find_all, iter_elements, local, text_of

ARTICLE_TAGS = {"PubmedArticle", "PubmedBookArticle"}
BOLD = {"b", "strong", "bold"}
PLAIN_TYPES = {"plain-language-summary", "plain language summary", "lay summary"}


def _date(article: Element) -> str | None:
    for node in find_all(article, "ArticleDate"):
        date = iso_date(
            text_of(find(node, "Year")), text_of(find(node, "Month")), text_of(find(node, "Day"))
        )
        if date:
            return date
    pub = find(article, "Journal", "JournalIssue", "PubDate")
    if pub is None:
        return None
    if find(pub, "MedlineDate") is not None:
        return date_from_text(text_of(find(pub, "MedlineDate")))
    return iso_date(
        text_of(find(pub, "Year")),
        text_of(find(pub, "Month")) or None,
        text_of(find(pub, "Day")) or None,
    )


def _authors(article: Element) -> tuple[str, ...]:
    names: list[str] = []
    for author in find_all(find(article, "AuthorList"), "Author"):
        collective = text_of(find(author, "CollectiveName"))
        given = text_of(find(author, "ForeName")) or text_of(find(author, "Initials"))
        last = text_of(find(author, "LastName"))
        name = collective or " ".join(p for p in (given, last) if p)
        if name:
            names.append(name)
    return tuple(names)


def _doi(record: Element, article: Element) -> str | None:
    for node in find_all(find(record, "PubmedData"), "ArticleId"):
        if node.get("IdType") == "doi" and text_of(node):
            return text_of(node)
    for node in find_all(article, "ELocationID"):
        if node.get("EIdType") == "doi" and text_of(node):
            return text_of(node)
    return None


def _bold_heading(node: Element) -> str | None:
    """The heading a bold element is ("<b>Methods</b>: ...", "<b>Approach.</b> ..."), else None."""
    if local(node.tag) not in BOLD:
        return None
    head = text_of(node)
    if not (head.endswith((":", ".")) or (node.tail or "").lstrip().startswith((":", "."))):
        return None
    head = head.rstrip(":. ")
    return head if canonical(head) else None


def abstract_parts(node: Element) -> list[tuple[str, str]]:
    """(label, text) parts of one AbstractText. Some journals put a whole structured abstract
    in one AbstractText with bold headings ("...an intervention.<b>Methods</b>: We ..."): each
    heading starts a part (flattened, the text read "intervention.Methods: We")."""
    label = node.get("Label") or ""
    if not any(_bold_heading(child) is not None for child in node):
        return [(label, text_of(node))]
    parts: list[tuple[str, str]] = []
    segment = Element("segment")
    segment.text = node.text
    for child in node:
        head = _bold_heading(child)
        if head is None:
            segment.append(child)  # flattened with its tail by text_of, as in the whole
            continue
        parts.append((label, text_of(segment)))
        label, segment = head, Element("segment")
        segment.text = (child.tail or "").lstrip().lstrip(":.")
    parts.append((label, text_of(segment)))
    return [(label, body) for label, body in parts if body]


def article_source(record: Element, name: str, number: int, path: str | None) -> SourceItem:
    """One PubmedArticle as a `Source`, or an `ItemError` saying why it cannot be one."""
    citation = find(record, "MedlineCitation")
    article = find(citation, "Article")
    pmid = text_of(find(citation, "PMID")) or None
    item_id = pmid or f"{name}#{number}"
    if local(record.tag) != "PubmedArticle" or article is None:
        return ItemError(item_id, f"{name} article {number}: a book record, not an article", path)
    mark_powers(article)
    parts: list[tuple[str, str]] = []
    categories: list[str | None] = []
    for node in find_all(find(article, "Abstract"), "AbstractText"):
        for index, (label, body) in enumerate(abstract_parts(node)):
            parts.append((label, unglue_sentences(pubmed_scripts(body))))
            categories.append(node.get("NlmCategory") if index == 0 else None)
    keep = english_parts(parts)  # a translation after the English parts is left out
    parts, categories = [parts[i] for i in keep], [categories[i] for i in keep]
    plain = [
        " ".join(text_of(t) for t in find_all(other, "AbstractText"))
        for other in find_all(citation, "OtherAbstract")
        if (other.get("Type") or "").lower() in PLAIN_TYPES
    ]
    journal = find(article, "Journal")
    where = f"{name} PMID {pmid}" if pmid else f"{name} article {number}"
    notice = pubmed_notice(text_of(t) for t in find_all(article, "PublicationType"))
    try:
        return build_source(
            parts,
            categories=categories,
            where=where,
            title=pubmed_scripts(text_of(find(article, "ArticleTitle"))) or None,
            path=path,
            id=item_id,
            pmid=pmid,
            doi=_doi(record, article),
            journal=text_of(find(journal, "Title"))
            or text_of(find(journal, "ISOAbbreviation"))
            or None,
            date=_date(article),
            authors=_authors(article),
            url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else None,
            format="pubmed",
            plain_language_summary=" ".join(plain) or None,
            notice=notice,
        )
    except InputError as exc:
        return ItemError(item_id, notice_error(str(exc), where, notice), path)


def read_pubmed(data: bytes, name: str, path: str | None) -> Iterator[SourceItem]:
    """Every article of a PubMed XML file, in order."""
    count = 0
    for count, record in enumerate(iter_elements(data, name, ARTICLE_TAGS), 1):
        yield article_source(record, name, count, path)
    if count == 0:
        raise InputError(f"{name}: a PubMed XML file with no PubmedArticle in it")
