"""An effect stated where the paper's sentence that holds it says there was none.

"Electric currents on the skin, climbing and vibration eased stiffness" where the paper has "No
evidence of benefit exists to support the use of TENS, sports climbing and vibration therapy";
"Over a year, vitamin D3 brought down the number of relapses" against "Vitamin D3 had no effect
on relapses". The contradiction check pairs claim with claim and needs the two to be about the
same thing in the same words; a plain word ("stiffness" for "spasticity", "eased" for
"benefit") leaves the pair unmade while the sentence as a whole plainly rests on the null.

A summary sentence that states a direction as found (`claims_hedge._flat_claims`: better,
worse, up, down; not a purpose, a count or a denial), with no null or denial of its own and no
word of doubt, is read against the paper's sentence that holds most of it. When that sentence is a
result or conclusion holding at least `HELD` of it, states only nulls ("no effect", "did not
improve", "no evidence of benefit") and no direction left undenied in any of its clauses, and
no other result or conclusion that holds the sentence nearly as well (`NEARLY` of that share)
states a direction, the summary states an effect the paper says was not found: an error of the
contradiction check, unless that check has already reported the sentence.
"""

from __future__ import annotations

import re

from ..evidence import overlaps, split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding
from .claims_hedge import KEPT, _flat_claims
from .negation import conditional
from .polarity import claims_in
from .support_contradicted import CONTRADICTION, link_finding

HELD = 0.5  # share of the summary sentence the paper's null sentence must hold
NEARLY = 0.8  # another finding holding this much of that share, with a direction, lets it go
_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION})
_DIRECTIONS = frozenset({"better", "worse", "up", "down"})
_SECTIONS = frozenset({"headline", "what_the_study_did", "why_it_matters"})
# A direction in a clause of the paper's sentence, and the words that deny it there.
_DIRECTION = re.compile(
    r"\b(?:more|less|fewer|higher|lower|greater|better|worse|increas\w*|decreas\w*|reduc\w*|"
    r"improv\w*|rais\w*|fell|rose|savings?|benefit\w*)\b",
    re.I,
)
_DENIED = re.compile(
    r"\b(?:no|not|nor|neither|none|never|without|similar|failed|lack\w*)\b|n't\b", re.I
)
_CLAUSE = re.compile(r"[;:,]|\b(?:but|while|whereas|although|though|however)\b", re.I)
_BRACKETS = re.compile(r"\([^()]*\)")
# A direction that describes rather than reports: in a relative clause ("an enzyme that helps
# bone strength") or a list of what was measured ("These included reduced drinking").
_DESCRIBED = re.compile(r"\b(?:that|which|who)\s+(?:[\w-]+\s+){0,2}$|\binclud\w*\b[^.;]*$", re.I)


def _only_nulls(paper: str) -> bool:
    """Whether `paper` states nulls and no direction that a clause of it leaves undenied."""
    claims = [c.polarity for c in claims_in(paper)]
    if not claims or any(p != "null" for p in claims):
        return False
    plain = _BRACKETS.sub(" ", paper)
    return not any(
        _DIRECTION.search(clause) and not _DENIED.search(clause) for clause in _CLAUSE.split(plain)
    )


def null_held(source: Source, link: EvidenceLink) -> str | None:
    """The paper's sentence stating no effect that holds `link`'s sentence, which states one."""
    sentence = link.text
    if link.kind != "content" or link.section not in _SECTIONS:
        return None
    if KEPT.search(sentence) or conditional(sentence) or sentence.rstrip().endswith("?"):
        return None
    if _DENIED.search(sentence) or any(c.polarity == "null" for c in claims_in(sentence)):
        return None  # a null of its own beside the effect ("A helped, B did not")
    if not any(
        c.polarity in _DIRECTIONS and not _DESCRIBED.search(sentence, 0, c.said_at)
        for c in _flat_claims(sentence)
    ):
        return None
    held = sorted(((share, i) for i, share in overlaps(source, sentence).items()), reverse=True)
    if not held or held[0][0] < HELD:
        return None
    sentences = split_source(source)
    best, at = held[0]
    if sentences[at].role not in _ROLES or not _only_nulls(sentences[at].text):
        return None
    for share, i in held[1:]:
        if share < best * NEARLY:
            break
        if sentences[i].role in _ROLES and any(
            c.polarity in _DIRECTIONS for c in claims_in(sentences[i].text)
        ):
            return None  # the paper states a direction there too
    return sentences[at].text


def null_findings(source: Source, link: EvidenceLink, found: list[Finding]) -> list[Finding]:
    """An error when `link`'s sentence states an effect where the paper's sentence that holds
    it says there was none, unless a contradiction is among `found` for it already."""
    if any(f.check == CONTRADICTION and f.span == link.text for f in found):
        return []
    paper = null_held(source, link)
    if paper is None:
        return []
    return [
        link_finding(
            link,
            f"The sentence states an effect; the paper's sentence it rests on says there was "
            f"none: {link.text!r}",
            f"Say what the paper found: {paper!r}.",
            check=CONTRADICTION,
        )
    ]
