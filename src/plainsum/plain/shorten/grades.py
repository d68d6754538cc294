"""A grade of evidence said short: "There is low-quality evidence that X" -> "Weak evidence
suggests X"."""

from __future__ import annotations

import re

from ..wholeness import capitalise

# Words that grade evidence ("weak evidence", "very low-certainty evidence").
EVIDENCE_GRADE = re.compile(
    r"\b(?:very |fairly )?(?:weak|strong|good|some|moderate|high|low|limited|poor)"
    r"(?:[- ](?:quality|certainty|level))?\b",
    re.I,
)


# "There is moderate-quality evidence that X", "The review authors found fairly good evidence
# that X": the grade becomes a short hedge ("Some evidence suggests X").
GRADED = re.compile(
    r"^(?:There (?:is|was|are|were)(?: now)?|The (?:review )?(?:authors|researchers) found|"
    r"(?:This|The|Our) (?:[\w-]+ )?(?:review|analysis) (?:found|provides|gives)|"
    # "A single trial of methotrexate provided fairly good evidence that X": the grade is the
    # paper's; how little evidence there was is for the limitations
    r"(?:A|One) (?:single |small |large )?(?:trial|study)(?: of [\w -]{1,40}?)? "
    r"(?:provided|provides|gave|gives|found)) "
    r"(?P<grade>(?:[\w-]+ ){0,4}?)evidence (?:from (?:\w+ ){1,4}?)?"
    r"(?:(?P<verb>to suggest|to show|to support|suggesting|showing|supporting|indicating|"
    r"that shows|which shows|that suggests|which suggests) (?:that,? )?|that,? )"
    r"(?!(?:on|of|for|about|in|from|to|what|which|whether|how)\b)",
    re.I,
)
NO_EVIDENCE_THAT = re.compile(
    r"^There (?:is|was|are|were)(?: now| currently| still)? no (?P<kind>(?:[\w-]+ ){0,3}?)"
    r"evidence (?:from (?:[\w-]+ ){1,3}?)?(?:showing|to show|demonstrating|that shows|that) "
    r"(?:that )?(?!(?:on|of|for|about|in|from|to|what|which|whether|how)\b)",
    re.I,
)


# The grade said after "evidence", the evidence the subject of the claim's verb: "Limited
# evidence of low to very low quality supports the use of X for Y" -> "Weak evidence supports
# the use of X for Y" (the lower end of a range of grades is the grade said: "low to very low"
# is weak, never "very weak").
QUALITY_OF = re.compile(
    r"^(?P<grade>(?:[\w-]+ ){0,2}?)evidence of (?P<q>(?:very )?(?:low|moderate|high)"
    r"(?: to (?:very )?(?:low|moderate|high))?)[- ](?:quality|certainty) "
    r"(?P<verb>supports|suggests|shows|indicates)(?: that,?)? (?!(?:on|of|for|about|in|from|"
    r"to|what|which|whether|how)\b)",
    re.I,
)


# Words before "evidence" that say there is too little of it to grade a finding: "There is
# inadequate evidence to suggest that X" says X is not shown, never that weak evidence shows X.
NOT_A_GRADE = re.compile(
    r"\b(?:no|not|little|lack|lacking|absence|absent|insufficient|inadequate|scant|scarce|"
    r"sparse|few|inconclusive|uncertain|unclear|conflicting|mixed|any|without)\b",
    re.I,
)
# "There is insufficient evidence to suggest that X" -> "There is not enough evidence to say that
# X": the negation kept, said plainly. Only before "that", so what follows is a whole clause
# ("evidence to support the use of X" has no clause to say).
NOT_ENOUGH_EVIDENCE = re.compile(
    r"^There (?P<be>is|was|are|were)(?: currently| still| now| only)? "
    r"(?:inadequate|insufficient|not enough|not sufficient|too little|little|scant|scarce) "
    r"(?P<kind>(?:[\w-]+ ){0,2}?)evidence (?:from (?:[\w-]+ ){1,3}?)?"
    r"to (?:suggest|support|show|conclude|say|confirm|prove|indicate|demonstrate|establish) "
    r"that,? (?!(?:on|of|for|about|in|from|to|what|which|whether|how)\b)",
    re.I,
)
# How `graded_claim` says a low grade after a claim that hedges itself.
WEAK_TAIL = re.compile(r", but the evidence is (?:very )?(?:weak|limited)$")
WEAK_GRADES = re.compile(r"\b(?:low|weak|limited|poor)\b", re.I)
_GOOD_GRADES = re.compile(r"^(?:high|good|strong)\b", re.I)


def _plain_grade(grade: str) -> str:
    """The paper's grade in plain words, no stronger and no weaker: "low-certainty" and "poor"
    are weak, "limited" stays limited, "moderate" and "fairly good" stay as they are."""
    very = "very " if re.search(r"\bvery\b", grade, re.I) else ""
    if re.search(r"\blimited\b", grade, re.I):
        return "limited"
    if WEAK_GRADES.search(grade):
        return f"{very}weak"
    if re.search(r"\bfairly good\b", grade, re.I):
        return "fairly good"
    if re.search(r"\bmoderate\b", grade, re.I):
        return "moderate"
    if _GOOD_GRADES.search(grade):
        return "good"
    return "some"


def graded_claim(grade: str, rest: str, verb: str, hedged: bool = False) -> str | None:
    """The claim with the paper's own grade said plainly in front (`_plain_grade`): "Weak
    evidence suggests X" for a low grade, "Moderate evidence suggests X", "Fairly good evidence
    shows X", "Good evidence shows X" for a high one; None for a grade that says there is no
    evidence.

    A claim that carries its own hedge ("X appears to help") is not hedged twice: a low grade
    follows it ("X appears to help, but the evidence is weak"), a higher one adds nothing (the
    claim alone is offered by the caller)."""
    grade = grade.strip()
    if NOT_A_GRADE.search(grade):
        return None
    plain = _plain_grade(grade)
    if plain.endswith(("weak", "limited")):
        if hedged:
            return f"{capitalise(rest)}, but the evidence is {plain}"
        return f"{capitalise(plain)} evidence {verb} {rest}"
    if hedged:
        return None
    if plain in ("good", "fairly good"):
        return (
            f"{capitalise(plain)} evidence {'supports' if verb == 'supports' else 'shows'} {rest}"
        )
    return f"{capitalise(plain)} evidence {verb} {rest}"
