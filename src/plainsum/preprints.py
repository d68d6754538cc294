"""Whether a paper is a preprint: posted on a preprint server (medRxiv, bioRxiv, Research Square,
SSRN, arXiv, Preprints.org, OSF) before other scientists have checked it. A news editor must say
so: its findings may change, and readers weigh it less than a published paper.

Read from the paper's details (a preprint server's DOI, journal or address) and from the notice
the servers put on every record ("This article is a preprint and has not been certified by peer
review"), never from a paper that only discusses preprints.
"""

from __future__ import annotations

import re

from .ingest import Source

__all__ = ["is_preprint"]

# medRxiv and bioRxiv number by posting date ("10.1101/2026.03.11.26301234"): the same prefix
# carries Cold Spring Harbor's journals ("10.1101/gad.123"), which are peer reviewed.
_PREPRINT_DOI = re.compile(
    r"^10\.(?:1101/\d{4}\.\d{2}\.\d{2}\.|21203/rs\.|2139/ssrn\.|20944/preprints|31219/osf\.io|"
    r"31234/osf\.io|48550/arxiv\.|26434/chemrxiv|22541/au\.)",
    re.I,
)
_SERVERS = re.compile(
    r"^(?:medRxiv|bioRxiv|Research Square|SSRN(?: Electronic Journal)?|arXiv|Preprints(?:\.org)?|"
    r"OSF Preprints|PsyArXiv|SocArXiv|ChemRxiv|Authorea(?: Preprints)?|Qeios)\b",
    re.I,
)
_HOSTS = re.compile(
    r"^https?://(?:www\.)?(?:medrxiv\.org|biorxiv\.org|researchsquare\.com|ssrn\.com|papers\.ssrn\."
    r"com|arxiv\.org|preprints\.org|osf\.io/preprints|psyarxiv\.com|authorea\.com|qeios\.com)/",
    re.I,
)
_NOTICE = re.compile(
    r"\b(?:this (?:article|manuscript|paper|work) is a preprint|preprint (?:and|that) has not "
    r"(?:yet )?been (?:certified by |formally )?peer[- ]review)",
    re.I,
)


def is_preprint(source: Source) -> bool:
    """Whether `source` is a preprint, by its DOI, journal, address or the server's notice."""
    if source.doi and _PREPRINT_DOI.match(source.doi):
        return True
    if source.journal and _SERVERS.match(source.journal.strip()):
        return True
    if source.url and _HOSTS.match(source.url):
        return True
    return bool(_NOTICE.search(source.full_text))
