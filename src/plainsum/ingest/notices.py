"""Notices about other papers (corrections, retractions, expressions of concern), named by a
record's metadata: PubMed's PublicationType, MEDLINE's PT lines, JATS's article-type.

A notice is not a study: its text is a few lines about someone else's paper ("the upper limit
was given as 15.1% and has been corrected"), and a summary would present them as findings.
The readers keep what the metadata says in `Source.notice`; the screen refuses such an item
whatever its text reads like.
"""

from __future__ import annotations

from collections.abc import Iterable

# PubMed publication types (as NLM spells them, compared in lower case) -> what the item is.
PUBMED_NOTICES = {
    "published erratum": "a correction notice",
    "retraction of publication": "a retraction notice",
    "retraction notice": "a retraction notice",
    "expression of concern": "an expression of concern",
}
# JATS article-type values -> what the item is.
JATS_NOTICES = {
    "correction": "a correction notice",
    "erratum": "a correction notice",
    "corrigendum": "a correction notice",
    "retraction": "a retraction notice",
    "partial-retraction": "a retraction notice",
    "expression-of-concern": "an expression of concern",
    "removal": "a removal notice",
    "withdrawal": "a withdrawal notice",
}


def pubmed_notice(types: Iterable[str]) -> str | None:
    """What a PubMed or MEDLINE record is when one of its publication types names a notice."""
    for kind in types:
        found = PUBMED_NOTICES.get(" ".join(kind.lower().split()))
        if found:
            return found
    return None


def jats_notice(article_type: str | None) -> str | None:
    """What a JATS article is when its article-type names a notice."""
    return JATS_NOTICES.get((article_type or "").strip().lower())


def notice_error(error: str, where: str, notice: str | None) -> str:
    """The reason an item cannot be read: a notice with no abstract (most errata) says what it
    is rather than that it "has no abstract or text"."""
    return f"{where} is {notice} about another paper, not a study" if notice else error
