"""The limitations a paper itself states (small, short, low certainty, stopped early, no control
group, one centre, more research needed), each as a short sentence linked to the source
sentence that says it. Nothing here is said unless a sentence of the paper says it.

The kinds of limit (each one's pattern and sentence) are a table in plainsum.plain.limit_rules;
this module decides which of them the paper states, and whether a sentence names a limit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import caseless
from ..schemas import StudyDesign
from .limit_rules import CERTAINTY, IN_REVIEWS, OPEN_ASSESSORS, RULES
from .none_included import none_included
from .number_words import count_value
from .numbers import drop_brackets
from .sentences import Role, cue_role
from .source import SourceSentence
from .studies_taken_in import most_taken_in

_NEGATED = re.compile(r"\b(?:no|not|nor|unlikely|neither)\b", re.I)


@dataclass(frozen=True)
class StatedLimit:
    """One limitation the paper states, and the source sentence that states it."""

    name: str
    text: str
    source: int


_OF = r" (?:of )?(?:the |these |its |their )?(?:\w+ )?"
_OF_WHAT = _OF + r"(?:studies|study|trials|trial|outcomes|evidence)\b"
# A share of the outcomes or of the evidence, not of the studies ("all outcomes").
_OF_EVIDENCE = re.compile(
    r"\b(?:all|every|each|both|most|the majority|some|several|many|a few|half)"
    + _OF
    + r"(?:outcomes|evidence)\b",
    re.I,
)
_ALL = re.compile(r"\b(?:all|every|each|both)" + _OF_WHAT, re.I)
_MOST = re.compile(r"\b(?:most|the majority)" + _OF_WHAT, re.I)
_SOME = re.compile(
    r"\b(?:some|several|many|a few|half)" + _OF_WHAT + r"|\b(?:one|two|three|four|five|\d+) "
    r"of (?:the|these) (?:\w+ )?(?:studies|trials|outcomes)\b"
    # "was found in three trials": a count of the studies, so not all of them
    r"|\b(?:in|for) (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:\w+ )?(?:studies|trials)\b"
    # "three studies had a high risk of attrition bias": a count of them, so not all of them
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:\w+ ){0,2}"
    r"(?:studies|trials) (?:\w+ )?(?:had|were|was|showed|reported)\b"
    # "We assessed two trials as being at high risk of attrition bias": those two, not "the
    # studies" (all nine: reader w1, CD006067)
    r"|\b(?:assessed|judged|rated|considered|classed|classified) (?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+) (?:\w+ ){0,2}(?:studies|trials|RCTs) (?:as|to be)\b"
    # "four trials with suboptimal randomisation": a count of them, so not all of them
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:\w+ )?(?:studies|trials)"
    r" with\b"
    # one study, the sentence's subject: "Another low quality trial with 60 participants found
    # X, though participants were not blinded", "One trial was stopped early" (never "low
    # certainty evidence from one trial", a grade of what there is)
    # (nor "One open-label trial of 63 babies was eligible": the review's one study, all of it)
    r"|^(?:One|Another|A single|The other)(?: [\w-]+){0,3} (?:study|trial)\b"
    r"(?![^.]*\b(?:was|were) (?:eligible|included|identified)\b)",
    re.I,
)


# A limit said of some cases only, just before it: "high risk of bias because of attrition and,
# in many cases, lack of blinding" (CD004610's draft said people in all its studies knew their
# treatment).
_IN_CASES = re.compile(
    r"\bin (?P<q>many|some|several|a few|most|certain) (?:cases|instances|studies|trials)\b[^.;]*$",
    re.I,
)


_EXCEPT = re.compile(r"\b(?:all|every|each) (?:but|except)\b|\bexcept\b", re.I)


# What a clause says of heterogeneity after naming it: "heterogeneity of the studies included
# was low" says the studies agreed, as "low heterogeneity" does.
_AGREED_AFTER = re.compile(
    r"(?:(?!\b(?:was|were|is|are|remained|appeared)\b)[^.;:,()]){0,60}"
    r"\b(?:was|were|is|are|remained|appeared)\s+"
    r"(?:(?:very|quite|relatively|generally|also|overall)\s+)?"
    r"(?:low|little|minimal|negligible|absent|not (?:significant|important|substantial))\b",
    re.I,
)


def _clause_before(clause: str) -> str:
    """The words of `clause` since its last comma, semicolon or colon, or the "due to" that
    gives a reason: "not consistent for all measures, heterogeneity was a problem" and
    "pooling was not possible due to the heterogeneity" say nothing of it with their "not"."""
    return re.split(r"[,;:]|\b(?:due to|because of|owing to)\b", clause)[-1]


# A grade lowered for a stated reason, in a review's brackets ("moderate-quality evidence,
# downgraded due to substantial heterogeneity", "low certainty, downgraded for study
# limitations and imprecision"): the limit of the evidence for that result, so of some of it.
_DOWNGRADED_FOR = r"\bdowngraded\b[^.;()]{0,40}?\b(?:for|due to|because of)\b[^.;()]{0,60}?\b"
_DOWNGRADED = {
    "bias": re.compile(
        _DOWNGRADED_FOR + r"(?:(?:high )?risks? of bias|study limitations|limitations in "
        r"(?:the )?(?:study )?design|methodological (?:limitations|quality))\b",
        re.I,
    ),
    "differed": re.compile(_DOWNGRADED_FOR + r"(?:heterogeneity|inconsistency)\b", re.I),
    "small": re.compile(_DOWNGRADED_FOR + r"imprecision\b", re.I),
}


def _share(sentence: str) -> str | None:
    """How much of the evidence the paper's own sentence says a limit holds for: 'all of',
    'most of', 'some of', or None when it does not say (then the draft does not say either:
    'some of the studies had flaws' where the paper said all of them did is false)."""
    if _ALL.search(sentence):
        # "all (except one)", "almost all the evidence"
        most = _EXCEPT.search(sentence) or re.search(
            r"\b(?:almost|nearly|virtually) all\b", sentence, re.I
        )
        return "most of" if most else "all of"
    if _MOST.search(sentence):
        return "most of"
    if _SOME.search(sentence):
        return "some of"
    return None


def _level(m: re.Match[str]) -> str:
    said = m.groupdict()
    level = said.get("level") or said.get("said") or ""
    return re.sub(r"[- ]+", " ", level.lower().replace("/", " or "))


_LOW = frozenset({"low", "very low"})
# A grade above low anywhere in the paper ("moderate-certainty evidence", "evidence of moderate
# quality", "survival (moderate quality)"): then not all of the evidence is low. A call for
# "high-quality, well-powered trials" or "new studies of high quality" grades nothing.
_HIGHER = re.compile(
    r"(?<!studies of )(?<!trials of )(?<!research of )(?<!with )"
    r"\b(?:moderate|high)[- ](?:certainty|quality)\b"
    r"(?![- ,]+(?:[\w-]+[ ,]+){0,3}?(?:trials?|stud(?:y|ies)|RCTs?|research|randomi[sz]ed"
    r"|programmes?|programs?)\b)"
    r"|\bevidence (?:was |is )?of (?:moderate|high) (?:certainty|quality)\b"
    # "There is moderate evidence to suggest that ...": a grade in one word
    r"|\b(?:is|was|found|provides?|provided) (?:only )?(?:moderate|high)[- ](?:level )?evidence "
    r"(?:to|that|for|of)\b"
    r"|\b(?:certainty|quality) of (?:the )?evidence\b[^.]{0,80}\b(?:moderate|high)\b",
    re.I,
)


def _certainty(m: re.Match[str], review: bool, levels: set[str]) -> str:
    level = _level(m)
    if level == "low" and m.groupdict().get("said") and re.search(r"\bvery low\b", m.string, re.I):
        level = "low or very low"  # "which was low for the main outcomes and very low for costs"
    share = _share(m.string)
    if share == "all of" and levels - {level, *re.split(r" or | to ", level)}:
        # "very low quality evidence for all three outcomes" of one comparison, in a review
        # that grades other evidence otherwise: never all of the review's evidence
        share = "some of"
    if share is None and levels == _LOW:  # every grade the paper gives is low or very low
        return "The authors rated the evidence as low or very low certainty."
    if share is None and review and len(levels) > 1:
        share = "some of"  # the review graded its outcomes differently: this is one of them
    what = f"{share} the evidence" if share else "the evidence"
    return f"The authors rated {what} as {level} certainty."


# A sentence that grades the evidence in words of its own ("Quality of evidence ... was low").
_GRADED = re.compile(r"\b(?:quality|certainty) of (?:the )?evidence\b", re.I)


# "New trials are not justified": the authors say the opposite of "more research is needed".
_NO_MORE_RESEARCH = re.compile(
    r"\b(?:further|more|new|additional|other) (?:\w+ ){0,2}(?:research|studies|trials)"
    r"(?: \w+){0,4} (?:is|are|would be|seems?|appears?) (?:not|un)(?: \w+)? ?"
    r"(?:justified|needed|necessary|warranted|required|likely to change)"
    r"|\bno (?:further|more|new|additional) (?:\w+ )?(?:research|studies|trials) (?:is|are) "
    r"(?:needed|required|warranted|justified|necessary)",
    re.I,
)


# Studies the same sentence calls good beside those it faults: then only some had flaws.
# A limit said of one study of a review ("The trial had a high risk of bias", "One RCT was not
# blinded"): "the studies had flaws" would be said of all of them (reader59_w1, CD002062, where
# the other trial had a low risk of bias).
_ONE_STUDY_SAID = re.compile(
    r"(?:The|This|That|One|Another|The other|The (?:first|second|third|fourth|larger|smaller|"
    r"only|single|remaining)) (?:[\w-]+ ){0,3}?(?:trial|study|RCT)\b(?! (?:results?|authors?|"
    r"population|sample|group)\b)"
)
_SOME_GOOD = re.compile(
    r"\b(?:good|high|adequate)[- ](?:methodological )?quality\b|\bwell[- ]conducted\b", re.I
)


# A study that says who was kept from knowing the treatment: people in it did not all know.
_BLINDED = re.compile(
    r"\b(?:double|single|triple)[- ]blind(?:ed)?\b|\b(?:assessor|observer|rater)[- ]blind(?:ed)?\b"
    r"|\bblinded (?:assessors?|raters?|observers?|phase|design)\b|\bdouble-masked\b",
    re.I,
)


# A review that says it took in one study: its limits are that study's ("because only one study
# with limited quality was included"), never "the studies".
_ONE_STUDY = re.compile(
    r"\bonly one (?:\w+ )?(?:study|trial|RCT)\b[^.]{0,60}\b(?:was|could be) included\b"
    r"|\bincluded only one (?:\w+ )?(?:study|trial|RCT)\b",
    re.I,
)
# Evidence the authors call strong for some outcome: "limited evidence" is then only part of it.
_STRONG = re.compile(
    r"\b(?:strong|moderate|good|high)[- ](?:quality |certainty |level )?'?evidence", re.I
)


# Limits a review says of a number of its studies ("two single-centre trials"): all of them
# when that number is the review's count, else some ("some trials were single-centre" where
# both were understates it; "the trials" where one of five was is false).
_COUNTED = ("one_centre", "no_control", "interested_funding")
# "One study was funded by the manufacturer": one of a review's studies, said as one.
_ONE_OF_THEM = re.compile(r"\s*(?:only )?(?:one|a single)\b", re.I)
ONE_FUNDED = (
    "The authors say one of the studies was paid for by a company with a stake in the results."
)
_LAST_WORDS = re.compile(r"(?:\b(\w+) )?\b([\w-]+) $")


def _every_one(before: str, studies: int | None) -> str | None:
    """'all of' when a word of the two just before a limit counts as many studies as the
    review has ("Only two single-centre trials", "both placebo-controlled")."""
    m = _LAST_WORDS.search(before)
    if studies is None or studies < 2 or m is None:
        return None
    counts = {count_value(w) for w in m.groups() if w and (w.isdigit() or w.isalpha())}
    return "all of" if studies in counts else None


# Heterogeneity looked for, as a method: "We assessed the heterogeneity of included trials
# using ..." says nothing of whether the studies differed (reader w2, CD004815: "The authors say
# the studies differed from each other." was false).
_LOOKED_FOR = re.compile(
    r"\b(?:assess|measur|explor|investigat|test|quantif|examin|evaluat|check|estimat)\w* (?:for )?"
    r"(?:the )?(?:(?:statistical|clinical|between[- ](?:trial|study)|potential) )?heterogeneity\b"
    # how the method meets heterogeneity, wherever it is ("We pooled with a fixed-effect model,
    # except where significant heterogeneity was detected", "Where heterogeneity existed, a
    # random-effects model was used", "heterogeneity is reported using I2", "potential sources
    # of heterogeneity were pre-specified", "We anticipated high heterogeneity"): a method, no
    # finding (stop 55 screen: 14 reviews said "the studies differed" from such a sentence)
    r"|\b(?:where|when|whenever|if)\b[^.;:]{0,80}?\bheterogeneity\b|\bany heterogeneity\b"
    r"|\bheterogeneity (?:is|was|were) (?:\w+ )?(?:reported|assessed|evaluated|explored|examined|"
    r"measured|quantified|investigated|tested|estimated) (?:using|with|by)\b"
    r"|\b(?:potential|possible|pre-?specified) sources? of heterogeneity\b"
    r"|\b(?:explore|examine|investigate|identify|explain) (?:\w+ ){0,2}sources? of heterogeneity\b"
    r"|\b(?:anticipated|expected) (?:\w+ )?heterogeneity\b"
    r"|\bwe explored (?:\w+ )?heterogeneity\b",
    re.I,
)


def _only_looked_for(text: str) -> bool:
    """Whether every "heterogeneity" `text` names is one looked for (`_LOOKED_FOR`), none found
    ("... or investigate heterogeneity due to the clinical heterogeneity of studies" found it)."""
    said = len(re.findall(r"\bheterogene", text, re.I))
    return bool(said) and said == len(_LOOKED_FOR.findall(text))


# A limit the authors only suspect: "blinding was not reported, but given the design it is likely
# that there was no blinding" is no "people knew which treatment they had" (a reader's firm false
# sentence, CD010533).
_HEDGED_BEFORE = re.compile(
    r"\b(?:likely|probably|possibly|presumably|may|might|could|unclear whether|not clear whether)"
    r"\b[^.;]*$",
    re.I,
)


# Small studies counted as a part of a review's evidence: "Five small trials evaluated X" (of
# six), "a single small trial of aloe vera", "a pooled analysis of two small studies", "we
# included two small studies in this comparison"; and small studies named as a kind ("bias was
# more frequent in small studies with high cross-over rates"). "The studies were few or small"
# was false of each (reader w1's CD005427 kind). A count said as all the review took in ("We
# included nine small trials", "Five small trials were included") is the whole.
_COUNT_WORD = re.compile(
    r"\b(?:single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b", re.I
)
_ALL_TAKEN_IN = re.compile(
    r"\b(?:(?:we|review) (?:\w+ )?(?:included|identified|found)|(?:were|was|be) (?:\w+ )?"
    r"(?:included|identified|eligible)|met (?:the|our) (?:\w+ )?criteria)\b",
    re.I,
)
_PART_SAID = re.compile(r"\bin (?:this|that|one) (?:comparison|analysis|subgroup)\b", re.I)
_A_KIND = re.compile(r"\bin small (?:studies|trials|RCTs) (?:with|where|that|which)\b", re.I)


def _a_part_small(text: str, m: re.Match[str], studies: int | None) -> bool:
    """Whether the small studies `m` found in `text` are a part of a review's studies (a count
    of them other than the review's own `studies`, or, that count unknown, said as what they
    did; a comparison's) or a kind of study, not all the review took in."""
    if _A_KIND.search(text) or _PART_SAID.search(text):
        return True
    before = text[max(0, m.start() - 20) : m.start()] + m.group(0)
    counted = [w.group(0) for w in _COUNT_WORD.finditer(before)]
    if not counted:
        return False
    word = counted[-1].lower()
    n = 1 if word == "single" else int(count_value(word))
    if studies is not None:
        return n != studies  # as many as the review took in: all of them
    return word == "single" or not _ALL_TAKEN_IN.search(text)


# Data said to be limited for one thing: "There were limited data on adverse effects", "Data
# were limited for TB reactivation", "insufficient data about rates of cancellation", "Limited
# data indicated that memory might decline" (a result drawn from them). "The authors say the
# data were limited." said it of all the review's data; it holds for some of its results.
_DATA_OF_A_PART = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:(?:are|were|is|was) (?:\w+ )?)?(?:available )?(?:on|for|about|"
    r"regarding|concerning|from (?:one|a single|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)|to (?:draw (?:any )?conclusions? (?:about|on|regarding)|compare|inform|assess|support|"
    r"suggest)|(?:indicated|suggested|showed|found|did not|supported|show|suggest|indicate))\b",
    re.I,
)
# ... or too few for one analysis or comparison: "Subgroup analysis was not possible due to
# insufficient data", "insufficient data to compare RT with CT", "moderate due to sparse data"
# for one outcome.
_ONE_ANALYSIS = re.compile(
    r"\b(?:subgroups?|sensitivity|meta-?analys[ie]s|pool(?:ed|ing)?|regression|(?:this|that|"
    r"each|the primary|the) outcomes?|(?:individual|this|some|other|remaining) comparisons?"
    r"|to (?:compare|show (?:whether|which)|confirm|determine (?:whether|which)|assess|evaluate|"
    r"estimate|allow|firmly conclude))\b"
    # one study's data, a result drawn from them, a finding they qualify: "The second study was
    # a conference abstract with limited data", "On the basis of limited data, X caused fewer
    # side effects", "X appears safe, although available data are limited"
    r"|\b(?:the|this|that|one|second|other|first|single) study\b"
    r"|\b(?:on the basis of|based on) (?:very |only )?limited data\b"
    r"|\balthough (?:the )?(?:available )?data\b",
    re.I,
)
# Heterogeneity said of one result or outcome: "Fatigue was lower with X (SMD -1.07, 95% CI ...),
# with significant heterogeneity between trials", "considerable heterogeneity between studies
# for this outcome", "heterogeneity was a problem in some analyses". "The authors say the studies
# differed from each other." said it of the review's studies as a whole.
_ONE_RESULT_DIFFERED = re.compile(
    r"\b(?:for|in) (?:this|that|one|some|several|a few|the (?:primary|main|secondary)) "
    r"(?:\w+ )?(?:outcomes?|comparisons?|analys[ie]s|results?|cases|subgroups?)\b"
    # the sentence gives a pooled effect: the heterogeneity is that result's
    r"|\b(?:RR|OR|MD|SMD|WMD|HR|risk ratio|odds ratio|(?:standardi[sz]ed |weighted )?mean "
    r"difference|hazard ratio)\b(?:[^.;]|\.\d){0,60}?\b(?:95 ?% )?(?:CI|confidence interval)\b",
    re.I,
)
DIFFERED_FOR_SOME = "The authors say the results of the studies differed for some of the outcomes."
LITTLE_DATA_FOR_SOME = "The authors say the data were limited for some of the results."


# Open-label studies only called for ("Long-term open-label studies monitoring safety are
# needed", "Additional large trials that are minimally contaminated by open-label use"), or a mix
# taken in ("We included blinded and unblinded trials"): no study said to be open.
_CALLED_FOR = re.compile(
    r"\b(?:additional|future|further|more|new|long-term)\b[^.;]{0,120}\b(?:are|is) "
    r"(?:\w+ )?(?:needed|required|warranted)\b|\b(?:additional|future|further) (?:\w+ ){0,3}?"
    r"(?:trials|studies|RCTs) that\b",
    re.I,
)
_BLINDED_OR_NOT = re.compile(
    r"\b(?:double-|single-)?blind(?:ed)? (?:and|or) (?:unblinded|open[- ]label|non-?blinded)\b",
    re.I,
)


def stated_limits(
    sentences: list[SourceSentence], design: StudyDesign, studies: int | None = None
) -> list[StatedLimit]:
    """Each kind of limitation the paper states, once, in the order of the rules; a review of
    one study (`studies`) speaks of it as one study."""
    review = (
        design in (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW)
        and studies != 1
        # with no count of its own, a review that says it took in one study
        and not (studies is None and any(_ONE_STUDY.search(s.text) for s in sentences))
    )
    found: list[StatedLimit] = []
    taken_in = most_taken_in(sentences) if review else 0  # the review's own count, if said
    # a review that took in no study has no studies to have limits: only the authors' verdict
    # on the evidence and their call for research are theirs to say ("some studies had no
    # control group" was said of CD011000's single-arm studies, none of which met its criteria)
    empty = design == StudyDesign.REVIEW and none_included(sentences, studies) is not None
    enough = any(_NO_MORE_RESEARCH.search(s.text) for s in sentences)
    unbracketed = [drop_brackets(s.text) for s in sentences]  # once, not once per rule
    blinded = any(caseless.search(_BLINDED, s.text) for s in sentences)
    strong = any(_STRONG.search(s.text) for s in sentences)
    levels = {_level(m) for s in sentences for m in CERTAINTY.finditer(s.text)}
    levels |= {  # "quality of evidence for relapse was low, while for disability was very low"
        m.group(1).lower()
        for s in sentences
        if _GRADED.search(s.text)
        for m in re.finditer(r"\b(?:was|were|is|as) (very low|low|moderate|high)\b", s.text, re.I)
    }
    if any(caseless.search(_HIGHER, s.text) for s in sentences):
        levels.add("higher")  # a grade above low that CERTAINTY does not read
    for name, pattern, text in RULES:
        if name == "certainty_said":
            if any(f.name == "certainty" for f in found):
                continue  # graded in the usual words already
            name = "certainty"  # "the certainty of the evidence was low": the same limit
        if name == "more_research" and enough:
            continue  # never "more research is needed" where the authors say it is not
        if empty and name not in ("more_research", "weak_evidence"):
            continue
        for s, bare in zip(sentences, unbracketed, strict=True):
            if s.role in (Role.BACKGROUND, Role.AIM):
                continue  # "few studies have looked at this" is why they did it, not a limit
            if name == "bias" and (s.role == Role.METHODS or re.search(r"\bexclud", s.text)):
                continue  # "we left out trials at high risk of bias" is how they worked
            # a certainty grade stands in the brackets of a review's results
            plain = s.text if name == "certainty" else bare
            m = caseless.search(pattern, plain)
            downgraded = None
            if not m and review and name in _DOWNGRADED:
                m = downgraded = _DOWNGRADED[name].search(s.text)
                plain = s.text
            if not m:
                continue
            clause = plain[max(0, m.start() - 40) : m.end()]
            if name == "more_research" and _NEGATED.search(plain[: m.end()]):
                continue  # "no further trials are needed" says the opposite
            if name == "no_control" and re.search(r"\bwith(?: a)? control group", plain, re.I):
                continue
            if name == "small_studies" and not review:
                continue
            if name == "small_studies" and _a_part_small(plain, m, studies or taken_in or None):
                continue  # "Three small studies tested X" of a review of 38: some, not all
            if name == "small" and review and re.match(r"(?:this|our|the present) ", m[0], re.I):
                continue  # a review's "In this small trial ...": one comparison's trial
            if name in ("certainty", "bias", "dropouts", "publication_bias") and re.search(
                r"\b(?:not|no|without|rather than)\b", clause, re.I
            ):
                continue  # ("driven by a lack of studies rather than poor-quality studies")
            if name == "missing_data" and re.search(r"\b(?:not|no|little)\b", m[0], re.I):
                continue  # "missing data had no impact on the results"
            if name == "dropouts" and re.search(
                r"\b(?:low|unclear)\b", plain[max(0, m.start() - 30) : m.start()], re.I
            ):
                continue
            if name == "differed" and (
                re.search(r"\b(?:not|no|without|little|low)\b", _clause_before(clause), re.I)
                or _AGREED_AFTER.match(plain, m.end())
            ):
                continue  # "little heterogeneity", "heterogeneity ... was low": the studies agreed
            if name == "differed" and not review:
                continue  # a trial's varied people are not a stated limit
            if name == "differed" and _only_looked_for(plain):
                continue  # "We assessed the heterogeneity of included trials": how, not a limit
            if name == "open" and (_CALLED_FOR.search(plain) or _BLINDED_OR_NOT.search(plain)):
                continue  # open-label studies called for, or a mix taken in: none said open
            if name == "open" and _HEDGED_BEFORE.search(plain[max(0, m.start() - 60) : m.start()]):
                continue  # "it is likely that there was no blinding": the authors only suspect it
            if name == "open" and OPEN_ASSESSORS.search(plain):
                continue  # who knew was who measured the results (`open_assessors` says so)
            if name == "open" and not review and blinded:
                continue  # an open-label run-in before a double-blind phase: people did not know
            if name == "weak_evidence" and (
                re.search(r"\b(?:not|no|without)\b", clause, re.I)
                or any(f.name == "certainty" for f in found)
            ):
                continue  # "no weak evidence"; a graded certainty already says how weak
            if name == "certainty":
                sentence = _certainty(m, review, levels)
            elif name == "weak_evidence":
                sentence = text
                if m.group("kind") or m.group("kind2"):  # "randomised evidence is weak"
                    sentence = sentence.replace("evidence", "evidence from randomised trials")
                if strong:  # "strong evidence" for one outcome, "weak evidence" for another
                    sentence = sentence.replace("the evidence is", "some of the evidence is")
            else:
                # (a review of one study says its limit as a single study's: never "some
                # trials were done in a single centre" of its one trial)
                sentence = IN_REVIEWS.get(name, text) if review and studies != 1 else text
                # (a share of the outcomes or the evidence is no share of the studies: "the
                # evidence for all outcomes was low, downgraded for high risk of bias" where one
                # study of three was at high risk said "all of the studies had flaws")
                said = plain if not _EXCEPT.search(s.text) else s.text
                share = _share(_OF_EVIDENCE.sub(" ", said))
                if name == "bias" and share is None and _SOME_GOOD.search(plain):
                    share = "some of"  # "Twelve studies were of good quality and seven of lower"
                if review and share is None and studies != 1 and _ONE_STUDY_SAID.match(plain):
                    share = "some of"  # "The trial had a high risk of bias": one of them
                    sentence = sentence.replace("{share}", "some")
                cases = _IN_CASES.search(plain, max(0, m.start() - 60), m.start())
                if review and cases is not None:  # "... and in many cases lack of blinding"
                    share = "most of" if cases["q"].lower() == "most" else "some of"
                if downgraded is not None:
                    share = "some of"  # the grade of one result's evidence, not of all of it
                if review and name in _COUNTED:  # all or most of them, as said; else some
                    share = _every_one(plain[: m.start()], studies) or share
                    if share in (None, "some of"):
                        sentence = sentence.replace("{share}", "some")
                sentence = sentence.replace("{share}", f"{share} the" if share else "the")
            if name == "interested_funding" and review and _ONE_OF_THEM.match(m[0]):
                sentence = ONE_FUNDED
            if name == "differed" and review and _ONE_RESULT_DIFFERED.search(s.text):
                sentence = DIFFERED_FOR_SOME  # one pooled result's heterogeneity, not all
            if name == "little_data" and (
                _DATA_OF_A_PART.match(plain, m.end()) or _ONE_ANALYSIS.search(plain)
            ):
                sentence = LITTLE_DATA_FOR_SOME  # "limited data on adverse effects": one result's
            found.append(StatedLimit(name, sentence, s.index))
            break
    return found


# Cue words that file a sentence as a limitation while it names no limit of the study: "a
# fairly small number of cases of heart inflammation" reports a finding, "functional
# limitation" a symptom.
_NOT_A_LIMIT = re.compile(
    r"\bsmall number of (?:[\w-]+ )?(?:cases|reports|events|deaths|episodes|reactions) of\b"
    r"|\b(?:functional|physical|activity|mobility) limitations?\b"
    r"|\blimitations? (?:in|of) (?:daily|activit|function|movement|mobility)\w*",
    re.I,
)


# A sentence that says only what was done well ("Five trials had a low risk of bias", "The
# studies were well conducted") and no fault beside it ("Only one trial was at low risk of bias").
_ONLY_GOOD = re.compile(
    r"\blow risk of (?:[\w-]+ ){0,2}bias\b"
    r"|\brisk of bias\b[^.]{0,40}?\b(?:was|were) (?:\w+ )?low\b"
    r"|\b(?:high|good|adequate)[- ](?:study |trial |methodological )?quality\b"
    r"|\bwell[- ](?:conducted|designed)\b",
    re.I,
)
_SOME_FAULT = re.compile(
    r"\b(?:high(?! quality)|unclear|moderate|serious|some|poor|inadequate|low[- ](?:quality|"
    r"certainty)|very low|none|not|no|only|but|however|although|though|while|whereas|except|"
    r"few|small|limited|lack\w*|flaw\w*|caution\w*|imprecis\w*|inconsisten\w*)\b",
    re.I,
)


# What holds in spite of the limits, not a limit: "Despite these limitations, the review gives a
# thorough overview" (its "these" points at a sentence that may not be shown).
_DESPITE = re.compile(
    r"^(?:Despite|In spite of|Notwithstanding) (?:these|the|its|their|such|those|this|that) "
    r"(?:\w+ )?(?:limitations?|weakness(?:es)?|shortcomings?|caveats?|flaws?)\b",
    re.I,
)


# A finding said with no word of any limit: the first half of "It appears that X is effective,
# but confidence is low because the trials were few", split off and filed with its second half.
_FOUND = re.compile(
    r"\b(?:effective|helpful|beneficial|improv\w*|reduc\w*|increas\w*|lower\w*|higher|better|"
    r"worse|benefits?)\b",
    re.I,
)
_LIMIT_WORD = re.compile(
    r"\b(?:bias\w*|quality|certainty|confiden\w*|limit\w*|caution\w*|small|few|short|dropp\w*|"
    r"drop-?outs?|lost|withdr\w*|heterogene\w*|inconsisten\w*|imprecis\w*|blind\w*|open|single|"
    r"one (?:centre|center|site)|sample|power\w*|preliminary|pilot|uncertain\w*|unclear|"
    r"generali[sz]\w*|weak\w*|poor\w*|flaw\w*|concerns?|problem\w*|confound\w*|reporting|"
    r"retrospective|observational|missing|incomplete|only|not|no|may|might|could|however|but|"
    r"although|though)\b",
    re.I,
)


def names_no_limit(text: str) -> bool:
    """Whether a sentence filed as a limitation by its cue words names none once the cues that
    say something else are read out ("COVID-19 vaccines have been related to a small number
    of cases of heart inflammation"), says only what was done well ("Five trials had a low
    risk of bias"), what holds despite the limits ("Despite these limitations, ...") or only a
    finding ("It appears that X is helpful", split from "..., but confidence is low")."""
    if _DESPITE.match(text) or (_ONLY_GOOD.search(text) and not _SOME_FAULT.search(text)):
        return True
    if _FOUND.search(text) and not _LIMIT_WORD.search(text):
        return True
    if not _NOT_A_LIMIT.search(text):
        return False
    return cue_role(_NOT_A_LIMIT.sub(" ", text)) != Role.LIMITATION


# A sentence that states a limit of the study in its own words, wherever the abstract put it:
# lifted whole into the limitations ("However, results may not be generalizable to those who
# have had hip surgery.", "21.9% of the children dropped out.").
_STATES_A_LIMIT = re.compile(
    r"\b(?:may|might|could) not be (?:generali[sz]able|generali[sz]ed|representative"
    r"|applicable)\b|\b(?:results?|findings?|data|they|these|this) (?:may|might|could) not "
    r"(?:apply|be applied|extend) to\b"
    # "these figures may not represent all people with MS": whom the sample stands for
    r"|\b(?:may|might|could) not (?:fully |truly |accurately )?(?:represent|reflect) (?:all|"
    r"everyone|the (?:wider|general|whole|broader|entire)|other|most)\b"
    r"|\bgenerali[sz]ability (?:\w+ ){0,3}(?:is|was|may be|remains?) (?:limited"
    r"|uncertain|unclear)\b|\b(?:main|major|key|chief|principal) limitations?\b"
    # the study's own size as its limit: "The small size of the trial means a modest benefit
    # cannot be ruled out", "Our study was small, so ..."
    r"|\bsmall (?:size|number of (?:participants|patients|people)) (?:of|in) (?:the|this|our) "
    r"(?:trial|study|sample|cohort)\b"
    r"|\b(?:the|this|our) (?:trial|study|sample|cohort) (?:was|is) (?:too |relatively |very )?"
    r"small\b"
    # "the trial population was too small to allow definitive conclusions" (CD006643: said
    # under why it matters, as if it were what the finding means)
    r"|\btoo (?:small|few|short) to (?:allow|permit|draw|make|reach|support) (?:any )?(?:firm |"
    r"definite |definitive |reliable |clear |strong )?conclusions?\b"
    r"|\b(?:should|must|need to) be interpreted (?:with caution|cautiously)\b"
    # "Caution should be exercised in applying these results to modern care, because ..."
    r"|\bcaution (?:should|must|needs to) be (?:exercised|used|taken|applied) (?:in|when) "
    r"(?:applying|interpreting|generali[sz]ing|extrapolating)\b"
    r"|\b(?:\d+(?:\.\d+)? ?%|\d+) (?:\([^)]*\) )?(?:of (?:the )?)?(?:[\w-]+ ){0,2}"
    r"(?:were lost to follow-?up|dropped out)\b"
    # what the studies did not do, never what they did not find: "most trials did not include
    # people who had fatigue", "many studies failed to use a validated measure"
    r"|\b(?:most|many|several|some|none|few) (?:of (?:the|these) )?(?:included |eligible )?"
    r"(?:trials|studies|RCTs) (?:\w+ )?(?:did not|failed to) (?:\w+ )?(?:include|enrol|enroll"
    r"|recruit|select|target|use|blind|mask)\b"
    # what may still explain a link the study found: "Residual confounding cannot be excluded",
    # "We cannot rule out bias from unmeasured factors"
    r"|\b(?:residual|unmeasured|remaining) confounding\b"
    # "Cultural differences might limit the applicability of the current results"
    r"|\b(?:may|might|could|can) limit (?:the )?(?:applicability|generali[sz]ability|"
    r"transferability)\b"
    r"|\b(?:confounding|bias) (?:cannot|can ?not|could not) be (?:excluded|ruled out)\b"
    # a crossover trial's own limit: "Carry-over effects between the periods cannot be
    # excluded" (it stood under why it matters, as if it were what the finding means)
    r"|\bcarry-?over\b[^.;]{0,60}\b(?:cannot|can ?not|could not) be (?:excluded|ruled out)\b"
    r"|\b(?:cannot|can ?not|could not) (?:exclude|rule out) (?:a |any |possible )?carry-?over\b"
    r"|\bcarry-?over\b[^.;]{0,60}\b(?:may|might|could) have\b"
    # a reporting database's: "Because reporting is voluntary, the true frequency cannot be
    # estimated"
    r"|\b(?:reporting|reports?) (?:to (?:the |this |a )?[\w -]{0,40})?(?:is|was|are|were) "
    r"voluntary\b|\bvoluntary (?:nature of (?:the )?)?reporting\b"
    r"|\btrue (?:frequency|incidence|rate|risk|number|size|extent) (?:[\w-]+ ){0,4}(?:cannot|"
    r"can ?not|could not) be (?:estimated|determined|calculated|known|measured)\b"
    r"|\b(?:cannot|can ?not|could not) (?:exclude|rule out) (?:\w+ ){0,2}(?:confounding|bias)\b"
    # a trial without a comparison group: "the lack of a control group means effects on
    # disability cannot be judged"
    r"|\b(?:lack|absence) of (?:a |any )?(?:control|comparison|comparator|placebo) (?:group|arm)"
    r"\b|^Without a (?:control|comparison|comparator|placebo) (?:group|arm),"
    # what a report of a few cases cannot tell: "Because this is a report of three cases, it
    # cannot show how often rebound happens"
    r"|\b(?:cannot|can ?not|could not|does not|do not) (?:show|tell us|tell|say|establish|"
    r"determine) how (?:often|common|frequent|many|likely)\b"
    # a consensus's own caveat: "most recommendations rest on expert opinion"
    r"|\b(?:rests?|rested|based|relies|rely|relied) (?:\w+ )?on (?:the )?(?:experts?'? )?"
    r"(?:expert )?opinions?\b"
    # what stands between the finding and its use, a practical barrier: "the test requires a
    # specific MRI sequence that is not yet available at all centres", "its cost limits its
    # use", "These findings need confirmation" (the lead's hand-written v8: such a sentence
    # stood in why it matters, where the authors' "could reduce misdiagnosis" belonged)
    r"|\bnot (?:yet |widely |routinely |readily )?(?:available|accessible|affordable) "
    r"(?:at|in|to) (?:all|most|many|every|some|smaller|other) (?:[\w-]+ )?(?:centres|centers|"
    r"clinics|hospitals|settings|countries|services|sites|people|patients)\b"
    r"|\bnot (?:yet )?(?:widely |routinely |readily )?available (?:everywhere|outside)\b"
    r"|\b(?:high )?(?:costs?|price|expense) (?:\w+ ){0,3}(?:limits?|limited|restricts?|restricted"
    r"|prevents?) (?:its |their |the |wider )?(?:use|uptake|access|availability)\b"
    r"|^(?:These|The|Our|This|Such) (?:[\w-]+ )?(?:findings?|results?|associations?|links?|"
    r"observations?) (?:require|requires|need|needs) (?:independent |further |external )?"
    r"(?:confirmation|confirming|validation|replication)\b",
    re.I,
)
# People who left compared between groups, or a review's reason to leave a study out: a
# result or a method, not a limit of this study.
_LEAVERS_COMPARED = re.compile(
    r"\b(?:than|compared|versus|vs|between|differ\w*|RR|OR|adverse|exclud\w*)\b", re.I
)


def states_a_limit(text: str) -> bool:
    """Whether a sentence states a limit of the study whole, in the paper's own words: results
    that may not apply to others, the study's main limitation, a call to read results with
    caution, or how many people dropped out (never dropouts compared between groups)."""
    m = caseless.search(_STATES_A_LIMIT, text)
    if m is None:
        return False
    leavers = re.search(r"\b(?:lost|dropped)\b", m.group(0))
    return not (leavers and _LEAVERS_COMPARED.search(text))
