"""The body says what the study found, not only how it was done.

A summary whose "what the study did" holds only the design ("This was a review of earlier
studies"), the search date, the aim and a count of studies tells a reader nothing they can use:
an editor cannot publish it. A sentence states a result when it is a content sentence (not a
pointer to the care team or a statement of the design; a caveat that states an effect counts)
that reports no procedure, and either a results or conclusion sentence of
the paper supports it or it states an effect or its absence itself.

- error: neither "what the study did" nor "why it matters" states a result (the headline alone
  is one sentence; the reader never learns more than it);
- warning: "what the study did" states none but "why it matters" does (the results are there,
  in the wrong section: an editor can move them).
"""

from __future__ import annotations

import re

from ..evidence import frame_kind, split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity

CHECK = "finding"
SECTIONS = ("what_the_study_did", "why_it_matters")

# How the study was done: its design, search, aim, size and what it examined.
_PROCEDURE = re.compile(
    r"^(?:this|it) (?:was|is) an? \b"
    r"|\b(?:searched|search(?:es)? (?:was|were) (?:done|run|made))\b"
    r"|\b(?:wanted|aimed|set out|tried|sought|planned|hoped) to\b|\b(?:aim|goal|objective|"
    r"purpose|question)s? (?:was|were|is|are)\b"
    r"|\b(?:included|enrolled|recruited|involved|selected|identified|(?:were|was) "
    r"(?:randomi[sz]ed|assigned)|took part|met (?:the |their )?(?:\w+ )?(?:rules|criteria))\b"
    r"|\b(?:compared(?! (?:with|to)\b)|tested|evaluated|examined|assessed|checked|looked at|"
    r"investigated|studied|measured|followed)\b"
    r"(?!.*\b(?:found|showed|shows|reported that|suggest\w*)\b)",
    re.I,
)
# A review that found nothing to include: that is its finding.
_NONE_FOUND = re.compile(
    r"\b(?:found|identified|were) no (?:\w+ ){0,3}?(?:studies|trials|evidence)\b"
    r"|\bno (?:\w+ ){0,3}?(?:studies|trials) (?:were found|met|were eligible|were included)\b",
    re.I,
)
# A result said in so many words: an effect, a difference, its absence, what was seen.
_RESULT = re.compile(
    r"\b(?:found|showed|shows|shown|suggest\w*|concluded|effective|efficacy|improv\w*|reduc\w*|"
    r"lower\w*|rais\w*|increas\w*|decreas\w*|benefit\w*|help\w*|eas\w*|slow\w*|worse|better|"
    r"fewer|more|less|prevent\w*|linked|associated|related|caus\w*|differ\w*|similar|no effect|"
    r"unchanged|did not (?:change|work|help)|not enough evidence|no (?:clear )?evidence|"
    r"uncertain|unclear|unknown)\b",
    re.I,
)
# Frame sentences that never report a finding; a caveat may ("low-certainty evidence that X
# prevents Y" is the finding, said with its caveat).
_NOT_FINDINGS = ("care_team", "not_about_ms", "design", None)
_RESULT_ROLES = (Role.RESULTS, Role.CONCLUSION, Role.LIMITATION)


def states_result(link: EvidenceLink, roles: list[Role]) -> bool:
    """Whether a summary sentence reports something the study found."""
    if _PROCEDURE.search(link.text) and not _NONE_FOUND.search(link.text):
        return False
    if link.kind != "content" and frame_kind(link.text) in _NOT_FINDINGS:
        return False
    supported = any(i < len(roles) and roles[i] in _RESULT_ROLES for i in link.source_sentences)
    return supported or bool(_RESULT.search(link.text))


def check_finding(source: Source, links: list[EvidenceLink]) -> list[Finding]:
    """An error when the body states no result, a warning when only "why it matters" does."""
    roles = [s.role for s in split_source(source)]
    stating = {
        section: [k for k in links if k.section == section and states_result(k, roles)]
        for section in SECTIONS
    }
    if stating["what_the_study_did"]:
        return []
    if stating["why_it_matters"]:
        return [
            Finding(
                check=CHECK,
                severity=Severity.WARNING,
                section="what_the_study_did",
                message=(
                    "What the study did says how it was done but not what it found; the "
                    "results are under why it matters."
                ),
                hint="Move the main results into what the study did.",
            )
        ]
    return [
        Finding(
            check=CHECK,
            severity=Severity.ERROR,
            section="what_the_study_did",
            message=(
                "The summary never says what the study found: what the study did holds only "
                "how it was done (design, search, aim, size), and why it matters no result."
            ),
            hint=(
                "Add the main results to what the study did: what changed, by how much, or "
                "that nothing did."
            ),
        )
    ]
