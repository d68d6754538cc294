"""Required caveats, chosen by the study design, and a pointer to the reader's care team.

Each caveat accepts many natural phrasings; `example` is a sentence that satisfies it, which
drafters may use and which the repair hint quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..design import DesignInfo
from ..schemas import Finding, PlainSummary, Severity, StudyDesign

CHECK = "caveats"
_F = re.I | re.S
_PEOPLE = r"(?:people|humans?|patients|the human body|persons?)"
_CANNOT = (
    r"\b(?:cannot|can't|can not|could not|couldn't|does not|doesn't|did not|didn't|do not|"
    r"don't|is not|isn't|are not|aren't|was not|wasn't|not|unable to)"
)


@dataclass(frozen=True)
class Caveat:
    name: str
    designs: frozenset[StudyDesign]
    severity: Severity
    patterns: tuple[re.Pattern[str], ...]
    example: str
    message: str
    section: str = "limitations"

    def present(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)


def _p(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, _F) for p in patterns)


_ALL = frozenset(StudyDesign)

CAVEATS: dict[str, Caveat] = {
    "not_in_people": Caveat(
        name="not_in_people",
        designs=frozenset({StudyDesign.LAB, StudyDesign.ANIMAL}),
        severity=Severity.ERROR,
        patterns=_p(
            rf"\bnot (?:yet )?(?:been )?(?:tested|shown|studied|tried|seen|confirmed|proven)"
            rf"[^.]{{0,40}}\b(?:in|on|with) {_PEOPLE}",
            rf"\b(?:in|on|with) (?:cells|mice|rats|animals|[a-z]+ cells|the lab)[^.]{{0,60}}"
            rf"\bnot (?:yet )?(?:in|on|with) {_PEOPLE}",
            rf"\bnot (?:yet )?(?:in|on|with) {_PEOPLE}",
            rf"\b(?:do not|don't|cannot|can't) (?:yet )?(?:know|say|tell)[^.]{{0,60}}\b{_PEOPLE}",
            rf"\bmay (?:not|or may not) (?:hold|apply|work|happen|be the same|carry over)"
            rf"[^.]{{0,40}}\b{_PEOPLE}",
            rf"\b(?:before|until)[^.]{{0,50}}\b(?:tested|studied|shown|tried)[^.]{{0,20}}"
            rf"\b{_PEOPLE}",
            rf"\bno {_PEOPLE} (?:were|was) (?:involved|studied|tested|included)",
        ),
        example=(
            "This work was done in the lab, not in people. We do not know yet if the same "
            "happens in people."
        ),
        message="A lab or animal study must say its results have not yet been shown in people.",
    ),
    "link_not_cause": Caveat(
        name="link_not_cause",
        designs=frozenset({StudyDesign.OBSERVATIONAL}),
        severity=Severity.ERROR,
        patterns=_p(
            rf"{_CANNOT}[^.]{{0,40}}\bcause[- ]and[- ]effect\b",
            rf"{_CANNOT} (?:\w+ )?(?:show|prove|tell|say|confirm|establish|know|mean)"
            r"[^.]{0,60}\bcaus",
            r"\b(?:link|association|connection|correlation)s?\b[^.]{0,30}\bnot "
            r"(?:the same as |proof of |evidence of )?(?:a |the )?caus",
            r"\bnot that [^.]{0,40}\bcaus",
            r"\bnot (?:necessarily (?:a |the )?|(?:a|the|proof of|evidence of) )caus",
            r"\bwhich came first\b",
            r"\bmay not be the cause\b",
            r"\bother (?:things|factors) (?:may|might|could) (?:explain|account)",
        ),
        example=(
            "This kind of study can find a link, but it cannot show that one thing causes the "
            "other."
        ),
        message="An observational study must say it shows a link, not a cause.",
    ),
    "review_quality": Caveat(
        name="review_quality",
        designs=frozenset({StudyDesign.REVIEW}),
        severity=Severity.ERROR,
        patterns=_p(
            r"\b(?:only|just)(?: be)? as good as\b",
            r"\b(?:depends|depend|relies|rely|rested|rests) on"
            r"[^.]{0,30}\b(?:quality|studies|trials)",
            r"\b(?:low|very low|moderate|poor|limited|weak)[- ](?:quality|certainty)\b",
            r"\b(?:quality|certainty) of (?:the |this |that )?evidence\b[^.]{0,40}"
            r"\b(?:low|poor|limited|weak|moderate|uncertain|mixed|varied|not (?:high|good))",
            r"\b(?:evidence|studies|trials)[^.]{0,40}\b(?:was|were|is|are) "
            r"(?:small|few|weak|limited|of low|poor|flawed|uncertain|at (?:high )?risk)",
            r"\b(?:studies|trials) (?:had|have) (?:flaws|problems|weaknesses|limits)",
            r"\bnot enough (?:good )?(?:evidence|studies|trials|research)\b",
            r"\btoo few (?:studies|trials|people)\b",
            r"\b(?:insufficient|limited|poor|weak|little|scant|sparse|scarce|uncertain|inconclusive|"
            r"conflicting|inconsistent) "
            r"(?:good |good-quality |high-quality |reliable )?evidence\b",
            r"\bevidence\b[^.]{0,40}\bnot (?:good|strong|clear|reliable) enough\b",
            r"\b(?:mixed|varying|variable|uneven) (?:quality|certainty)\b",
            r"\b(?:small|low|limited) number of (?:studies|trials|participants|people)\b",
            r"\b(?:little|low|limited|some|moderate|less|not much|very low) confidence in\b",
            r"\b(?:high|some|unclear|serious) risk of bias\b|\bmay (?:have )?(?:been )?biased\b",
            r"\b(?:more|larger|better|bigger|further|high-quality|well-designed|rigorous|longer)"
            r"\b[^.]{0,40}\b(?:studies|trials|research) (?:are|is) (?:still )?(?:needed|required)",
        ),
        example="A review can only be as good as the studies it includes.",
        message="A review must say it is only as good as the studies it pooled.",
    ),
    "few_people": Caveat(
        name="few_people",
        designs=frozenset({StudyDesign.CASE_REPORT}),
        severity=Severity.ERROR,
        patterns=_p(
            r"\b(?:one|a single|a few|two|three|few) (?:person|people|patients?|cases?)\b"
            r"[^.]{0,80}\b(?:may|might|does|do|can)(?: not|n't)",
            r"\bmay not (?:apply|hold) (?:to|for) (?:others|other people|everyone)",
            r"\b(?:about|describes|on) (?:only )?(?:one|a single|a few)"
            r" (?:person|people|patients?)",
        ),
        example="This report is about one person, so it may not apply to others.",
        message="A case report must say it is about one or a few people.",
    ),
    "single_trial": Caveat(
        name="single_trial",
        designs=frozenset({StudyDesign.TRIAL}),
        severity=Severity.WARNING,
        patterns=_p(
            r"\b(?:one|single|small|short|first) (?:trial|study)\b",
            r"\bmay not apply to (?:everyone|all|every)",
            r"\bneeds? (?:confirming|confirmation|to be confirmed|repeating)",
            r"\b(?:more|larger|longer|further|bigger) (?:\w+ )?(?:trials|studies|research)\b",
        ),
        example=(
            "This was a single trial, so the results may not apply to everyone and need confirming."
        ),
        message="A trial summary should say one trial needs confirming and may not fit everyone.",
    ),
    "care_team": Caveat(
        name="care_team",
        designs=_ALL,
        severity=Severity.ERROR,
        section="why_it_matters",
        patterns=_p(
            r"\b(?:doctors?|neurologists?|care team|GP|nurses?|physicians?|pharmacists?)\b",
            r"\bhealth ?care (?:team|provider|professional|worker)s?\b",
        ),
        example="If you have questions about your own care, talk with your doctor or care team.",
        message="Every summary must point readers to their doctor or care team.",
    ),
}


def required_caveats(design: StudyDesign) -> list[Caveat]:
    """The caveats a summary of a study of this design must carry."""
    return [c for c in CAVEATS.values() if design in c.designs]


def check_caveats(summary: PlainSummary, design: DesignInfo) -> list[Finding]:
    """A finding for every required caveat the summary lacks."""
    text = " ".join(summary.sections().values())
    findings = []
    for caveat in required_caveats(design.design):
        if caveat.present(text):
            continue
        findings.append(
            Finding(
                check=CHECK,
                severity=caveat.severity,
                section=caveat.section,
                message=f"Missing caveat ({caveat.name}): {caveat.message}",
                hint=f'Add a sentence such as: "{caveat.example}"',
            )
        )
    return findings
