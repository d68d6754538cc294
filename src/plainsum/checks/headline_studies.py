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


# ... or says it of one study at its end ("Chinese medicine plus prednisone was not helpful in one
# trial"), or opens on the one study as if the reader knew it ("The one small trial studying
# sickness absence found uncertain results").
_ONE_STUDY_ELSEWHERE = re.compile(
    r"\b(?:in|from) (?:only |just )?(?:one|a single) (?:(?:small|large|randomi[sz]ed|controlled|"
    r"clinical) )*(?:study|trial|RCT)$"
    r"|^the (?:one|only|single) (?:[\w-]+ ){0,2}?(?:study|trial|RCT)\b",
    re.I,
)


def one_of_many(headline: str, main: list[int], sentences: list[SourceSentence]) -> str | None:
    """The words of a headline that gives one study's result in a paper that pooled several,
    when the paper's conclusions name no single study."""
    hit = _ONE_STUDY.match(headline) or _ONE_STUDY_ELSEWHERE.search(headline.rstrip(" .!"))
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


# One study of several, named where a review's results turn to it: "The game evaluated in the
# first study ...", "In the second trial, ...", "One RCT compared ...", "Smith 2008 found ...".
_ONE_NAMED = re.compile(
    r"\b(?:the|a) (?:first|second|third|fourth|fifth|other|remaining|latter|former|later|"
    r"earlier|larger|smaller) (?:[\w-]+ ){0,2}?(?:study|trial|RCT)\b"
    r"|\b(?:one|a single|only one) (?:[\w-]+ ){0,2}?(?:study|trial|RCT)\b"
    rf"|(?-i:\b{_CITED})",
    re.I,
)
# A results sentence that speaks for several studies at once: then it is no one study's
# ("none of the trials reported ...", "a weighted mean difference", "typical RR").
_POOLED = re.compile(
    rf"\b(?:both|all|each|pooled|overall|combined|across|meta-analys[ie]s|(?:{_MANY})(?:-\w+)? "
    r"(?:[\w-]+ ){0,3}?(?:studies|trials|RCTs)|weighted mean differences?|WMD|typical (?:RR|OR)|"
    r"I2|I²|heterogeneity)\b"
    r"|(?<!\bone of the )(?<!\bone of )\b(?:studies|trials|RCTs)\b"
    # "1.7 years in one trial and 2.3 years in the other": both of them
    r"|\bone\b(?:[^.;]|\.\d){0,60}\b(?:and|while|whereas|but)\b(?:[^.;]|\.\d){0,30}"
    r"\bthe other\b",
    re.I,
)
# Studies counted that the review did not pool: ongoing, awaiting, excluded or screened ones.
_NOT_POOLED = re.compile(
    r"\b(?:ongoing|awaiting|excluded|potential\w*|screened|citations|records|abstracts|"
    r"full[- ]texts?)\b",
    re.I,
)
# A headline that names the study it speaks of ("... in the Japanese encephalitis study").
_NAMES_A_STUDY = re.compile(r"\bthe (?:[\w-]+ ){1,3}(?:study|trial)\b", re.I)
# A count of the studies that reported something ("Only one study reported satisfaction"): it
# names no study that the results after it go on to speak of.
_ONLY_ONE = re.compile(r"\b(?:only|just) one (?:[\w-]+ ){0,2}?(?:study|trial|RCT)\b", re.I)
# A result that opens with its own comparison ("Albuterol versus saline changed ..."): a new
# subject, not the study named before it.
_OWN_COMPARISON = re.compile(r"^[^,;:()]{0,80}?\b(?:versus|vs\.?)\s", re.I)
_LOOK_BACK = 3  # results sentences before a result that may name the one study it is of
# A result said in the present tense or hedged is the review's own reading of its studies:
# "Early PCV appears to improve survival", "Cot-nursing has similar effects to incubator
# care" after a sentence on one trial speak for them all; one study's result is told as past.
_READING = re.compile(
    r"\b(?:is|are|has|have|does|do|appears?|seems?|may|might|can|probably|likely|suggests?|"
    r"indicates?)\b",
    re.I,
)


def one_study_held(
    headline: str, held: list[int], main: list[int], sentences: list[SourceSentence]
) -> str | None:
    """The results sentence behind a headline that states, as if it were the review's finding,
    the result of one of the several studies the review pooled: each sentence that holds the
    headline (`held`) is a result the review gives of one study (that sentence, or one of the
    results sentences just before it, names the one study, "the first study", and none between
    speaks for several), while the headline names no single study and the conclusions speak
    for all of them ("The findings neither confirm nor refute ...")."""
    if not held or _SINGLE.search(headline) or _NAMES_A_STUDY.search(headline):
        return None
    if any(_SINGLE.search(sentences[i].text) for i in main):
        return None
    for i in held:  # a few sentences: asked before the whole paper is read for pooled studies
        text = sentences[i].text
        if sentences[i].role != Role.RESULTS or _READING.search(text):
            return None
        if not _of_one_study(i, sentences):
            return None
    pooled = (s for s in sentences if s.role in (Role.METHODS, Role.RESULTS))
    if not any(_pooled_several(s.text) for s in pooled):
        return None  # one trial's own paper, or a review of one (and some ongoing)
    return sentences[held[0]].text


def _pooled_several(text: str) -> bool:
    """Whether `text` counts several studies the review pooled ("we included two RCTs"), not
    ones ongoing, excluded or screened ("five trials, which are ongoing")."""
    return any(
        not _NOT_POOLED.search(text, max(0, m.start() - 12), m.end() + 30)
        for m in _SEVERAL.finditer(text)
    )


def _of_one_study(i: int, sentences: list[SourceSentence]) -> bool:
    """Whether results sentence `i` gives one study's result: it, or one of the results
    sentences just before it, names the one study, and none of them speaks for several."""
    for k in range(i, max(-1, i - _LOOK_BACK - 1), -1):
        text = sentences[k].text
        if sentences[k].role not in (Role.RESULTS, Role.METHODS) or _POOLED.search(text):
            return False
        if _ONE_NAMED.search(text) and (k == i or not _ONLY_ONE.search(text)):
            return True
        if k == i and _OWN_COMPARISON.search(text):
            return False
    return False
