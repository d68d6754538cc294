"""Required caveats, chosen by the study design, and a pointer to the reader's care team.

A caveat is recognised by its meaning, sentence by sentence (see caveat_frames); the table is
in caveats_transfer, caveats_evidence, caveats_small and caveats_care.

`example` is a sentence that satisfies each caveat: drafters use it and the repair hint quotes it.
"""

from __future__ import annotations

from ..design import DesignInfo
from ..plain.frames import SMALL_STUDY
from ..schemas import Finding, PlainSummary, StudyDesign
from .caveat_frames import Caveat, keep
from .caveats_care import CARE_TEAM
from .caveats_evidence import REVIEW_QUALITY
from .caveats_preprint import PREPRINT
from .caveats_small import FEW_PEOPLE, SINGLE_TRIAL
from .caveats_transfer import LINK_NOT_CAUSE, NOT_IN_PEOPLE
from .text import split_sentences

CHECK = "caveats"
# single_trial's example for a review that found only one study
ONE_STUDY_REVIEW = (
    "The review found only one trial, so its results need confirming in more studies."
)

_TABLE = (
    NOT_IN_PEOPLE,
    LINK_NOT_CAUSE,
    REVIEW_QUALITY,
    FEW_PEOPLE,
    SINGLE_TRIAL,
    CARE_TEAM,
    PREPRINT,
)
CAVEATS: dict[str, Caveat] = keep({caveat.name: caveat for caveat in _TABLE})


def required_caveats(design: StudyDesign) -> list[Caveat]:
    """The caveats every summary of a study of this design must carry."""
    return [c for c in CAVEATS.values() if design in c.designs]


def caveats_for(design: DesignInfo) -> list[Caveat]:
    """The caveats a summary of this paper must carry: those of its design, few_people for a
    small study of people, and single_trial only when the results rest on one study (a trial
    paper that reports one trial, or a review that found only one), not on the word "trial"."""
    out = [c for c in required_caveats(design.design) if c.name != "single_trial"]
    if design.one_study:
        out.append(CAVEATS["single_trial"])
    if design.small_study and CAVEATS["few_people"] not in out:
        out.append(CAVEATS["few_people"])
    if design.preprint:  # not yet peer reviewed, whatever the design
        out.append(CAVEATS["preprint"])
    return out


def example_for(caveat: Caveat, design: DesignInfo) -> str:
    """A sentence that carries `caveat` and fits this paper's design."""
    if caveat.name == "few_people" and design.design != StudyDesign.CASE_REPORT:
        return SMALL_STUDY
    if caveat.name == "single_trial" and design.design == StudyDesign.REVIEW:
        return ONE_STUDY_REVIEW
    return caveat.example


# A design's caveat says what the study cannot show: it is read where a summary weighs the
# study (why it matters, limitations), not in the headline or the account of what was done.
# "In this small trial, 12 adults ate dinner early" describes the trial and "Amantadine's benefit
# is small and uncertain" reports the finding; neither warns the reader that one trial needs
# confirming or that the review's studies were weak. The care-team pointer counts anywhere.
WEIGHED_IN = ("why_it_matters", "limitations")


def check_caveats(summary: PlainSummary, design: DesignInfo) -> list[Finding]:
    """A finding for every required caveat the summary lacks."""
    by_section = {name: split_sentences(text) for name, text in summary.sections().items()}
    everywhere = [s for sentences in by_section.values() for s in sentences]
    weighed = [s for name in WEIGHED_IN for s in by_section.get(name, [])]
    findings = []
    # (Lab tests on samples from counted patients are read as a study of those patients, not as
    # lab work, by the design: lab work that remains, on cells from three patients, has not
    # been tried in people, and how few the patients were does not say so.)
    for caveat in caveats_for(design):
        sentences = weighed if caveat.section == "limitations" else everywhere
        if any(caveat.in_sentence(s) for s in sentences):
            continue
        findings.append(
            Finding(
                check=CHECK,
                severity=caveat.severity,
                section=caveat.section,
                message=f"Missing caveat ({caveat.name}): {caveat.message}",
                hint=f'Add a sentence such as: "{example_for(caveat, design)}"',
            )
        )
    return findings
