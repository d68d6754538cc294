"""Others' studies said as the paper's: a claim a review reports only of studies it did not
include, or of weaker studies, said as what the review found. Read for plainsum.checks.support.

- excluded: "No study met the inclusion criteria. Eighteen studies with non-randomised designs
  reported favourable outcomes" summarised as "The programmes led to better outcomes."; "Non-
  randomised trials, which the review excluded, suggest that it is safe" as "It was safe.";
  "Uncontrolled studies have suggested a benefit" (the paper's background) as "It helped."
  The paper reports the claim of studies outside its own evidence, often to set it aside; said
  flatly, it becomes the review's finding. An error when the paper sentence that holds most of
  the summary sentence is such a report (its subject, before its reporting verb, names studies
  of a kind the review leaves out: non-randomised, uncontrolled, observational, case reports,
  animal, excluded ones), the paper did not include that kind (the sentence says they were
  excluded, stands in its background, or the review's selection criteria take only randomised
  trials), and such sentences alone hold a fair share of the summary sentence (its words found
  there and nowhere else in the paper: "favourable", "generally").
- trials: "Across 36 observational studies there were no differences" summarised as "The
  trials showed no difference.": evidence of one design said as another's, stronger kind. An
  error when the summary names trials as the source and the paper sentence it draws on most names
  observational, cohort or case studies and no randomised trial.

Not when the summary sentence, or the one before it in its section, says where the claim comes
from ("Studies that were not randomised reported ...", "In these, ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless, prefilter
from ..evidence import found_share, split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding
from .study_statements import FINDING_CUE
from .support_contradicted import link_finding

__all__ = ["others_claimed"]

# the share of the summary sentence's weight found only in others' sentences (and in none of
# the paper's own) for the claim to be theirs
OTHERS_GAIN = 0.15

_OTHER_KIND = (
    r"(?:non-?randomi[sz]ed|non-?comparative|uncontrolled|observational|anecdotal|"
    r"case[- ](?:series|reports?|studies)|animal|excluded|ineligible)"
)
_EVIDENCE = r"(?:stud(?:y|ies)|trials?|reports?|data|evidence|experience|series|designs?|research)"
_REPORTING = (
    r"\b(?:suggest|show|report|found|find|demonstrat|indicat|support|favou?r|describ|claim|"
    r"observ|conclud)\w*"
)
# the subject of a paper sentence names others' studies before its reporting verb
_OTHERS_SAY = re.compile(
    rf"^(?P<subject>[^;:]*?\b{_OTHER_KIND}\b(?:[^;:.]{{0,60}}?)\b{_EVIDENCE}\b[^;:]*?)"
    rf"{_REPORTING}",
    re.I,
)
# ... and the paper says it left them out
_LEFT_OUT = re.compile(
    r"\b(?:excluded|not included|ineligible|did not meet|outside (?:the|this) review|"
    r"no (?:\w+ )?(?:study|studies|trials?) (?:was |were )?(?:found )?(?:that )?met)\b",
    re.I,
)
_SELECTION = re.compile(r"selection criteria:\s*(?P<text>[^\n]+)", re.I)
_RANDOMISED = re.compile(r"\b(?:randomi[sz]ed|rcts?)\b", re.I)
_OTHER_DESIGNS = re.compile(
    r"\b(?:non-?randomi[sz]ed|observational|cohort|case|before[- ]and[- ]after|time[- ]series|"
    r"quasi-experimental|controlled clinical|any (?:study )?design|all (?:study )?designs|"
    r"nrs|nrcts?|cbas?)\b",
    re.I,
)
# the summary says where the claim comes from
_SOURCE_SAID = re.compile(
    r"\b(?:non-?randomi[sz]ed|not randomi[sz]ed|observational|uncontrolled|anecdotal|"
    r"case (?:series|reports?|studies)|animals?|excluded|left out|not included|"
    r"(?:did not|didn't|could not|couldn't) (?:include|use|count)|outside|weaker|"
    r"other (?:kinds? of )?(?:studies|research|reports|trials)|earlier|previous|"
    r"before (?:this|the) review|in these|these studies|such studies|experience|reports? from)\b",
    re.I,
)
# trials named as the source of a result
_TRIALS_SAY = re.compile(
    r"\b(?:the|these|both|all|two|three|four|five|six) (?:\w+ )?(?:trials|rcts)\b", re.I
)
_WEAKER_DESIGN = re.compile(
    r"\b(?:observational|cohort|case[- ](?:control|series|reports?)|registry|"
    r"non-?randomi[sz]ed) (?:\w+ )?(?:studies|study|data|reports?|series)\b",
    re.I,
)
_FINDINGS_SAID = frozenset({"headline", "what_the_study_did"})
_RANDOMISED_TRIALS = re.compile(r"(?<!non-)(?<!non)\b(?:randomi[sz]ed|rcts?)\b", re.I)


@lru_cache(maxsize=64)  # a paper's: read again by a repair's gate
def _randomised_only(source: Source) -> bool:
    """Whether the review's selection criteria take randomised trials and no other design."""
    m = _SELECTION.search(source.full_text)
    if not m:
        return False
    text = m.group("text")
    return bool(_RANDOMISED.search(text)) and not _OTHER_DESIGNS.search(text)


def _others_sentence(source: Source, sentence) -> bool:
    """Whether a paper sentence reports what studies the review did not include say."""
    m = caseless.search(_OTHERS_SAY, sentence.text)
    if not m or re.search(_REPORTING, m.group("subject"), re.I):
        return False
    return bool(
        sentence.role == Role.BACKGROUND
        or _LEFT_OUT.search(sentence.text)
        or _randomised_only(source)
    )


def _said_before(links: list[EvidenceLink], link: EvidenceLink) -> str:
    before = [k for k in links if k.section == link.section and k.index == link.index - 1]
    return before[0].text if before else ""


def others_claimed(source: Source, link: EvidenceLink, links: list[EvidenceLink]) -> list[Finding]:
    """An error when `link`'s sentence says as the paper's finding what the paper reports only
    of studies it did not include, or names trials for what weaker studies found."""
    if link.kind != "content" or not link.source_sentences:
        return []
    if link.section not in _FINDINGS_SAID and not FINDING_CUE.search(link.text):
        return []  # elsewhere, background and judgements are the summary's own
    if prefilter.search(_SOURCE_SAID, link.text) or prefilter.search(
        _SOURCE_SAID, _said_before(links, link)
    ):
        return []
    sentences = split_source(source)
    linked = [sentences[i] for i in link.source_sentences if i < len(sentences)]
    if not linked:
        return []
    others = frozenset(s.index for s in linked if _others_sentence(source, s))
    if others:
        every = frozenset(s.index for s in sentences)
        gain = found_share(source, link.text, every) - found_share(
            source, link.text, every - others
        )
        if gain < OTHERS_GAIN:
            return []  # the paper's own sentences hold it as well
        said = next(s for s in linked if s.index in others)
        return [
            link_finding(
                link,
                f"Not supported by the source: {link.text!r} says as the paper's finding what "
                f"it reports only of studies it did not include: {said.text.strip()!r}.",
                "Say that the claim comes from other, weaker studies the review left out, or "
                "leave it out and give the review's own result.",
            )
        ]
    paper = linked[0]
    if (
        caseless.search(_TRIALS_SAY, link.text)
        and caseless.search(_WEAKER_DESIGN, paper.text)
        and not caseless.search(_RANDOMISED_TRIALS, paper.text)
    ):
        return [
            link_finding(
                link,
                f"Not supported by the source: {link.text!r} says trials found it, but the "
                f"paper reports it of studies of another kind: {paper.text.strip()!r}.",
                "Say what kind of studies the result comes from (observational, not randomised).",
            )
        ]
    return []
