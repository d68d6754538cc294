"""A design the summary states and the paper contradicts.

"This was a clinical trial in people." or "This was a single trial, so ..." of a paper that
pooled 79 publications; "This was a study in people." of work done in mice or in cells. The
support check asks whether the paper has words of the kind a design statement names
(study_statements.design_statement): a pooled analysis of trials has the word "trial" all
through it, so that passes. This check reads what the paper says it did instead:

- one_trial: a sentence says this study was one trial ("This was a (single, clinical ...)
  trial") where the paper says it took in several studies ("79 publications were included",
  "we included 12 trials": plainsum.design_count.studies_taken_in, on the paper's own work:
  its background, the reviews it cites and its earlier work left out);
- in_people: a sentence says this study was done in people ("This was a trial in adults")
  where the paper's design is lab or animal work with no people in it.

Only sentences that state what this study was are read ("This was ...", "It was ...", "The
study was ..."): "Only a single trial measured pain" is one of a review's trials, and true.
"""

from __future__ import annotations

import re

from ..design import DesignInfo
from ..design_cited import without_cited_reviews, without_earlier_work
from ..design_count import studies_taken_in
from ..ingest import Source
from ..schemas import EvidenceLink, Finding, Severity, StudyDesign

CHECK = "support"

_THIS_WAS = r"\b(?:this|it|the (?:study|paper|work|research|report))\s+(?:was|is)\s+"
# "This was a single trial", "This was a clinical trial in people", "It was only one small
# randomised trial" (not "a trial of ..."'s plural, not "one of the trials")
_ONE_TRIAL = re.compile(
    _THIS_WAS + r"(?:only\s+|just\s+)?(?:a|one)\s+(?:[\w-]+\s+){0,3}?trial\b(?!s)",
    re.I,
)
# "This was a study in people", "It was a trial in adults with asthma", "a study of patients"
_IN_PEOPLE = re.compile(
    _THIS_WAS + r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|experiment)\s+(?:in|of|with|on)\s+"
    r"(?:(?:healthy|older|young|adult)\s+)?(?:people|humans|patients|adults|children|women|men|"
    r"volunteers|participants)\b",
    re.I,
)
_NOT_IN_PEOPLE = frozenset({StudyDesign.LAB, StudyDesign.ANIMAL})


def _several_studies(source: Source) -> bool:
    """Whether the paper says it took in several studies, as a review or pooled analysis does:
    in its own work (its background, the reviews it cites and its earlier work left out)."""
    own = "\n\n".join(s.text for s in source.sections if s.name != "background")
    return studies_taken_in(without_earlier_work(without_cited_reviews(own)))


def check_design_said(
    source: Source, design: DesignInfo, links: list[EvidenceLink]
) -> list[Finding]:
    """An error for each summary sentence (the gate's evidence links, frames too) that states
    a design the paper contradicts."""
    findings: list[Finding] = []
    several: bool | None = None  # read once, and only when a sentence says "one trial"
    where = "in animals" if design.design == StudyDesign.ANIMAL else "in the lab"
    for link in links:
        if _ONE_TRIAL.search(link.text):
            if several is None:
                several = _several_studies(source)
            if several:
                findings.append(
                    _finding(
                        link,
                        "The summary calls this one trial, but the paper took in several "
                        "studies (a review or a pooled analysis).",
                        "Say what the paper did: 'This review pooled the results of N studies.'",
                    )
                )
        if (
            design.design in _NOT_IN_PEOPLE
            and not design.in_people
            and _IN_PEOPLE.search(link.text)
        ):
            findings.append(
                _finding(
                    link,
                    f"The summary says this study was done in people, but the work was done "
                    f"{where}.",
                    "Say where the work was done ('This was a study in mice.').",
                )
            )
    return findings


def _finding(link: EvidenceLink, message: str, hint: str) -> Finding:
    return Finding(
        check=CHECK,
        severity=Severity.ERROR,
        section=link.section,
        span=link.text[:120],
        message=message,
        hint=hint,
    )
