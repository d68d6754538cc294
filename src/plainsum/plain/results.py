"""What a sentence of the results says: how the study ran, which way things went, or a
finding; which result is the main one (the one that names what the authors' conclusion is
about). The main result about harm is `harms.harm_result`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from .. import caseless
from ..memo import SIZE
from ..prefilter import by_branches, search
from .finding import FINDING, PROCEDURE
from .simplify import PlainSentence

__all__ = [
    "ABOUT_THE_PAPER",
    "DIRECTION",
    "NOT_REPORTED",
    "RESEARCH_CALL",
    "SETUP",
    "key_terms",
    "main_result_rank",
    "primary_terms",
    "procedural_result",
    "Says",
    "says_a_finding",
    "says_which_way",
    "sets_up",
    "what_it_says",
]

# "More patients in the drug group had side effects": which group had more.
MORE_IN_GROUP = (
    r"more (?:patients|people|participants|children|adults|women|men|infants) (?:in|on|who|"
    r"taking|given|getting|receiving|treated)\b"
)
# A result that says which way things went: helped, no clear difference, harm.
DIRECTION = re.compile(
    r"\b(?:no (?:\w+ )?(?:effect|difference|benefit|evidence|change|improvement|increase|"
    r"reduction)s?|little (?:or|to) no|did not|does not|do not|not (?:differ|improve|reduce|"
    r"change|increase|affect|show)|not (?:\w+ )?(?:different|associated|linked)|"
    r"neither|reduc\w*|improv\w*|increas\w*|decreas\w*|lower|"
    r"higher|greater|fewer|less|more likely|less likely|more (?:common|frequent\w*|often)|"
    rf"{MORE_IN_GROUP}|"
    r"benefit\w*|worse|better|harm\w*|prevent\w*|"
    r"safe|effective|helpful|drop|rise|leads? to|similar|"
    # a change by a factor: "doubled the share of repaired nerve fibres"
    r"doubled|tripled|halved|(?:two|three|four)fold|"
    r"(?:more|fewer|less|greater|larger|smaller|thicker|thinner|faster|slower|longer|shorter|"
    r"later|earlier|"
    # ("40% more myelin-coated nerve fibres in the brain's bridge than mice given the liquid")
    r"stronger|weaker)(?: [\w-]+){0,8} than|"
    r"(?:clear|significant|beneficial|positive|negative|small|moderate|large|strong) "
    r"(?:\w+ )?(?:effects?|benefits?|improvements?))\b",
    re.I,
)
# What the paper itself holds ("Central themes of the research, methods used and conclusions
# drawn are briefly described"): a sentence about the paper, never its content.
_ABOUT_THE_PAPER = (
    r"^(?:[\w-]+ ){0,3}(?:themes|methods|conclusions|implications|lessons|limitations|"
    r"strengths|issues|aspects|challenges)\b[^.]{0,80}\b(?:are|is|were|was) (?:\w+ )?"
    r"(?:described|discussed|outlined|presented|summari[sz]ed|reviewed|highlighted)\b"
)
# Setup and bookkeeping: how terms were defined, which data some studies reported, how the
# studies were grouped, that nothing was pooled. Never the aim or a finding.
SETUP = re.compile(
    r"\bfor the purposes? of this\b|\b(?:was|were) defined as\b|\bdefinitions? of\b"
    r"|\b(?:data|results|outcomes?) (?:\w+ )?(?:were|was) (?:only )?(?:reported|available|"
    r"collected|extracted) (?:in|for|from|by) (?:\S+ )?(?:\w+ )?(?:trials|studies)\b"
    r"|\bno (?:meta-analysis|pooling|pooled analysis) was\b|\bfell into\b|\bmain groups\b"
    r"|\bamenable to (?:meta-analysis|pooling|pooled analysis|being pooled)\b"
    r"|\b(?:were|was) (?:considered|analy[sz]ed|looked at) separately\b"
    r"|\b(?:were|was) (?:mostly |mainly |largely |generally )?(?:studied|done|conducted|"
    r"carried out|performed) (?:in|among|on) (?:mostly |mainly )?(?:people|patients|adults|"
    r"participants|women|men|children)\b"
    r"|\bheterogeneit|\b(?:studies|trials) (?:differed|varied) (?:a lot|widely|greatly)\b"
    r"|\b(?:were|was) (?:categori[sz]ed|classified|grouped) (?:as|into|by)\b"
    r"|\b(?:considered|analy[sz]ed|looked at|grouped|reported)\b[^.]{0,80}\bseparately\b"
    r"|\bprovided (?:enough |sufficient |usable )?data\b"
    r"|\b(?:were|was) (?:suitable|eligible) for (?:this|the) (?:review|analysis)\b"
    r"|\b(?:studies|trials) reported (?:some type of|data on|on)\b|\b(?:is|are) considered as\b"
    r"|^[\w-]+(?: [\w-]+)? (?:is|are) (?:a|an) [^.]{0,60}\b(?:tool|test|drug|medicine|device|"
    r"method|procedure|measure|scale|hormone|protein)s?\b"
    rf"|{_ABOUT_THE_PAPER}",
    re.I,
)
by_branches(SETUP)  # its branches need words of their own: asked one by one
ABOUT_THE_PAPER = re.compile(_ABOUT_THE_PAPER, re.I)
# A call for more research: never a result, whatever benefit it hopes for.
RESEARCH_CALL = re.compile(
    r"\b(?:studies|trials|research|work)\b[^.]{0,40}\b(?:are|is|will be|would be) (?:still )?"
    r"(?:needed|required|warranted)\b"
    r"|\b(?:future|further) (?:studies|trials|research|work)\b[^.]{0,40}\bshould\b"
    r"|\b(?:a|an|the|urgent|clear) need for (?:[\w-]+ ){0,3}(?:studies|trials|research)\b"
    # "the authors encourage investigators to undertake properly designed randomised trials"
    r"|\b(?:encourage|urge|call on|invite)s? (?:[\w-]+ ){0,2}to (?:undertake|conduct|carry out|"
    r"perform|design|do|fund|support|run) (?:[\w-]+ ){0,4}(?:studies|trials|research)\b",
    re.I,
)
# What some studies looked at, with no word of what they found ("Two studies checked the
# benefit of X"): it says what was compared, never the result.
_DESCRIBES = re.compile(
    r"^(?:The |All |Both |These |Most )?(?:[\w-]+ ){0,5}(?:studies|trials|study|trial|RCTs?) "
    r"(?:\w+ )?(?:checked|evaluated|assessed|compared|looked at|tested|examined|investigated|"
    r"studied|measured)\b(?![^.]*\b(?:found|showed|shown|but|did not|no (?:clear )?difference|"
    r"reduced|improved|increased|lowered|(?:more|less) likely|fewer|higher|lower|better|worse)\b)",
    re.I,
)
# What the studies did not measure or report ("None of the trials reported side effects", "No
# study measured quality of life", "Deaths were not reported"): what is missing, never a result
# (not even a safety one). "No trial reported any serious harm" says what was found and stays.
_FOUND_AFTER = (
    r"(?! (?:any|evidence|an? (?:[\w-]+ )?(?:difference|effect|benefit|change|improvement|"
    r"increase|reduction|drop|rise))\b)"
)
NOT_REPORTED = re.compile(
    r"\b(?:none|neither) of the (?:\w+ )?(?:studies|trials|RCTs|reviews)\b[^.;]{0,30}?"
    rf"\b(?:reported|measured|assessed|looked at|examined|provided)\b{_FOUND_AFTER}"
    r"|\bno (?:\w+ )?(?:studies|study|trials?|RCTs?) (?:\w+ )?(?:reported|measured|assessed|"
    rf"looked at|examined)\b{_FOUND_AFTER}"
    r"|\b(?:was|were) not (?:\w+ )?(?:reported|measured|assessed)\b"
    r"|\b(?:did|does|do) not (?:report|measure|assess|look at)\b",
    re.I,
)
# A sentence of the results that says how the study ran, not what it found.
_RUN_NOT_FOUND = re.compile(
    r"\b(?:using different|lost to follow-?up|(?:were|was) excluded|ongoing|underway|"
    r"(?:primary|main|secondary) (?:outcome|result)s?(?: measured)?(?: measures?)? (?:was|were)|"
    r"mean age|(?:were|was) (?:women|men|female|male)|finished|completed|(?:were|was) found\.$|"
    r"limited data|no data|not (?:possible|feasible) to (?:pool|combine)|"
    r"could not be (?:pooled|combined)|"
    r"(?:meta-analysis|pooled analysis) was not|"
    # who was kept from knowing the treatment: "Although participants were not masked, outcome
    # assessors were" is how one trial ran, never a result of the review
    r"(?:were|was) not (?:masked|blinded)\b|"
    r"(?:tested|used|measured|reported on) [^.]{0,40}(?:levels|scales?)\b(?! (?:fell|rose)))",
    re.I,
)


# That the data were not pooled, or could not be ("The review authors did not pool the
# data", "could not be included in the pooled analysis", "no pooled analysis was done"): how
# the review ran. A result of the pooled analysis ("Pooled data from five trials showed fewer
# deaths", "When the review authors pooled data, there was no clear benefit") is a result.
_NOT_POOLED = (
    r"\b(?:not|unable to|cannot|never)(?: (?:be|been|possible to|able to|suitable for|"
    r"appropriate to|feasible to|provide suitable data for))?(?: (?:included|used|combined)"
    r" in(?: the| a| any)?)? pool\w*"
    r"|\bno (?:\w+ )?pool\w*"
    r"|\bpool\w*(?: of (?:the )?(?:data|results|studies|trials))? (?:was|were|is|are) "
    r"(?:not|impossible|inappropriate)\b|\b(?:ability|able) to (?:\w+ )?pool\w*"
    r"|\bdid not (?:\w+ )?pool\w*|\b(?:could|would|were|was) not (?:be )?pooled\b"
)
# How the trials were run or judged: a sentence about these is bookkeeping, whatever it says.
_BOOKKEEPING = re.compile(
    rf"{_NOT_POOLED}|\bblind\w*|\ballocation\b|\bconceal\w*|\bbias\b|\bplanned\b|\bprotocol\b"
    r"|\b(?:quality|certainty) of (?:the )?evidence\b|\bheterogeneit|\bchos(?:e|en)\b|\bdecided\b"
    r"|\bto include\b",
    re.I,
)


# PROCEDURE words that a result may hold in passing ("gestational age", "a strategy that
# included X", "the review authors noted that ...", "pooled the data"); any other means the
# sentence is procedure.
_INCIDENTAL = re.compile(
    r"(?:age|aged|in total|total of|included|took part|screened|median|(?:was|were) used"
    # "When the review authors pooled the data, there was no clear difference": what the
    # pooled data showed (that they were not pooled is bookkeeping: `_NOT_POOLED`)
    r"|pool(?:ed)? the (?:data|results|studies|trials)"
    r"|the (?:review authors|researchers|authors) (?:noted|mainly|are|were))$"
)


@lru_cache(maxsize=SIZE)
def procedural_result(text: str) -> bool:
    """Whether a sentence of a review's results reports its procedure (who was included, how
    trials were run) rather than a result: the headline's PROCEDURE words, unless the sentence
    says outright which way an outcome went and is no bookkeeping ("No
    clear difference was found in gestational age at birth" is a result; "The review authors
    did not pool the data" is not)."""
    found = [m.group(0).lower() for m in caseless.finditer(PROCEDURE, text)]
    if not found:
        return False
    if not all(_INCIDENTAL.match(word) for word in found):
        return True
    return not _moved(text) or bool(_BOOKKEEPING.search(text))


# An outcome that moved, or did not: the words DIRECTION counts that say so outright (not
# "similar", "safe" or a bare "did not", which a sentence about the procedure may use too).
_OUTCOME_MOVED = re.compile(
    r"\bno (?:\w+ )?(?:effect|difference|benefit|change|improvement|increase|reduction)s?\b"
    r"|\blittle (?:or|to) no\b|\bnot (?:differ|improve|reduce|change|increase|affect)\w*"
    r"|\bnot (?:\w+ )?(?:different|associated|linked)\b"
    r"|\bnot (?:show|find|see|detect|observe)(?: any)?(?: [\w-]+)? (?:differences?|effects?|"
    r"benefits?|improvements?|changes?)\b"
    r"|\b(?:reduc|improv|increas|decreas)\w*|\b(?:lower|higher|greater|fewer|less|worse|better)\b"
    r"|\b(?:more|less) likely\b|\bmore (?:common|frequent\w*|often)\b"
    rf"|\b{MORE_IN_GROUP}"
    # the glossary's plain words for a change ("a clear drop in relapses" for "a significant
    # reduction", "raised", "eased"): an outcome that moved too
    r"|\b(?:drops?|falls?|rises?|declines?) (?:in|of)\b|\b(?:rose|fell|eased|halved|doubled)\b"
    # a time that moved: "X shortened fever by a day", "prolonged survival", "a shorter stay"
    r"|\b(?:shortened|lengthened|prolonged|hastened)\b|\bshorter\b",
    re.I,
)


def _moved(text: str) -> bool:
    return bool(_OUTCOME_MOVED.search(text))


def says_which_way(text: str) -> bool:
    """Whether a sentence says outright which way an outcome went (reduced, no clear
    difference, worse), and is neither bookkeeping nor how the study ran: the kind
    of result the body of a draft must carry when the paper has one."""
    return (
        _moved(text)
        and not _BOOKKEEPING.search(text)
        and not what_it_says(text).run
        and not procedural_result(text)
    )


class Says(NamedTuple):
    """What a sentence of the results says."""

    run: bool  # only how the study ran (setup, bookkeeping, what was measured)
    direction: bool  # which way things went (helped, no clear difference, harm)
    finding: bool  # a finding in the headline's sense


# "More than 8% of participants dropped out": how many stayed in the study, with no group or
# reason named (how it ran; "More people dropped out of the drug group because of side
# effects" is a result on harm).
_DROPOUTS = re.compile(
    r"\b(?:dropped out|drop-?outs?|withdrew|lost to follow-?up)\b(?![^.]*\b(?:than|compared|"
    r"versus|vs|between|because|due to|owing to|groups?|arms?|favou?r\w*)\b)",
    re.I,
)


@lru_cache(maxsize=4096)
def sets_up(text: str) -> bool:
    """Whether `text` holds setup or bookkeeping (`SETUP`), found by substring tests first
    (kept: a draft and its repairs ask it of the same sentences)."""
    return search(SETUP, text)


@lru_cache(maxsize=4096)
def what_it_says(text: str) -> Says:
    """Whether `text` only says how the study ran, says which way things went, holds a finding
    (kept: a draft and its repairs rank the same sentences again)."""
    direction = search(DIRECTION, text)
    setup = sets_up(text) and not direction  # "... but no difference in deaths"
    return Says(
        bool(
            _ran(text, direction)
            # how many dropped out, with no group, reason or way it went ("The dropout rate was
            # lower with benzodiazepines" is a result)
            or (_DROPOUTS.search(text) and not _before_dropouts_compared(text) and not _moved(text))
            or setup
            or _DESCRIBES.search(text)
            or NOT_REPORTED.search(text)
        ),
        direction,
        bool(caseless.search(FINDING, text)),
    )


# How an outcome was measured, said of a result: "There was no effect of X on disability
# measured by the EDSS" says which way it went, and how it was measured besides.
_MEASURED_WITH = ("tested", "used", "measured", "reported on")


def _ran(text: str, direction: bool) -> bool:
    """Whether `text` says how the study ran (`_RUN_NOT_FOUND`); where it first says which way
    things went, the scale an outcome was measured with after that is no sign of it."""
    went = caseless.search(DIRECTION, text) if direction else None
    return any(
        not (went and went.start() < m.start() and m.group(0).lower().startswith(_MEASURED_WITH))
        for m in caseless.finditer(_RUN_NOT_FOUND, text)
    )


def _before_dropouts_compared(text: str) -> bool:
    """Whether the words before a dropout name a group or comparison ("In the drug group, ...")."""
    m = _DROPOUTS.search(text)
    if m is None:
        return False
    return bool(
        re.search(
            r"\b(?:compared|versus|vs|between|groups?|arms?|favou?r\w*)\b", text[: m.start()], re.I
        )
    )


_KEY_WORD = re.compile(r"[a-z][a-z-]{3,}")
_NOT_KEY = frozenset(
    "with that this these those there were have been from than they their which about into "
    "also more less most some other only even both each such does not effect effects evidence "
    "review study studies trial trials people patients participants treatment treatments "
    "compared compare group groups results result data quality certainty clear clearly "
    "probably likely little difference differences reduce reduced reduces improve improved "
    "based included showed show shows found suggest suggests helpful benefit benefits "
    "authors researchers when after before between during over under among while however "
    "whether using used".split()
)


def _stem(word: str) -> str:
    return word[:6]


def key_terms(texts: list[str]) -> frozenset[str]:
    """The words of the authors' main conclusion that say what it is about ("teriflunomide",
    "relapse", "disability"), as short stems: the main result is the one that names them."""
    return frozenset().union(*map(_terms_of, texts))


@lru_cache(maxsize=SIZE)  # the headline's, the aims' and each candidate's, at every build
def _terms_of(text: str) -> frozenset[str]:
    """`key_terms` of one text."""
    out = {_stem(w) for w in _KEY_WORD.findall(text.lower()) if w not in _NOT_KEY}
    if caseless.search(_SERIOUS_EVENTS, text):
        out.add("side")  # serious health problems are the harms "side effects" name
    return frozenset(out)


# The glossary's neutral words for serious adverse events: harms like side effects, though no
# one said the treatment caused them.
_SERIOUS_EVENTS = re.compile(
    r"\bserious health problems?\b|\bunwanted events?\b|\bharmful effects?\b", re.I
)


# "The primary outcome was the number of people with a relapse": what the authors said they
# judged the treatment by, up to the next clause.
_PRIMARY = re.compile(
    r"\b(?:primary (?:outcome|end ?point|efficacy (?:outcome|end ?point))s?(?: measures?)?"
    r"|main results? measured)"
    r"(?: (?:was|were|included|being)|:)\s+(?P<what>[^.;()]{3,120})",
    re.I,
)
# What a primary outcome phrase says besides its outcome ("the proportion of ...", "at 12 weeks").
_PRIMARY_FILLER = frozenset(
    "proportion number rate rates risk incidence share mean change time weeks months years "
    "composite measured measure measures primary secondary outcome outcomes".split()
)


def primary_terms(texts: list[str]) -> frozenset[str]:
    """The key terms of the outcome the authors named as primary ("The primary outcome was
    relapse rate" -> relapse), from the paper's sentences and their edited forms ("The main
    result measured was ..."); empty when none names one."""
    whats = [m["what"] for text in texts for m in _PRIMARY.finditer(text)]
    whats = [re.split(r",? and secondary\b|, secondary\b", w, flags=re.I)[0] for w in whats]
    return frozenset(t for t in key_terms(whats) if t not in {_stem(w) for w in _PRIMARY_FILLER})


# A result that calls itself the main one ("The primary pooled analysis ... showed that ...",
# "The main result measured for this review ... showed ..."): on the primary outcome too.
_CALLED_PRIMARY = re.compile(
    r"\bprimary (?:pooled |meta-)?analys[ie]s\b"
    r"|\b(?:primary|main) (?:outcome|result)s?(?: measured)? (?:for|of|in) this review\b",
    re.I,
)


def main_result_rank(
    terms: frozenset[str],
    primary: frozenset[str] = frozenset(),
) -> Callable[[PlainSentence], tuple[bool | int, ...]]:
    """How results rank as the main one: a sentence that says which way things went (helped, no
    clear difference, harm) before one that only names what was measured or how the study ran;
    then one on the outcome the authors named `primary`, or one that calls itself the primary
    analysis (positive or null, it is their main result: a secondary one never displaces it);
    then the one that names more of the conclusion's key `terms` (the conclusion says which
    result is the main one); then the easier, then the paper's order (abstracts give their
    main results first)."""

    def rank(p: PlainSentence) -> tuple[bool | int, ...]:
        run, direction, finding = what_it_says(p.text)
        words = key_terms([p.text]) if terms or primary else frozenset()
        shared = len(terms & words)
        on_primary = bool(primary & words) or bool(_CALLED_PRIMARY.search(p.text))
        # (a clause cut before its statistics, `colon_head`, after a whole sentence as good)
        return (
            run, not direction, not on_primary, p.part, -min(shared, 3), p.hard, not finding,
            p.order,
        )  # fmt: skip

    return rank


def says_a_finding(text: str) -> bool:
    """Whether a sentence says what was found (which way things went), not how it was done."""
    run, direction, finding = what_it_says(text)
    return not run and (direction or finding)
