"""What a paper studied, as a noun phrase for "This review looked at X.", from its own words.

For a paper not about MS, why it matters names what was studied and in whom before it says
that its meaning for MS is not known. The phrase is taken only from the paper's aim ("The review
authors wanted to check the effect of X for Y", "The review authors looked at X in Y") or, for
an abstract with no aim, from the subject of the authors' conclusion ("Zinc supplements in
children probably reduce ...", "There is no good evidence to support the use of X for Y"):
the words the paper gives, whole, never a guess. Anything of another shape gives None.
"""

from __future__ import annotations

import re

from .aim import LOOKED_AT
from .topic import aim_topic, trim_topic

__all__ = ["aim_subject", "concluded_subject"]

MAX_SUBJECT_WORDS = 14
MIN_SUBJECT_WORDS = 2  # "treatments" alone says nothing

# "wanted to check the effect, safety and acceptability of X": a list of what was asked
# before "of" is allowed here (the headline's `aim_topic` refuses it).
_WANTED = re.compile(
    r"wanted to (?:\w+ ){1,2}(?:the )?(?:(?:absolute|relative|comparative|possible|"
    r"long-term|short-term)\s+)?(?:(?:benefits?|effects?|safety|effectiveness|efficacy|harms?|"
    r"tolerability|acceptability|side effects|"
    r"unwanted events|harmful effects|costs?|accuracy)(?:,| and| or)?\s+){1,5}of "
    r"(?P<topic>.+?)\.?$"
)
# Words that show the phrase ran into a clause or a pointer: never a thing studied.
_NOT_A_THING = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|may|might|can|could|should|would|will|"
    r"did|does|do|remains?|suggests?|suggested|shows?|showed|found|these|those|this|such|"
    r"them|their|they|it|its|our|we|whether|which|who|that|than|study|studies|review|trials?|"
    r"evidence|results?|data|findings|authors|researchers|research|designs?|methods?|"
    r"analys[ie]s|meta-analys[ie]s|literature|outcomes?|measures?)\b|[;:()\[\]\"]|\d",
    re.I,
)
# A phrase that opens on a preposition or a word that needs a noun after it names no thing.
_OPENS_ON_A_LINK = re.compile(
    r"^(?:in|on|at|for|to|with|by|from|of|as|among|during|after|before|despite|within|without|"
    r"when|if|although|both|either|all|each|some|any|no|not|more|less|most|other|such|but|and|"
    r"or|whilst|while|whereas|so|yet|also|then|thus|however|because|since|though|prior)\b",
    re.I,
)
# "The review authors wanted to check advocacy for abused women, in terms of ...": what an aim
# checked, named straight after its verb, up to a comma.
_CHECKED = re.compile(
    r"wanted to (?:check|look at|study|assess|review|examine) (?P<topic>[^,;:]+?)(?:,|\.?$)"
)
# "a, b and c": a list of commas is allowed only as the one list it is.
_LIST_COMMAS = re.compile(r"^[^,]+(?:, [^,]+)+,? (?:and|or) [^,]+$")


def _whole(subject: str) -> str | None:
    """`subject` trimmed, when it reads as one whole thing studied; else None."""
    subject = trim_topic(subject.strip().rstrip("."))
    n = len(subject.split())
    if not MIN_SUBJECT_WORDS <= n <= MAX_SUBJECT_WORDS or _NOT_A_THING.search(subject):
        return None
    if "," in subject and not _LIST_COMMAS.match(subject):
        return None
    if re.search(r"\b(?:and|or|of|for|in|to|with|the|a|an|by|on|at)$", subject, re.I):
        return None  # ends on a word that needs more after it
    if _OPENS_ON_A_LINK.match(subject):
        return None  # "in the face of gene flow": no thing, the start of a phrase
    return subject


def aim_subject(aim: str) -> str | None:
    """What an aim as drafted says was studied: "The review authors looked at X." gives X,
    "... wanted to check the effect(s) [and safety] of X" gives X; None for any other aim."""
    looked = LOOKED_AT.match(aim)
    if looked:
        return _whole(looked["what"])
    found = aim_topic(aim)
    if found and not found.startswith("whether "):
        return _whole(found)
    wanted = _WANTED.search(aim) or _CHECKED.search(aim)
    return _whole(wanted["topic"]) if wanted else None


# "There is (no good) evidence (to support / that / for) (the use of) X (verb | for Y)".
_EVIDENCE_OF = re.compile(
    r"\b(?:(?:evidence|data)\s+(?:to support(?: or refute)?|supporting|that|for|on)|"
    r"supports? the use of)\s+"
    r"(?:the (?:use|effects?|benefits?|effectiveness) of\s+)?(?P<what>[a-z][\w'-]*"
    r"(?:\s+[\w'-]+){0,6}?)\s+(?P<then>(?:for|in|during|among|to (?:treat|prevent|reduce|"
    r"improve))\s+[\w'-]+(?:\s+[\w'-]+){0,5}?)"
    r"(?=\s+(?:is|are|was|were|may|might|can|could|does|do|did|has|have|had|probably|"
    r"possibly|reduces?|reduced|improves?|improved|results?|increases?|increased|helps?|"
    r"lowers?|prevents?|compared|versus|over|than|as)\b|[,.]|$)",
)
# "X (in Y) (probably|may) reduces ...", "X is linked with ...", "X are more helpful ...": the
# subject of an effect claim that opens the sentence.
_SUBJECT_OF = re.compile(
    r"^(?:(?:The )?(?:evidence|results?|data|findings?) (?:suggests?|shows?|indicates?) "
    r"(?:that )?)?(?P<what>[A-Za-z][\w'-]*(?:\s+[\w'-]+){1,8}?)\s+"
    r"(?:(?:probably|possibly|likely|may|might|can|could|also|did|does|do|not)\s+){0,3}"
    r"(?:reduces?|reduced|improves?|improved|prevents?|prevented|lowers?|lowered|increases?|"
    r"increased|helps?|helped|eases?|eased|shortens?|shortened|"
    r"(?:is|are|was|were|seems?|appears?) (?:(?:probably|possibly|likely|not|also|no|"
    r"clearly) )*(?:linked|associated|more|less|better|helpful|effective|beneficial|useful|"
    r"safe|superior|inferior|as (?:helpful|effective|good))|"
    r"(?:be|have) (?:linked|associated|more|less|helpful|effective|beneficial|useful|little)|"
    r"(?:appears?|seems?) to (?:improve|reduce|help|prevent|lower|increase|ease))\b"
)


def concluded_subject(conclusion: str) -> str | None:
    """What an authors' conclusion is about, in its own words: the thing "evidence to support"
    is about with what it was for ("the use of paracetamol for cancer pain" -> "paracetamol
    for cancer pain"), or the subject of its effect claim ("Zinc supplements in children
    probably reduce ..." -> "Zinc supplements in children"); None for any other shape."""
    m = _EVIDENCE_OF.search(conclusion)
    if m:
        found = _whole(f"{m['what']} {m['then']}")
        if found:
            return found
    m = _SUBJECT_OF.match(conclusion)
    if m and not re.match(
        r"(?:There|It|In|For|At|On|After|Before|When|Although|While)\b", m["what"]
    ):
        # ("X further reduces the pain": more on top of the main finding, never what a study
        # was about, and "further" no part of X)
        return None if m["what"].endswith(" further") else _whole(m["what"])
    return None
