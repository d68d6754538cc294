"""A case report's headline that tells the case's course, not its lesson (see
`plainsum.checks.headline`).

A case report is one patient's story told for what it teaches ("Spigelian hernias are rare and
easily missed; know their signs"). A headline that retells the story ("A 36-year-old woman's
pain settled before surgeons repaired her hernia", "Diagnosis was confirmed on CT scan and the
hernia repaired") gives a reader one stranger's course and leaves out why it was written up.

It is read as the course when the paper is a case report (by its words and its design) whose
conclusions state a lesson (a
sentence in the present tense or with a modal: "these hernias are rare", "infection should be
ruled out"), and the headline states none (no verb in the present tense, no modal) and
repeats a sentence of the case's story that is not among its conclusions (the offline drafts'
"Diagnosis was confirmed on CT scan, and mesh repair performed"). A case report that concludes
only on its case ("We report a woman who developed X") has no other lesson, and its headline
may retell the case; so may a headline in its own words on how the patient fared ("A man with
MS recovered after his drug was stopped"), which carries the lesson through the case, and is
left alone here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..design import detect_design
from ..evidence import SourceSentence, overlaps
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import StudyDesign

# The paper is about one case, or a few: "case report", "the case of", "a 36 year old",
# "we describe two patients"
_CASE_PAPER = re.compile(
    r"\bcase (?:report|study|series)\b|\bthe case of\b|\b\d+[- ](?:year|month)s?[- ]old\b"
    r"|\b(?:we|this (?:paper|article|report)) (?:report|describe|present|discuss)s? "
    r"(?:the |a |an |two |three )?(?:case|patient|woman|man|girl|boy|child)",
    re.I,
)
# A statement that holds beyond the case: a verb in the present tense or a modal.
_LESSON = re.compile(
    r"\b(?:is|are|isn't|aren't|can|cannot|can't|may|might|should|must|could|would|remains?|"
    r"has|have|needs?|seems?|appears?|helps?|causes?|shows?|suggests?|occurs?|happens?|"
    r"requires?|depends?|leads?|makes?|means?|lies|presents?|mimics?)\b",
    re.I,
)
# The case told as a story: what was done to the patient, or what happened to them.
_STORY = re.compile(
    r"\b(?:we (?:report|describe|present|discuss)|presented|was (?:admitted|referred|diagnosed|"
    r"treated|seen|found)|underwent|our (?:case|patient))\b",
    re.I,
)
RETOLD = 0.5  # a headline this well held by one sentence of the paper repeats it
_TOLD_IN = (Role.RESULTS, Role.METHODS)  # where a case report tells its case (not its background)


@lru_cache(maxsize=256)
def _case_report(source: Source) -> bool:
    """Whether the paper is a case report (its words first, then its design)."""
    return bool(_CASE_PAPER.search(source.text)) and (
        detect_design(source).design == StudyDesign.CASE_REPORT
    )


def case_course(
    source: Source, headline: str, main: list[int], sentences: list[SourceSentence]
) -> str | None:
    """The words that show a case report's headline to be its case's course, when the paper's
    conclusions state a lesson the headline does not."""
    if _LESSON.search(headline) or not _case_report(source):
        return None
    lessons = [
        i
        for i in main
        if _LESSON.search(sentences[i].text) and not _STORY.search(sentences[i].text)
    ]
    if not lessons:
        return None
    shares = overlaps(source, headline)
    if not shares:
        return None
    best = max(shares, key=lambda i: shares[i])
    if shares[best] >= RETOLD and best not in main and sentences[best].role in _TOLD_IN:
        return sentences[best].text[:60]
    return None
