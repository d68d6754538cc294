"""A review that found no studies to include, whose summary never says so.

"No trials met the inclusion criteria" is such a review's main result: a reader must learn
that there is no trial evidence at all, or a summary of the background, the authors' hopes and
the animal work they cite reads as if trials had been weighed (an offline draft of a review of
surfactant before birth said the treatment was "possibly safe ... and may be helpful" and never
that the review found no trials). A paper says it was empty in its results or conclusions,
with no count of studies it did include and not only of new ones since an earlier version ("no
new trials were found"); its summary says so in any plain words ("found no trials", "no studies
were good enough to include", "there is no evidence from trials", "did not find any").
"""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity

_STUDIES = r"(?:trials?|studies|study|RCTs?|reports?|papers?)"
# what no study did: was found, met the criteria, could be included
_NONE_MET = (
    r"(?:(?:were|was|could be|have been|has been)\s+(?:\w+\s+)?(?:found|identified|included|"
    r"located|retrieved|eligible)|met|fulfilled|satisfied|qualified)"
)
# "No published, unpublished or ongoing trials that met the inclusion criteria were found",
# "We did not identify any eligible trials", "We found no randomised trials", "None of the 14
# studies met the criteria", "There were no data from randomised trials", "no studies were
# eligible for inclusion"
_EMPTY = re.compile(
    rf"\bno\s+(?:[\w,-]+\s+){{0,6}}?{_STUDIES}\b[^.;]{{0,80}}?\b{_NONE_MET}\b"
    rf"|\b(?:did|could)\s+not\s+(?:find|identify|locate|include)\s+any\s+(?:[\w,-]+\s+){{0,4}}?"
    rf"{_STUDIES}\b"
    rf"|\b(?:found|identified|included|retrieved|located)\s+no\s+(?:[\w,-]+\s+){{0,4}}?{_STUDIES}\b"
    rf"|\bnone\s+of\s+(?:the\s+)?(?:\d+\s+)?(?:[\w-]+\s+){{0,2}}?{_STUDIES}\b[^.;]{{0,40}}?"
    rf"\b(?:met|fulfilled|satisfied|were\s+(?:eligible|included))\b"
    # "Of the 49 relevant studies we found, none met the inclusion criteria"
    rf"|\bof\s+(?:the\s+)?[\d,]+\s+(?:[\w-]+\s+){{0,3}}?{_STUDIES}\b[^.;]{{0,60}}?,\s+none\s+"
    r"(?:of\s+them\s+)?(?:met|fulfilled|satisfied|were\s+(?:eligible|included))\b"
    rf"|\bthere\s+(?:were|are|was|is)\s+no\s+(?:[\w-]+\s+){{0,3}}?(?:data|evidence|trials?|studies)"
    rf"\s+from\s+(?:any\s+)?(?:[\w-]+\s+){{0,3}}?(?:trials?|studies|RCTs?)\b",
    re.I,
)
# the whole review, not one question of it: said of its criteria or of the review, or with
# nothing after it ("We identified no randomised controlled trials.", not "We found no
# studies in children.")
_WHOLE = re.compile(
    r"\b(?:criteria|inclusion|include|eligible|included|for\s+(?:this|the)\s+(?:review|update))\b",
    re.I,
)
_TAIL_WORD = re.compile(r"[A-Za-z]{3,}")
# only nothing new, or nothing on one comparison among others
_PARTLY = re.compile(
    r"\b(?:new|newer|additional|further|more|recent|other)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trials?|studies|RCTs?)\b|\b(?:compar\w+|versus|vs)\b",
    re.I,
)
# a count of the studies a review did include: it was not empty
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|a single|only one)"
)
_INCLUDED = re.compile(
    # (not "none of the 14 studies met")
    rf"(?<!of the )(?<!of )\b{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:trials?|studies|RCTs?)\b"
    r"[^.;]{0,60}?"
    r"\b(?:were\s+included|met|involving|with|included|randomi[sz]ed|enrolled|took part)\b"
    rf"|\b(?:we|this review)\s+included\s+{_COUNT}\b"
    rf"|\b{_COUNT}\s+of\s+(?:which|these|them)\s+(?:were|was)\s+(?:included|eligible)\b"
    # results drawn from counted studies: "across 36 observational studies", "(34 studies,
    # 1262 patients)"
    rf"|\b(?:across|from|using|based\s+on|pooling)\s+{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:trials?|studies|RCTs?)\b"
    r"|\(\s*\d+\s+(?:trials?|studies|RCTs?)\s*[,;]\s*\d",
    re.I,
)
# the summary says so: "found no trials", "no studies were good enough", "did not find any",
# "there is no evidence from trials", "none were found"
_SAID = re.compile(
    r"\bno\s+(?:[\w,-]+\s+){0,5}?(?:trials?|study|studies|research|evidence|data|RCTs?|information|"
    r"literature)\b"
    r"|\b(?:did|could)\s+not\s+(?:find|identify)\s+(?:any|a\s+single)\b"
    r"|\b(?:didn't|couldn't)\s+(?:find|identify)\s+any\b|\bnot\s+able\s+to\s+find\b"
    r"|\bnone\s+(?:were|was|had been)\s+(?:found|good enough|included|suitable)\b"
    r"|\bnone\s+(?:of\s+them\s+)?met\s+the\s+(?:\w+\s+)?(?:rules|criteria)\b"
    r"|\bno\s+one\s+has\s+(?:yet\s+)?(?:tested|studied|tried)\b"
    r"|\b(?:has|have)\s+(?:never|not\s+yet)\s+been\s+(?:tested|studied|tried)\b",
    re.I,
)
CHECK = "finding"


def empty_review(source: Source) -> str | None:
    """The paper's sentence saying its review found no studies to include, when it does (in its
    results or conclusions, or as the drafter reads it: `none_included`, a sentence on the
    review's own entry rules among its methods too) and counts none that it included."""
    found = None
    sentences = split_source(source)
    for sentence in sentences:
        if caseless.search(_INCLUDED, sentence.text):
            return None
        if found is None and sentence.role in (Role.RESULTS, Role.CONCLUSION):
            said = caseless.search(_EMPTY, sentence.text)
            if (
                said
                and not caseless.search(_PARTLY, sentence.text)
                and (
                    caseless.search(_WHOLE, sentence.text)
                    or not _TAIL_WORD.search(sentence.text, said.end())
                )
            ):
                found = sentence.text
    if found is None:
        # "We retrieved the remaining 22 articles in full, but none satisfied the inclusion
        # criteria." said among the methods (CD011000), where the drafter reads the review as
        # empty and says so: the gate reads it the same way
        # (imported here: the drafter's modules import the checks package)
        from ..plain.none_included import none_included
        from ..plain.source import source_sentences
        from ..plain.unheaded_roles import HEADED_ROLES

        headed = bool({sec.name for sec in source.sections} & HEADED_ROLES)
        at = none_included(source_sentences(source), headed=headed)
        found = next((s.text for s in sentences if s.index == at), None)
    return found


def check_empty_review(source: Source, links: list[EvidenceLink]) -> list[Finding]:
    """An error when the paper found no studies to include and no sentence of the summary says
    that it found none."""
    empty = empty_review(source)
    if empty is None or any(caseless.search(_SAID, link.text) for link in links):
        return []
    shown = empty if len(empty) <= 160 else empty[:157] + "..."
    return [
        Finding(
            check=CHECK,
            severity=Severity.ERROR,
            section="what_the_study_did",
            message=(
                f"The review found no studies to include ({shown!r}), but the summary never "
                "says so."
            ),
            hint="Say plainly that the review found no trials, and what that means for readers.",
        )
    ]
