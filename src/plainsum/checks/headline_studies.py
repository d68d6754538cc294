"""Headlines about the studies instead of what they found (see `plainsum.checks.headline`):

- how good the studies were: their risk of bias, selective reporting, poor quality ("Most
  studies had a high risk of selective reporting"), with no finding beside it, unless every
  conclusion sentence, or the paper's title or aim, is about that too;
- one study's result in a review of several: "One study found that hypnosis did not reduce
  pain" (or one or two studies cited by name, "Smith 2008 and Jones 2010 showed ...") leads a
  review with a single study's result when the conclusions state a finding for the evidence as
  a whole and name no single study.
"""

from __future__ import annotations

import re

from ..evidence import SourceSentence
from ..ingest import Source
from ..plain.sentences import Role
from .headline_claims import EFFECT, QUESTION, claims

# How good the studies were: their bias, reporting, quality or design flaws.
STUDY_QUALITY = re.compile(
    r"\b(?:(?:high|low|unclear|serious|some) )?risks? of (?:[\w-]+ ){0,2}?(?:bias|"
    r"(?:selective|outcome|incomplete) (?:outcome )?reporting)\b"
    r"|\bselective (?:outcome )?reporting\b"
    r"|\b(?:poor|low|very low|limited|moderate|variable|mixed|weak) (?:methodological )?"
    r"quality\b"
    # "The evidence was all low- or very low-certainty": the grade alone
    r"|\b(?:low|very low)(?:-|\s)+(?:(?:or|to) (?:very )?low(?:-|\s)+)?certainty\b"
    r"|\b(?:methodological|design) (?:flaws|weaknesses|limitations|problems|shortcomings)\b"
    r"|\bpoorly (?:designed|reported|conducted|described)\b",
    re.I,
)

# What the quality is of: the studies, trials, evidence or what they reported.
_STUDIES = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|RCTs?|evidence|data|results|reports?|reviews?|analys[ie]s)\b",
    re.I,
)

# A finding beside the quality statement: an effect, its absence, how sure it is, or what the
# evidence is for ("moderate quality evidence that X has an important effect").
_FINDING = re.compile(
    r"\b(?:no (?:\w+ )?(?:effect|benefit|difference|change|link|evidence)|did not|does not|"
    r"do not|not (?:sure|certain|clear|known)|unclear|uncertain|unknown|cannot (?:say|tell|be)|"
    r"insufficient|not enough|too (?:little|few|weak)|doubt|"
    r"evidence (?:that|for|of|on|about|against|to support|supporting))\b",
    re.I,
)


_GRADED_SUBJECT = re.compile(
    r"^(?:the )?evidence (?:for|on|about|of) [\w\s'-]{1,40}? (?:was|were|is|are)\b", re.I
)

# A paper that set out to study how good studies are: their quality is its finding.
_ABOUT_QUALITY = re.compile(r"\b(?:quality|bias\w*|report\w*|methodolog\w*)\b", re.I)


def quality_only(
    source: Source, headline: str, main: list[int], sentences: list[SourceSentence]
) -> str | None:
    """The words of a headline that reports how good the studies were and nothing they found,
    unless the paper's title or aim, or all its conclusions, are about that."""
    hit = STUDY_QUALITY.search(headline)
    if not hit or not _STUDIES.search(headline):
        return None  # "low quality screening": the quality of something else
    # "The evidence for X was low-certainty": what the graded evidence is about, no finding
    rest = _GRADED_SUBJECT.sub(" ", STUDY_QUALITY.sub(" ", headline))
    if EFFECT.search(QUESTION.sub("", rest)) or _FINDING.search(rest):
        return None
    if main and all(STUDY_QUALITY.search(sentences[i].text) for i in main):
        return None
    topic = [source.title or "", *(s.text for s in sentences if s.role == Role.AIM)]
    if any(_ABOUT_QUALITY.search(t) for t in topic):
        return None
    return hit.group(0)


# A study named as a review cites it: "McComsey 2008", "Smith et al. (2010)".
_CITED = r"[A-Z][\w'-]+(?: et al\.?)?,? \(?(?:19|20)\d\d[a-z]?\)?"
# A headline that gives one study's result: "One study found ...", "In a single trial, ...",
# or one or two studies by name: "McComsey 2008 and Milinkovic 2007 showed a drop in ...".
_ONE_STUDY = re.compile(
    r"^(?:in |from )?(?:(?:one|a single|only one|just one) (?:(?:small|large|later|other|"
    r"further|randomi[sz]ed|controlled|clinical) )*(?:study|trial|RCT)\b|"
    rf"(?-i:{_CITED}(?: and {_CITED})?)(?= (?:showed|found|reported|suggested|saw|had)\b))",
    re.I,
)
# Any mention of a single study in the conclusions: then they speak of it too.
# ("One showed greater weight gain ..." opens with the study it speaks of).
_SINGLE = re.compile(
    r"\b(?:one|a single|single|only one|1) (?:\w+ ){0,3}?(?:study|trial|RCT)\b|^(?:only )?one\b|"
    rf"(?-i:\b{_CITED})",
    re.I,
)
_MANY = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|several|[2-9]|\d{2,3}"
)
# The paper pooled several studies: "38 studies", "Eleven randomised controlled trials".
_SEVERAL = re.compile(rf"\b(?:{_MANY})(?:-\w+)? (?:[\w-]+ ){{0,3}}?(?:studies|trials|RCTs)\b", re.I)


def one_of_many(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The opening words of a headline that gives one study's result in a paper that pooled
    several, when the paper's conclusions name no single study."""
    hit = _ONE_STUDY.match(headline)
    if not hit or not main:
        return None
    # methods and results only: "several studies" in the background is no review
    pooled = (s for s in sentences if s.role in (Role.METHODS, Role.RESULTS))
    if not any(_SEVERAL.search(s.text) for s in pooled):
        return None  # one trial's own paper, or a review of one
    if any(_SINGLE.search(sentences[i].text) for i in main):
        return None
    if not any(claims(sentences[i].text) for i in main):
        return None  # conclusions that only ask for more research state no overall finding
    return hit.group(0)
