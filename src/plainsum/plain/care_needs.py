"""What care a finding calls for, which is no call for more research.

"Liver monitoring will be required if the drug is approved" (drafted "Liver checking will be
needed ...") says what the finding means for the people who would take the drug: the care it
would need. The words "needed" and "required" read it as a call for more work
(`conclusion_kinds.FUTURE`), so why it matters left it out and said the headline again (the lead's
hand-written v1, a phase 3 trial with a liver signal). A sentence whose subject is a kind of care
(monitoring, checks, screening, tests, follow-up) is the authors' implication for practice.
"""

from __future__ import annotations

import re

from .conclusion_kinds import FUTURE

__all__ = ["calls_for_research", "needs_care"]

_CARE = (
    r"(?:monitoring|checking|checks|screening|testing|tests|follow-up|surveillance|"
    r"blood tests|scans)"
)
# "Liver monitoring will be required", "Regular blood tests are needed", "Careful checking of
# liver enzymes would be necessary": care as the subject of a need.
_CARE_NEEDED = re.compile(
    rf"^(?:(?:[A-Z][\w-]*|regular|careful|close|routine|liver|blood|kidney|heart|eye|skin)\s+)"
    rf"{{0,3}}{_CARE}\b(?:\s+(?:of|for)\s+[\w-]+(?:\s+[\w-]+){{0,3}})?"
    r"\s+(?:will|would|may|might)?\s*(?:be|is|are)\s+(?:still\s+)?(?:needed|required|necessary|"
    r"warranted|advised|recommended)\b",
    re.I,
)
# "People taking the drug should be monitored for liver injury": the people as the subject.
_CARED_FOR = re.compile(
    r"\b(?:should|must|will need to|would need to|need to) be (?:regularly |closely |carefully )?"
    r"(?:monitored|checked|screened|tested|followed up|vaccinated)\b",
    re.I,
)
# never research: "Long-term monitoring in larger trials is needed", "Testing in new studies"
_RESEARCH = re.compile(r"\b(?:trials?|studies|study|research|RCTs?|evidence|data)\b", re.I)


def needs_care(text: str) -> bool:
    """Whether a sentence says what care the finding calls for (`_CARE_NEEDED`, `_CARED_FOR`),
    naming no research."""
    return bool(
        (_CARE_NEEDED.search(text) or _CARED_FOR.search(text)) and not _RESEARCH.search(text)
    )


def calls_for_research(text: str) -> bool:
    """`FUTURE` (a call for more work, or work still to come), never the care a finding calls
    for (`needs_care`)."""
    return bool(FUTURE.search(text)) and not needs_care(text)
