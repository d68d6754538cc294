"""MEDLINE text export (PubMed's "PubMed" text format / .nbib): tagged records such as
`PMID- `, `TI  - `, `AB  - `, `FAU - `, `DP  - `, `JT  - `, `AID - 10.x/y [doi]`, one record per
blank-line-separated block, continuation lines indented six spaces."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import InputError
from .bounded import MAX_FILE_BYTES
from .fields import clean_doi, date_from_text, unglue_sentences
from .notices import notice_error, pubmed_notice
from .scripts import pubmed_scripts
from .source import ItemError, SourceItem, build_source, split_inline_labels
from .text import decode

_TAG = re.compile(r"^([A-Z][A-Z0-9]{0,3})\s*-\s?(.*)$")
START = re.compile(r"^PMID- ?\d", re.MULTILINE)


def parse_records(text: str) -> Iterator[dict[str, list[str]]]:
    """Each record as {tag: [values]} (continuation lines joined onto their value)."""
    record: dict[str, list[str]] = {}
    last: tuple[str, int] | None = None
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("      ") and last:  # continuation
            tag, index = last
            record[tag][index] += " " + line.strip()
            continue
        match = _TAG.match(line)
        if not match:
            continue
        tag, value = match.group(1), match.group(2).strip()
        if tag == "PMID" and record:
            yield record
            record = {}
        record.setdefault(tag, []).append(value)
        last = (tag, len(record[tag]) - 1)
    if record:
        yield record


def _first(record: dict[str, list[str]], *tags: str) -> str | None:
    for tag in tags:
        if record.get(tag):
            return record[tag][0]
    return None


def _doi(record: dict[str, list[str]]) -> str | None:
    for value in record.get("AID", []) + record.get("LID", []):
        if value.endswith("[doi]"):
            return clean_doi(value)
    return None


def _name(full: str) -> str:
    """ "Haddad, Rania" -> "Rania Haddad" (as PubMed XML and JATS give names)."""
    last, _, given = full.partition(",")
    return f"{given.strip()} {last.strip()}" if given.strip() else full.strip()


def record_source(
    record: dict[str, list[str]], name: str, number: int, path: str | None
) -> SourceItem:
    """One MEDLINE record as a `Source`, or an `ItemError`."""
    pmid = _first(record, "PMID")
    item_id = pmid or f"{name}#{number}"
    plain = [
        " ".join(record.get("OAB", [])[i : i + 1])
        for i, kind in enumerate(record.get("OABL", []))
        if "plain" in kind.lower() or "lay" in kind.lower()
    ]
    where = f"{name} PMID {pmid}" if pmid else f"{name} record {number}"
    notice = pubmed_notice(record.get("PT", []))
    try:
        return build_source(
            split_inline_labels(unglue_sentences(pubmed_scripts(" ".join(record.get("AB", []))))),
            title=pubmed_scripts(_first(record, "TI") or "") or None,
            where=where,
            path=path,
            id=item_id,
            pmid=pmid,
            doi=_doi(record),
            journal=_first(record, "JT", "TA"),
            date=date_from_text(_first(record, "DEP")) or date_from_text(_first(record, "DP")),
            authors=tuple(_name(a) for a in record.get("FAU") or record.get("AU") or ()),
            url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else None,
            format="medline",
            plain_language_summary=" ".join(plain) or None,
            notice=notice,
        )
    except InputError as exc:
        return ItemError(item_id, notice_error(str(exc), where, notice), path)


def read_medline(data: bytes, name: str, path: str | None) -> Iterator[SourceItem]:
    """Every record of a MEDLINE text export, in order."""
    text = decode(data, name, limit=MAX_FILE_BYTES)
    count = 0
    for count, record in enumerate(parse_records(text), 1):
        yield record_source(record, name, count, path)
    if count == 0:
        raise InputError(f"{name}: a MEDLINE file with no records (PMID- lines)")
