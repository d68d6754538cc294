"""The roles of an abstract's sentences as they are drafted, where it has no section headings
and cue words alone gave them: which sentences only set the scene (`background_by_position`),
and which are the authors' conclusion though cue words called them a limitation or a result
(`drafting_role`).
"""

from __future__ import annotations

import re

from ..ingest import Source
from .sentences import OTHERS_WORK, Role, cue_role, names_a_limit
from .simplify import strip_label
from .source import SourceSentence

HEADED_ROLES = frozenset({"background", "objective", "methods", "results", "conclusions"})
_FOUND_ROLES = (Role.AIM, Role.METHODS, Role.RESULTS, Role.CONCLUSION)
# "we", "this study", "In this randomised crossover trial": the paper's own work
_OWN_WORK = re.compile(
    r"\b(?:we|our|here)\b|\bth(?:is|e present) (?:[\w-]+ ){0,2}?(?:study|trial|review|work|paper|"
    r"article|survey|analysis)\b"
    r"|^In this (?:[\w-]+ ){1,3}(?:study|trial|review|cohort|survey)\b",
    re.I,
)

# A statistic of the study's own data ("(HR 0.74, 95% CI 0.64 to 0.89)", "P < 0.01"): a sentence
# that carries one reports this study's results, however plain its words, never the scene.
_OWN_STATISTIC = re.compile(
    r"\b(?:95|99) ?% ?(?:CI|confidence)|\b[Pp] ?[<=>≤] ?0?\.\d"
    r"|\b(?:OR|HR|RR|RD|MD|SMD|WMD) ?[=:(]? ?-?\d"
    # a count of its own with its share ("211 times (87.2%)"), its people counted ("(n = 58)")
    r"|\b\d[\d,]* (?:[\w-]+ ){0,3}\(\d+(?:\.\d+)? ?%\)|\(n ?= ?\d"
)


def _own_work(text: str) -> bool:
    """Whether a sentence says it is this study's own work (`_OWN_WORK`) or carries a
    statistic of its data (`_OWN_STATISTIC`), not what earlier work found (`OTHERS_WORK`)."""
    if _OWN_WORK.search(text):
        return True
    return bool(_OWN_STATISTIC.search(text)) and not OTHERS_WORK.search(text)


_OPENING = 2  # the abstract's first sentences: its most general scene, never drafted


def background_by_position(source: Source, sentences: list[SourceSentence]) -> set[int]:
    """Sentences of an abstract without headings that set the scene past its opening ones, or
    were called results only for where they stand, before anything marks the study's own work
    (an aim, a method, a cue word of a result or a conclusion): they are the paper's
    background, never presented as a finding (drafted only where a section has nothing else).
    A sentence with a statistic of the study's own data is never background (`_own_work`)."""
    if {sec.name for sec in source.sections} & HEADED_ROLES:
        return set()
    if sum(strip_label(s.text) != s.text for s in sentences) >= 2:
        return set()  # inline headings ("Methods: ...") gave the roles
    first_cued = next(
        (
            s.index
            for s in sentences
            if (cue_role(strip_label(s.text)) in _FOUND_ROLES and not OTHERS_WORK.search(s.text))
            or _OWN_WORK.search(s.text)
        ),
        None,
    )
    # a study's results never come before its stated aim ("Our aim was to ..."): a sentence
    # called a result for a cue word ("is clearly associated with") before it is background
    first_aim = next(
        (s.index for s in sentences if cue_role(strip_label(s.text)) == Role.AIM), None
    )
    # the scene past its opening sentences, as the sentence roles give it (plain/sequence.py)
    scene = {s.index for s in sentences if s.role == Role.BACKGROUND and s.index >= _OPENING}
    return scene | {
        s.index
        for s in sentences
        if s.role == Role.RESULTS
        and not _own_work(s.text)
        and (
            (first_aim is not None and s.index < first_aim)
            or (
                (cue_role(s.text) is None or OTHERS_WORK.search(s.text))
                and (first_cued is None or s.index < first_cued)
            )
        )
    }


# "We explore a framework to model X", "Here we evaluated the effect of Y", "In this study, we
# measured Z": the authors saying what they did, in the first person. Cue words may leave it
# to the scene (its verb is no cue), and a body that never says what was done lost it: a
# modelling paper's body said its headline again and nothing else.
_OWN_STEP = re.compile(
    r"^(?:(?:Here|Herein|In this (?:[\w-]+ ){0,2}(?:study|work|paper)),? )?[Ww]e "
    r"(?:(?:now|first|then|further|systematically) )?"
    r"(?:explored?|evaluated?|investigated?|examined?|determined?|measured?|develop(?:ed)?|tested|"
    r"test|studied|study|described?|compared?|analy[sz]ed?|characteri[sz]ed?|assessed|assess|"
    r"present(?:ed)?|modell?ed|designed|built|created|constructed|generated)\b"
)


def own_steps(sentences: list[SourceSentence], headed: bool) -> frozenset[int]:
    """In an abstract without headings, the sentences the scene would hold that say in the
    first person what the authors did (`_OWN_STEP`): they are its methods, drafted as such.
    Never under headings (a heading gave the role)."""
    if headed:
        return frozenset()
    return frozenset(
        s.index
        for s in sentences
        if s.role == Role.BACKGROUND and _OWN_STEP.match(strip_label(s.text))
    )


# In an abstract without headings, cue words alone gave the roles: a graded finding ("There is
# moderate quality evidence that X helps", "Evidence of low quality indicates no difference")
# and the authors' own "we conclude" are conclusions.
_GRADED_FINDING = re.compile(
    r"\bevidence\b(?: \w+){0,3} "
    r"(?:to (?:suggest|show|support)|that|suggests?|shows?|of (?:a|an|no))\b"
    # the finding right after a participle or another verb of showing: "provided
    # moderate-quality evidence showing that X improved Y", "Moderate-quality evidence supports
    # the use of X" (not "evidence available to either support or refute X": a verdict)
    r"|\bevidence (?:showing|suggesting|indicat(?:es?|ing)|supports?|supporting)\b"
    # its grade said after it: "Evidence of very low to moderate quality suggests X helped"
    r"|\bevidence of (?:[\w-]+ ){1,5}?(?:quality|certainty) (?:suggests?|shows?|indicates?)\b",
    re.I,
)
# The authors' verdict on the evidence, said in the present tense: "There is not enough
# evidence to recommend X", "The available evidence is insufficient to show whether X helps".
# Cue words call it a limitation; under headings it is the authors' conclusion (a past-tense
# "There was insufficient evidence for Y" stays in the results' part it was read in).
VERDICT = re.compile(
    r"^(?:(?:Currently|At present|To date|At this time),? )?there (?:is|remains) (?:currently |"
    r"still |at present )?(?:not enough|insufficient|inadequate|no|little|limited) (?:[\w-]+ )"
    r"{0,2}?evidence (?:to|about|for|on|of|regarding|concerning|as to|that|whether)\b"
    r"|^(?:The )?(?:current |available |present )?evidence (?:is|remains) (?:still )?"
    r"(?:insufficient|inadequate|not (?:enough|sufficient)) (?:to|for|about)\b",
    re.I,
)
# A hedged finding with the limit of the evidence after its "but": "Mass media campaigns may
# reduce stigma, but there is insufficient evidence about their effect on X" is the authors'
# conclusion, its limit said with it.
_HEDGED_BUT = re.compile(
    r"^(?!There\b|(?:The |This )?evidence\b)[^,;]{3,120}?\b(?:may|might|probably|likely)"
    r" (?:\w+ly )?(?:reduce|improve|increase|lower|help|prevent|lead|result|decrease|shorten|"
    r"ease|relieve|benefit|make|have|be)\b[^;]*?,? but (?:there (?:is|was|are|were)|the "
    r"evidence|evidence|it is|we)\b",
    re.I,
)
_CONCLUDED = re.compile(
    r"\b(?:we|the (?:review )?authors|our (?:review|study|analysis)|this (?:review|study))"
    r" (?:conclude[sd]?|concluded that)\b|^our interpretation is\b"
    # a case report's lesson: "These cases show that X", "This case highlights X"
    r"|^(?:this|these|our) (?:two |three |four |five )?(?:case|cases|case reports?|report)"
    r" (?:shows?|highlights?|illustrates?|suggests?|demonstrates?|underlines?|underscores?|"
    r"emphasi[sz]es?|reminds?|stress(?:es)?)\b",
    re.I,
)


def drafting_role(s: SourceSentence, headed: bool) -> Role:
    """The role a sentence is drafted in: its own, except that in an abstract without headings
    a graded finding, the authors' verdict on the evidence (`VERDICT`), a hedged finding with
    that verdict after its "but" (`_HEDGED_BUT`) or their stated conclusion is a conclusion."""
    if headed or s.role == Role.BACKGROUND:
        return s.role
    text = strip_label(s.text)
    if _CONCLUDED.search(text):
        return Role.CONCLUSION
    if s.role != Role.LIMITATION or names_a_limit(text):
        return s.role
    if _GRADED_FINDING.search(text) or VERDICT.match(text) or _HEDGED_BUT.match(text):
        return Role.CONCLUSION
    return s.role
