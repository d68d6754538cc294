"""Which repairs leave a headline made from the authors' conclusion in place.

The order of worth is true > whole > the main finding > plain words. A headline made from the
authors' conclusion carries the main finding, so a repair does not trade it for a plainer side
point over a hard word alone: the word stays and the gate names it (an editor changes one word).
It still goes when a check finds it false, broken, too long or unsupported.

A body sentence that is the same sentence of the paper as the headline's may be dropped from the
body (it repeats something, or holds a hard word) without the headline losing its source too.
"""

from __future__ import annotations

from ..schemas import EvidenceLink, Finding

_WORD_CHECKS = frozenset({"jargon", "abbreviations"})
REPEATED = "(repeated)"  # how the substance check marks a body sentence said twice


def concluded_origin(origin: str, conclusions: set[str]) -> str:
    """The authors' conclusion a headline was made from, or "" when it came from elsewhere."""
    return origin if origin and origin in conclusions else ""


def word_only(finding: Finding) -> bool:
    """Whether a finding is about a hard word, not about what a sentence says."""
    return finding.check in _WORD_CHECKS


def repeated(finding: Finding) -> bool:
    """Whether a finding says a body sentence repeats an earlier one."""
    return finding.check == "substance" and finding.message.rstrip().endswith(REPEATED)


def keeps_headline(finding: Finding, link: EvidenceLink, head_from: str) -> bool:
    """Whether `finding` leaves the headline `link` in place: a headline from the authors'
    conclusion is not dropped for a hard word alone."""
    return bool(head_from) and link.section == "headline" and word_only(finding)


def head_source_kept(finding: Finding, link: EvidenceLink, head_from: str) -> bool:
    """Whether dropping the body sentence `link` for `finding` leaves the headline's source in
    the headline's pool: the body's copy of the headline's conclusion goes, the headline stays."""
    return (
        bool(head_from)
        and link.section != "headline"
        and link.text == head_from
        and (word_only(finding) or repeated(finding))
    )
