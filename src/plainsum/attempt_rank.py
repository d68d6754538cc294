"""Which of a draft's attempts to keep: the one an editor would, in the house's order of worth
(true > whole > the main finding > plain words).

Counting every error alike let a repair that trades the main finding for plainer words win: an
empty review's headline "A review found no studies checking permissive hypoxaemia versus
normoxaemia in ..." (two hard words) lost to "A review reports its findings" (one hollow
headline, one hard word left in the body), and any new warning or note changed which of two
attempts won. An attempt is ranked by its errors of truth, wholeness and the main finding
first; then by its errors of plain words (a hard word, an unexplained short form, the grade, a
length); then by how many sentences of its body state what the study found (more is better: a
repair that cut a result for the grade alone kept less of the paper); then by its other
findings. This holds for a drafter that can only leave sentences out (the offline drafter),
where it was measured; a model's attempts are ranked by errors, then other findings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .checks.finding import states_result
from .plain.sentences import Role
from .schemas import EvidenceLink, Finding, Severity

# the checks of plain words: what a reader may stumble on, never what is false or missing
PLAIN_CHECKS = frozenset({"jargon", "abbreviations", "readability", "shape"})
_BODY = "what_the_study_did"


class AttemptRank(NamedTuple):
    """Lower is better, field by field."""

    errors: int  # errors of truth, wholeness and the main finding
    plain_errors: int  # errors of plain words
    results: int  # minus the sentences that state a result (0 when not counted)
    others: int  # warnings and notes


def results_stated(links: Sequence[EvidenceLink], roles: Sequence[Role]) -> int:
    """How many sentences of "what the study did" state a result, as the gate's finding check
    reads them. (Never the headline: the headline check says whether it states the main
    finding, and a side result heading one attempt outweighed the main results in another's
    body, CD003122.)"""
    said = list(roles)
    return sum(1 for link in links if link.section == _BODY and states_result(link, said))


def rank_attempt(
    findings: Sequence[Finding],
    links: Sequence[EvidenceLink] = (),
    roles: Sequence[Role] = (),
    *,
    by_worth: bool = True,
) -> AttemptRank:
    """The rank of one attempt (`AttemptRank`). `by_worth` for a drafter that only leaves
    sentences out (the offline drafter), whose attempts differ by what they keep; without it
    (a model, whose repairs reword) every error counts alike, then the other findings."""
    errors = [f for f in findings if f.severity == Severity.ERROR]
    others = sum(1 for f in findings if f.severity in (Severity.WARNING, Severity.INFO))
    if not by_worth:
        return AttemptRank(len(errors), 0, 0, others)
    plain = sum(1 for f in errors if f.check in PLAIN_CHECKS)
    return AttemptRank(len(errors) - plain, plain, -results_stated(links, roles), others)
