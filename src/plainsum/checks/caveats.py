"""Required caveats, chosen by the study design, and a pointer to the reader's care team.

A caveat is recognised by its meaning, sentence by sentence, not by one stock phrase. Each caveat
has a few *frames*: a frame is a set of concepts that must all occur in one sentence (and some
that must not). "Not in people" is, for example, a mention of people, humans, the body or real
life together with doubt that something carries over ("may not apply", "might be different",
"we do not know"), or a lab/animal subject contrasted with people ("cells in a lab, not
people"). A near miss such as "The study was done in people with MS." names people but carries
no doubt, so it does not count.

`example` is a sentence that satisfies each caveat: drafters use it and the repair hint quotes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..design import DesignInfo
from ..plain.frames import SMALL_STUDY
from ..prefilter import search
from ..schemas import Finding, PlainSummary, Severity, StudyDesign
from .safety import DISMISSES_CARE
from .text import split_sentences

CHECK = "caveats"


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


@dataclass(frozen=True)
class Frame:
    """One way of carrying a caveat: every `all_of` concept and no `none_of` concept occurs in
    the same sentence."""

    all_of: tuple[re.Pattern[str], ...]
    none_of: tuple[re.Pattern[str], ...] = ()

    def matches(self, sentence: str) -> bool:
        return all(search(p, sentence) for p in self.all_of) and not any(
            search(p, sentence) for p in self.none_of
        )


def _f(*patterns: str, none_of: tuple[str, ...] = ()) -> Frame:
    return Frame(tuple(_c(p) for p in patterns), tuple(_c(p) for p in none_of))


# ---- concepts shared by the frames -------------------------------------------------------------
_HUMAN = (
    r"\b(?:people|humans?|human (?:beings?|bod(?:y|ies)|patients|trials?|studies|subjects)|"
    r"(?:the|a) (?:human |living )?body|real[- ](?:life|world)|patients?|persons?|"
    r"a living person|anyone|someone|nobody|no one|clinical (?:trials?|use|practice)|"
    r"the clinic|adults|children|women|men)\b"
)
_NONHUMAN = (
    r"\b(?:cells?|mice|mouse|rats?|animals?|rodents?|zebrafish|medaka|monkeys?|primates?|"
    r"flies|worms|fish|pigs?|dogs?|dish(?:es)?|test tubes?|labs?|laborator(?:y|ies)|tissues?|"
    r"organoids?|(?:animal |mouse |rat )?models?|petri|germs?|bacteri(?:a|um)|microbes?|yeast|"
    r"cultures?|(?:lab |agar )?plates|computers?|simulations?)\b"
)
# two things are not alike: "differs from", "not the same as", "a different story"
_DIVERGE = (
    r"\b(?:differ(?:s|ed|ent|ently|ence)?|not (?:\w+ )?the same|not (?:\w+ )?like|unlike|"
    r"not (?:\w+ )?(?:equal|identical) to|(?:another|a separate|a different) (?:matter|story|"
    r"thing|question)|is not (?:an?|the) (?:human|person|patient))\b"
)
# the other people a result may not reach: "someone else", "other patients", "the next person"
_OTHERS = (
    r"\b(?:others|other (?:people|patients|women|men|children|adults|cases)|someone else|"
    r"anyone else|everyone else|everybody else|somebody else|most people|the next (?:person|"
    r"patient)|another (?:person|patient)|people in general|the wider (?:group|population))\b"
)
_MAYBE = r"(?:\b(?:may|might|could|can|would|will|not|never|unknown|unclear)\b|n't\b)"
_TEST = r"(?:tested|tried|shown|studied|seen|confirmed|proven|proved|checked|repeated|replicated)"
# doubt that a result is known: "we do not know", "it is unclear", "too early to say"
_UNKNOWN = (
    r"\b(?:not (?:yet )?(?:known|clear|certain)|unknown|unclear|uncertain|not sure|"
    r"(?:cannot|can not|can't|could not|couldn't) (?:yet )?(?:be sure|know|say|tell)|"
    r"too (?:early|soon) to (?:say|tell|know)|"
    r"(?:do not|don't|does not|doesn't|did not|didn't|will not|won't|would not|wouldn't) "
    r"(?:yet )?know|"
    r"remains? to be seen|open question|still (?:a )?question)"
)
# something carries over from the study to people
_TRANSFER = (
    r"\b(?:works?|help(?:s|ed)?|happens?|appl(?:y|ies)|holds?|translates?|carr(?:y|ies) over|"
    r"same|seen|effects?|true|matters?|benefits?|behaves?|respond|react|safe|occurs?)\b"
)
_TRANSFER_DOUBT = (
    r"\b(?:(?:may|might|could|can|will|would|do|does)(?: not| not always)|(?:mightn't|couldn't|"
    r"can't|cannot|won't|wouldn't|don't|doesn't)(?: always)?|"
    r"not always|rarely|often fail(?:s)? to|fail(?:s)? to|may fail to|might fail to) "
    r"(?:\w+ ){0,2}?(?:hold|apply|work|happen|translate|carry over|be the same|predict|transfer|"
    r"hold up|help|be seen|occur|matter|show up|behave|capture|reflect|mimic|copy|reproduce|"
    r"match|mirror)\b"
    r"|\b(?:may|might|could|can|will|would) (?:\w+ )?(?:be different|differ|not be the same|"
    r"(?:behave|respond|react|work) differently)\b"
    r"|\b(?:look|looks|be|is|are) (?:\w+ )?different (?:once|when|in)\b"
    r"|\b(?:far |much |a lot )?more (?:complex|complicated)\b"
    r"|\bfail(?:s|ed)? in (?:people|humans|patients)\b"
)
_CAUSE = (
    r"\b(?:caus\w*|leads? to|led to|lead\b|made the difference|makes? \w+ (?:worse|better)|"
    r"(?:was|were|is|are|be) the reason|reason for|responsible|the effect of|result(?:s|ed)? from|"
    r"itself|directly|actually|one thing|the other|changes? the course|helped|protects?|"
    r"because of|due to|behind|explains?|drives?|one (?:\w+ )?(?:affects|changes) (?:another|"
    r"the other)|would (?:change|lower|reduce|improve|help|prevent|affect|raise|increase)|"
    r"raises?|lowers?|increases?|reduces?|worsens?|improves?|harms?|do(?:es)? harm|prevents?|"
    r"triggers?|affects?|to blame|blamed?|at fault|the culprit|responsible for)\b"
)
_KNOWING = (
    r"\b(?:cannot|can't|can not|could not|couldn't|does not|doesn't|do not|don't|did not|"
    r"didn't|is not|isn't|are not|aren't|not|unable to|no way to|impossible to) "
    r"(?:\w+ ){0,2}?(?:show|shown|prove|proven|proved|tell|say|establish|established|confirm|"
    r"confirmed|know|mean|determine|determined|be sure|answer|rule out|conclude|imply|"
    r"demonstrate|sure|equal|test)\b"
)
_EVIDENCE = r"\b(?:evidence|studies|study|trials?|research|data|results|findings|reports)\b"
_WEAK = (
    r"(?:small|few|weak|limited|low(?! risk)|very low(?! risk)|low-quality|poor|flawed|biased|"
    r"uncertain|"
    r"inconsistent|conflicting|mixed|varying|variable|uneven|short|scarce|sparse|insufficient|"
    r"lacking|sketchy|thin|patchy|shaky|modest|inconclusive|not robust|poorly \w+|badly \w+|"
    r"not (?:very )?(?:good|strong|reliable|high|well (?:done|run|designed)|clear))"
)
# "Few trials used the same measures", "few showed a clear difference": 'few' counts the
# studies that did something; no caveat about the evidence as a whole.
_FEW_DID = (
    r"^(?!.*\b(?:small|weak|poor|low|limited|flawed|biased|too few)\b)"
    r".*\bfew (?:[\w-]+ )?(?:studies|trials) (?:used|showed|reported|measured|found|looked|"
    r"compared|tested|gave|followed|assessed|recorded|examined|described|mentioned|checked|"
    r"included|lasted|ran|took)\b"
)
_SMALL_COUNT = (
    r"\b(?:one|a single|single|just one|only one|two|three|four|five|a few|few|a handful of|"
    r"a small number of|individual|this one|very few|so few)"
)
_UNIT = (
    r"(?:person|person's|people|people's|patients?|patient's|cases?|case reports?|man|man's|"
    r"woman|woman's|child|child's|individuals?|boy|girl)\b"
)
_CARE = (
    r"\b(?:doctors?|neurologists?|(?:health ?|medical |ms |)care (?:team|provider)s?|"
    r"health ?care (?:team|provider|professional|worker)s?|"
    r"health (?:professional|provider|worker)s?|medical (?:team|professional)s?|"
    r"MS (?:team|nurse|specialist|clinic)s?|specialists?|nurses?|GPs?|physicians?|"
    r"pharmacists?|clinicians?|consultants?|prescribers?|(?:next |clinic )+(?:appointment|visit)|"
    r"(?:people|team|those|professionals?|person|doctor) (?:who|that) (?:looks? after|cares? for|"
    r"treats?|knows?|manages?|prescribes?) (?:you|your|them|their|it)|clinics?|midwi(?:fe|ves)|"
    r"dietitians?|physiotherapists?|therapists?|(?:your|their)(?: own)?(?: [\w']+)? team)\b"
)
_ADDRESS = r"\b(?:you|your|yourself|you're|you've|you'd)\b"
_CARE_ACTION = (
    r"\b(?:talk\w*|speak\w*|ask\w*|discuss\w*|check\w*|consult\w*|see|seeing|tell|telling|"
    r"raise|raising|bring|contact|chat|call|work with|decid\w*|decisions?|together with|"
    r"help\w*|answer\w*|advise|advice|explain\w*|go over|share|mention|best person|"
    r"questions?|guide|plan|conversation|involve|opinion|guidance|input|right place|"
    r"best place|made with|go through|knows? (?:you|your)|agree\w*|make sure|let|inform\w*|"
    r"knows? about|take (?:this|it|them|these))\b"
)
_READERS = (
    r"\b(?:people|readers|anyone|those|patients|everyone|caregivers|carers|families|anybody|"
    r"parents|mothers|fathers|women|men|adults|relatives|partners)\b"
    r"[^.]{0,60}?\b(?:should|can|could|may want to|might want to|may wish to|"
    r"(?:are|is) (?:encouraged|advised|urged) to|need to)\b"
)

_ALL = frozenset(StudyDesign)


@dataclass(frozen=True)
class Caveat:
    name: str
    designs: frozenset[StudyDesign]
    severity: Severity
    frames: tuple[Frame, ...]
    example: str
    message: str
    section: str = "limitations"

    def present(self, text: str) -> bool:
        """Whether one sentence of `text` carries this caveat."""
        return any(self.in_sentence(s) for s in split_sentences(text))

    def in_sentence(self, sentence: str) -> bool:
        """Whether `sentence` carries this caveat. The answer for a caveat of CAVEATS is kept:
        the gate asks about every summary sentence twice (its evidence frame, then the
        missing caveats), and a repair keeps most sentences of a draft."""
        if CAVEATS.get(self.name) is self:
            _KEPT.setdefault(id(self), self)
            return _carried(id(self), sentence)
        return self.matches(sentence)

    def matches(self, sentence: str) -> bool:
        """`in_sentence`, worked out."""
        return any(frame.matches(sentence) for frame in self.frames)


# The caveats whose answers `_carried` keeps, by id: kept alive here, so an id is never reused.
_KEPT: dict[int, Caveat] = {}


@lru_cache(maxsize=65536)
def _carried(caveat: int, sentence: str) -> bool:
    return _KEPT[caveat].matches(sentence)


CAVEATS: dict[str, Caveat] = {
    "not_in_people": Caveat(
        name="not_in_people",
        designs=frozenset({StudyDesign.LAB, StudyDesign.ANIMAL}),
        severity=Severity.ERROR,
        frames=(
            # "cells in a lab, not people"; "in the lab rather than in people"
            _f(
                rf"{_NONHUMAN}[^.;]{{0,60}}?\b(?:not|rather than|instead of|never|different from|"
                rf"differs? from|unlike|not the same as|not like)\b"
                rf"(?: (?:yet|directly|in|on|at|with|for|inside|from|living|actual|real|any))* "
                rf"{_HUMAN}"
            ),
            _f(rf"\bnot (?:yet )?(?:directly )?(?:in|on|with|inside) {_HUMAN}"),
            # "has not been tested in people"; "still need to be tested in people"
            _f(
                rf"\b(?:not|never|yet to|still|need(?:s|ed)?(?: to)?|would need to|must|before|"
                rf"until) (?:\w+ ){{0,3}}?(?:{_TEST}|testing|trying|checking|confirming)\b"
                rf"[^.]{{0,40}}?\b(?:in|on|with|among|by) {_HUMAN}"
            ),
            # "human trials would be needed"; "studies in people are needed before ..."
            _f(
                rf"\b(?:human|clinical) (?:trials?|studies|research|tests?)\b|"
                rf"\b(?:trials?|studies|research|tests?|testing) (?:in|on|with|involving) {_HUMAN}",
                r"\b(?:needed|required|needs?|must|will have to|until|before|yet|next step|"
                r"(?:will|would) (?:show|tell)|not been (?:done|carried out|run|started))\b",
            ),
            # "we do not know yet if the same happens in people"
            _f(_HUMAN, _UNKNOWN, _TRANSFER),
            _f(_HUMAN, _KNOWING, _TRANSFER),
            # "may not apply to humans"; "the effects in real life might be different"
            _f(_HUMAN, _TRANSFER_DOUBT),
            # "germs in a dish behave differently from germs in a person"; "a lab plate is not
            # the same as an infection in a person"
            _f(rf"{_NONHUMAN}[^.;]{{0,80}}?{_DIVERGE}[^.;]{{0,50}}?{_HUMAN}"),
            # people set apart from the lab subject: "a patient's body is very different from
            # cells in a flask" (the lab subject is what people are compared with)
            _f(
                rf"{_HUMAN}[^.;]{{0,30}}? (?:is|are|was|were|behaves?|works?|reacts?|responds?|"
                rf"looks?)(?: \w+)? {_DIVERGE}(?: \w+)? (?:from|to|than) (?:\w+ ){{0,2}}?"
                rf"{_NONHUMAN}|{_HUMAN} (?:are|is|were|was) not (?:\w+ )?{_NONHUMAN}"
            ),
            # "drugs that help mice never end up helping people"
            _f(
                rf"\b(?:never|rarely|seldom|often fail to|do not always|don't always|not always)"
                rf" (?:\w+ ){{0,3}}?(?:help|work|cur|treat|benefit|apply|translat|carr|happen)\w*"
                rf"[^.;]{{0,30}}?{_HUMAN}",
                _NONHUMAN,
            ),
            # "no people took part"; "nobody with MS was treated"
            _f(
                r"\b(?:no (?:people|humans|patients|persons?|one)|nobody|none of (?:the )?"
                r"(?:people|patients))\b[^.]{0,30}?\b(?:took part|were|was|involved|included|"
                r"studied|tested|treated|enrolled|given|tried|received|took)\b"
            ),
            # "rats and humans handle the drug in different ways"
            _f(
                rf"{_NONHUMAN}[^.;]{{0,20}}\b(?:and|or|versus|vs)\b[^.;]{{0,20}}{_HUMAN}"
                rf"|{_HUMAN}[^.;]{{0,20}}\b(?:and|or|versus|vs)\b[^.;]{{0,20}}{_NONHUMAN}",
                rf"{_DIVERGE}|\bdifferent(?:ly)?\b|\bin (?:other|their own) ways\b",
            ),
            # "has only been tried in rats so far"
            _f(
                rf"\b(?:only|just|so far) (?:been )?(?:{_TEST}|given|used|done)\b(?: \w+){{0,3}}? "
                rf"(?:in|on|to)\b"
                rf"[^.]{{0,30}}{_NONHUMAN}"
                rf"|\b{_TEST} (?:\w+ )?only (?:in|on)\b[^.]{{0,30}}{_NONHUMAN}",
            ),
            _f(_HUMAN, r"\b(?:a long way|long road|years away|far from|years of)\b"),
            # "before this could be used to treat people"
            _f(
                r"\b(?:before|until)\b[^.]{0,60}\b(?:used|offered|available|given|tried|tested|"
                r"prescribed)\b",
                _HUMAN,
            ),
            # "more research is needed to see if they apply to humans"
            _f(
                _HUMAN,
                r"\b(?:needed|need|needs|required|until|before|yet)\b[^.]*\b(?:if|whether)\b",
                _TRANSFER,
            ),
            # "it did not involve any patients"
            _f(
                r"\b(?:did not|didn't|does not|doesn't|was not|wasn't) (?:\w+ )?(?:involve|include|"
                r"enrol|enroll|recruit|study|test|use)d? (?:any )?(?:(?:human )?(?:participants|"
                r"volunteers|subjects)|(?:people|humans|patients)\b(?! with))"
            ),
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
        frames=(
            # "cannot show that one thing causes the other"; "does not mean smoking caused it"
            _f(_KNOWING, _CAUSE),
            _f(_UNKNOWN, _CAUSE),
            # "not cause and effect"; "not a causal one"; "not proof that one leads to the other"
            _f(
                r"\bnot (?:necessarily |proof of |evidence of |the same as |being )*"
                r"(?:(?:a|an|the|direct) )*"
                r"(?:cause[- ]and[- ]effect|causation|causal|causality)\b"
                r"|\bnot (?:necessarily )?(?:(?:proof|evidence) of |the same as )?(?:being )?"
                r"(?:a|the|direct) (?:direct )?"
                r"cause\b"
                r"|\bnot (?:proof |evidence )?(?:that|what|which|whether|how)\b[^.]{0,50}"
                r"\b(?:caus\w*|leads?|led)\b"
                r"|\brather than (?:a |the )?(?:cause|result|consequence)\b"
                r"|\brather than (?:prov|show|establish|demonstrat)\w*\b[^.]{0,40}\bcaus"
                r"|\bnot (?:\w+ )*?the same as (?:being )?caus\w*"
                r"|\b(?:link|association|connection)\b[^.]{0,30}\bnot (?:a )?proof\b"
            ),
            # "something else explains the link"; "other factors were responsible"
            _f(
                r"\b(?:other|another|something else|third)\b[^.]{0,60}?\b(?:explain\w*|account\w*|"
                r"reasons?|causes?|"
                r"responsible|behind|play(?:ed)? a (?:part|role)|the reason|differences?|"
                r"contribut\w*|be involved)\b",
                r"\b(?:may|might|could|can|possible|rule out|cannot|perhaps|explain|responsible)\b",
            ),
            _f(r"\b(?:due to|because of|explained by|down to) (?:\w+ ){0,2}?chance\b"),
            # reverse cause: "diabetes itself might make people tired"; "may simply sleep more"
            _f(
                r"\b(?:may|might|could) (?:\w+ )?simply (?:be|reflect|mean)\b|\bsimply because\b"
                r"|\b(?:perhaps|maybe|possibly)\b[^.]{0,40}\bsimply\b"
                r"|\b(?:common|shared|hidden|underlying|third) (?:cause|factor|reason)s?\b"
                r"|\bitself (?:may|might|could)\b"
                r"|\bpossible that\b[^.]{0,40}\balready\b"
            ),
            # "more research is needed to find out whether napping actually causes diabetes"
            _f(
                r"\b(?:needed|need|needs) to (?:find out|know|tell|see|learn|show|test|check) "
                r"(?:if|whether)\b",
                _CAUSE,
            ),
            _f(r"\bconfound\w*|\brule out\b[^.]{0,40}\b(?:other|chance|factors)\b"),
            _f(
                r"\b(?:the other way (?:round|around)|reverse causation|which came first)\b"
                r"|\brather than\b[^.]{0,40}\b(?:making|causing|leading)\b"
            ),
            # "can only show that two things go together"; "only a trial could show"
            _f(
                r"\b(?:can|could) only (?:show|find|tell|say|point)\b|\bonly (?:show|find)s? "
                r"(?:a |an )?(?:link|association|connection)"
                r"|\b(?:go|goes|went|happen|occur|appear) together\b[^.]{0,30}\bnot\b"
                r"|\bonly\b[^.]{0,40}\b(?:go|goes|went|happen|occur|appear) together\b"
            ),
            _f(
                r"\bonly (?:a |an )?(?:trial|randomi[sz]ed|experiment|controlled)"
                r"|\btrials? (?:is|are|would be|will be) needed to (?:show|prove|know|tell|find)"
            ),
            _f(
                r"\bmay not be the cause\b|\bbut not why\b|"
                r"\b(?:but|yet|and) not (?:\w+ )?(?:the (?:reason|cause|why)|why|what caus\w*|"
                r"how|whether)\b|\b(?:not|n't|cannot) (?:\w+ ){0,2}?"
                r"(?:show|tell|explain|prove|say)(?: \w+)? why\b|\bchicken[- ]and[- ]egg\b"
                r"|\b(?:differ\w*|different) in other ways\b"
                r"|\b(?:might|may|could) (?:\w+ )?be (?:explained|caused|driven) by\b"
                r"|\b(?:only|merely|just) (?:a |an )?(?:link|association|correlation|connection)\b"
                r"|\b(?:link|association|correlation|connection) only\b"
            ),
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
        frames=(
            _f(r"\b(?:only|just)(?: be)? as (?:good|strong|reliable|trustworthy|sound) as\b"),
            _f(
                r"\b(?:depends?|relies|rely|rest(?:s|ed)?) on\b[^.]{0,30}"
                r"\b(?:quality|studies|trials?|evidence|research)"
            ),
            # "the evidence was of low certainty"; "most trials were small"
            _f(
                rf"{_EVIDENCE}[^.]{{0,60}}?\b(?:was|were|is|are|seemed|remain(?:s|ed)?) "
                rf"(?:\w+ ){{0,2}}?{_WEAK}\b"
            ),
            # "few good studies"; "low-quality evidence"; "small trials"; not "few trials used
            # the same measures", a count of those that did something, which says nothing of
            # how strong the evidence is
            _f(
                r"\b(?:too few|too little|few|limited|weak|poor|low|very low|small|"
                r"insufficient|scant|sparse|scarce|little|conflicting|inconsistent|inconclusive|"
                r"uncertain|mixed|shaky|thin|patchy|weak|flawed|biased)"
                r"(?:[- ](?:quality|certainty))? (?:[\w-]+ )?"
                r"(?:evidence|studies|trials|research|data)\b",
                none_of=(_FEW_DID,),
            ),
            _f(
                rf"{_EVIDENCE}[^.]{{0,40}}?\b(?:had|have|has|with|showed|shared)\b (?:\w+ ){{0,2}}?"
                r"(?:problems|flaws|weaknesses|limitations|shortcomings|risk of bias|few people|"
                r"few participants|short follow-up)\b"
            ),
            _f(
                r"\b(?:weakness(?:es)?|flaws|problems|limitations|shortcomings|bias) "
                r"(?:in|of|with) (?:\w+ ){0,2}?(?:studies|trials)\b"
            ),
            _f(
                r"\b(?:quality|certainty|confidence|strength)\b[^.]{0,40}\bevidence\b[^.]{0,40}"
                r"\b(?:low|poor|limited|weak|moderate|uncertain|mixed|varied|not (?:high|good))"
            ),
            _f(
                r"\b(?:little|low|limited|some|moderate|less|not much|very low) confidence in\b"
                r"|(?:\bnot|n't|\bun)(?: be)? ?(?:very |completely |fully |entirely )?"
                r"(?:sure|certain|confident)\b"
            ),
            _f(
                r"\b(?:high|some|unclear|serious|moderate) risk of bias\b|\bat risk of bias\b"
                r"|\bskewed\b"
                r"|\b(?:may|might) (?:have )?(?:been )?"
                r"(?:be )?biased\b"
            ),
            _f(
                r"(?:\bnot|n't) (?:\w+ ){0,2}?enough (?:[\w-]+ )?(?:evidence|studies|trials|"
                r"research|data)\b"
            ),
            _f(
                r"\b(?:studies|trials) (?:\w+ ){0,2}?(?:differed|varied|disagreed|conflicted)\b"
                r"|\bhard to combine\b|\bdifferent from (?:each other|one another)\b"
            ),
            _f(
                r"\b(?:more|larger|better|bigger|further|high-quality|well-designed|rigorous|longer)"
                r"\b[^.]{0,40}\b(?:studies|trials|research) (?:are|is) (?:still )?"
                r"(?:needed|required)"
            ),
            _f(r"\b(?:may|might|could) change (?:as|when|if|once|with)\b"),
            # the findings are what better evidence may change: "better studies could overturn
            # these findings" (studies still under way that "may change the picture" say nothing
            # of the quality of these ones)
            _f(
                r"\b(?:better|stronger|larger|bigger|well[- ](?:run|designed|done|conducted)|"
                r"higher[- ]quality|high[- ]quality|more (?:rigorous|careful|reliable)|proper|"
                r"good|sound)\b",
                r"\b(?:overturn|revers|chang|alter|upset|contradict|revis|undo|undermin)\w* "
                r"(?:these|the|this|its|our|those|what)\b[^.]{0,30}?\b(?:findings|results|"
                r"conclusions?|answer|picture|evidence|we know)\b"
                r"|\b(?:findings|results|conclusions?|answer|picture|estimates?)\b[^.]{0,30}?"
                r"\b(?:may|might|could|can|would)\b (?:\w+ ){0,2}?(?:change|shift|be overturned|"
                r"be reversed|be revised|turn out)\b",
                r"\b(?:may|might|could|can|would|likely)\b",
            ),
            _f(
                r"\b(?:never|not|no|cannot|can't) (?:\w+ ){0,3}?(?:better|stronger|more reliable|"
                r"more trustworthy|sounder) than (?:the |its |their )?(?:\w+ )?"
                r"(?:studies|trials|evidence|research|data|papers)\b"
            ),
            _f(
                rf"{_EVIDENCE}[^.]{{0,40}}?(?:\bnot|n't) (?:\w+ ){{0,3}}?(?:good|strong|reliable|"
                r"large|big|rigorous|high|sound|careful|long)(?: enough|-quality enough)\b"
                r"|\bnot (?:of )?(?:(?:very|good|high|sufficient|adequate|enough) ){1,3}"
                r"(?:quality|standard)\b"
            ),
            _f(
                r"\b(?:treat\w*|interpret\w*|read|view\w*|tak\w*|seen) (?:\w+ ){0,3}?with "
                r"(?:some |great |a lot of )?(?:caution|care|a (?:pinch|grain) of salt)\b"
            ),
            # what the trials did not say: "left out key details of how they were run"
            _f(
                rf"{_EVIDENCE}[^.]{{0,30}}?\b(?:left out|did not (?:report|say|describe|give)|"
                r"didn't (?:report|say|describe|give)|omitted|lacked|"
                r"failed to (?:report|describe))\b"
                r"[^.]{0,30}?\b(?:details?|information|how|methods?|data)\b"
            ),
            # how the studies were chosen is not told; trials lost their participants
            _f(
                r"(?:\bnot|n't) (?:\w+ )?(?:say|report|explain|describe|state|tell us) how "
                r"(?:the )?(?:\w+ )?(?:papers|studies|trials|articles|research) (?:were|was) "
                r"(?:chosen|selected|picked|found|included)"
                r"|\b(?:lost|losing) (?:\w+ ){0,5}?(?:participants|people|patients|volunteers)\b"
            ),
            _f(
                r"\b(?:weaken\w*|undermin\w*|reduc\w* (?:our |the )?(?:confidence|certainty|trust))"
                r"|\b(?:hard|difficult|not possible|tricky) to (?:compare|combine|interpret|trust|"
                r"pool)\b|\blimited by\b|\bcautious\b"
                r"|\b(?:results|findings|effects)\b (?:\w+ )?(?:varied|differed)\b"
                r"|\blimits? (?:what|how much|the conclusions)\b"
                r"|\b(?:much|many|some|a lot|data|information|details)\b[^.]{0,40}\b(?:was|were) "
                r"(?:often |largely |mostly |also )?(?:missing|incomplete|not reported)\b"
                r"|\b(?:comparing|combining|pooling) (?:them|the (?:studies|trials|results)) "
                r"(?:was|is) (?:hard|difficult|tricky)\b"
            ),
            _f(
                r"(?:\bnot|n't) (?:much|many|a lot of) (?:good |reliable |high-quality |strong )?"
                r"(?:research|evidence|studies|trials|data)\b"
                r"|\b(?:studies|trials) with (?:few|small numbers of|very few|only a few|small) "
                r"(?:people|participants|patients|numbers)\b"
            ),
        ),
        example="A review can only be as good as the studies it includes.",
        message="A review must say it is only as good as the studies it pooled.",
    ),
    "few_people": Caveat(
        name="few_people",
        designs=frozenset({StudyDesign.CASE_REPORT}),
        severity=Severity.ERROR,
        frames=(
            # "it describes just one patient"; "the findings come from a handful of cases" (a
            # report that "describes one patient with kidney failure" only says what it is about)
            _f(
                rf"\b(?:about|describes?|described|covers?|of|from|on|concerns?)"
                rf" (?:only |just )?{_SMALL_COUNT} (?:\w+ )?{_UNIT}",
                # ... or a short sentence saying nothing else ("This is the story of one patient.")
                r"\b(?:only|just|merely|handful|a few|small number)\b|^(?:\S+\s+){0,9}\S+$",
                none_of=(r"\b(?:one|two|three) of\b",),
            ),
            _f(
                rf"\b(?:only|just) {_SMALL_COUNT} (?:\w+ )?{_UNIT}"
                r"(?: \w+)? (?:were|was) (?:studied|described|reported|included|seen|treated|"
                r"followed|observed)"
            ),
            # "a single case cannot tell us how often this happens"
            _f(
                rf"{_SMALL_COUNT} (?:\w+ )?{_UNIT}",
                r"\b(?:may not|might not|may differ|cannot|can't|can not|could not|not enough|"
                r"not proof|not firm|no firm|impossible|generali[sz]\w*|not reflect|not a study|"
                r"general conclusions|larger studies|more studies|early warning|not the same|"
                r"not possible|conclusions|confirm\w*|more (?:people|patients)|larger|"
                r"(?:do|does|did|will|can)(?: not|n't) (?:tell|show|prove|mean|know)|"
                r"unknown|unclear|not clear)\b",
            ),
            _f(
                r"\b(?:others|other (?:people|patients)|everyone|anyone else|someone else|"
                r"most people)\b[^.]{0,40}?"
                r"\b(?:may|might|could|would|will)(?: not|n't)? (?:\w+ )?(?:respond differently|"
                r"react differently|differ|have the same|get the same|apply)\b"
                r"|\b(?:others|other (?:people|patients)|everyone|anyone else)\b[^.]{0,20}?"
                r"\b(?:may|might|could)\b[^.]{0,40}\bdifferent\b",
                r"(?:\b(?:differently|differ|different|not)\b|n't\b)",
            ),
            _f(
                r"\b(?:may|might|could|would)(?: not|n't) (?:\w+ ){0,2}?(?:apply|hold|happen|work|"
                r"be (?:the )?same|be true)\b[^.]{0,20}?\b(?:to|for|in|with) (?:others|other "
                r"(?:people|patients)|everyone|most people)"
            ),
            # "things could go differently for someone else"; "others may not respond the same"
            _f(
                rf"{_OTHERS}[^.;]{{0,60}}?{_DIVERGE}|{_DIVERGE}[^.;]{{0,60}}?{_OTHERS}"
                rf"|\b(?:may|might|could|would)(?: not|n't) (?:\w+ ){{0,3}}?(?:happen|apply|work|"
                rf"hold|be true|be seen)\b[^.;]{{0,30}}?{_OTHERS}",
                _MAYBE,
            ),
            _f(
                r"\b(?:unusual|rare|single|isolated|individual) cases?\b"
                r"|\bcase (?:is|was) (?:\w+ )?(?:unusual|rare|uncommon|exceptional)\b"
                r"|\b(?:is|was|are|were) (?:just|only) (?:one|a single|a few|two|three) "
                r"(?:\w+ )?(?:story|stories|case|cases|example|examples|person|patient|report|"
                r"experience)s?\b"
            ),
            _f(
                r"\bcase (?:reports?|studies|series)\b",
                r"\b(?:cannot|can't|can not|do not|don't|does not|doesn't|only|may not)\b"
                r"(?: \w+){0,2}? (?:show|prove|tell|say|know|generali[sz]e|apply|represent|"
                r"establish)\b",
            ),
            _f(
                r"\b(?:the same|this|it)\b[^.]{0,40}\b(?:happen|work|apply)\w*\b[^.]{0,20}"
                r"\b(?:anyone else|someone else|other people|others)\b",
                r"(?:\b(?:not|sure|know|may|might)\b|n't)",
            ),
            # "twelve people is not many"; "the numbers were too low"; "a dozen volunteers"
            _f(
                r"\b(?:not (?:very )?many|too (?:few|low|small)|so few|only|just|a dozen|"
                r"a handful|low numbers?|tiny|small)\b",
                r"\b(?:people|participants|patients|volunteers|subjects|numbers?|groups?|samples?)"
                r"\b",
                r"\b(?:not (?:very )?many|too (?:few|low|small)|dozen|handful|low numbers?|"
                r"tiny|small (?:group|number|sample|study|trial))\b",
            ),
            # "the study needs repeating in far more people"
            _f(
                r"\b(?:far |many |a lot |much )?(?:more|larger numbers of|bigger groups of) "
                r"(?:people|patients|participants|volunteers)\b",
                r"\b(?:need\w*|should|must|before|until|repeat\w*|confirm\w*|test\w*|stud\w*)\b",
            ),
            # a small study: "only 14 people took part"; "the sample was small"
            _f(
                r"\b(?:only|just)(?: \d[\d,]*| a few| a handful of| a small number of)"
                r"(?: \w+)? (?:people|participants|patients|volunteers|subjects|women|men|adults|"
                r"children|individuals)\b"
                r"|\b(?:so few|very few|too few|this few|that few|not many|a handful of|"
                r"a small number of)(?: \w+)? "
                r"(?:people|participants|patients|volunteers|subjects|individuals)\b"
                r"|^few (?:people|participants|patients)\b"
            ),
            _f(
                r"\b(?:small|tiny) (?:\w+ )?(?:study|studies|group|sample|trial|pilot)\b"
                r"|\b(?:study|sample|group|trial|cohort|number of (?:people|participants|patients)"
                r"(?: \w+)?)\b (?:\w+ ){0,2}?(?:was|were|is|are) (?:\w+ )?(?:small|tiny)\b"
                r"|\bstudy (?:of )?this size\b|\bsuch a small\b"
                r"|\bmore (?:people|participants|patients) (?:would |will )?(?:need|needs|have) to "
                r"be (?:studied|tested|included)\b"
                r"|\b(?:study|sample|group|trial|number)\b[^.]{0,40}\btoo small\b"
                r"|\b(?:bigger|larger) (?:\w+ )?(?:study|studies|trials?|groups?|samples?)\b"
                r"[^.]{0,50}\b(?:needed|required|confirm\w*)\b"
            ),
        ),
        example="This report is about one person, so it may not apply to others.",
        message="A case report or a small study must say it is about one or a few people.",
    ),
    "single_trial": Caveat(
        name="single_trial",
        designs=frozenset({StudyDesign.TRIAL}),
        severity=Severity.ERROR,
        frames=(
            # "a single, early-stage trial"; "one small pilot study"
            _f(
                r"\b(?:one|single|lone|sole|small|short|pilot|early|preliminary),? "
                r"(?:[\w-]+,? (?:and )?){0,3}?(?:trial|study)\b"
            ),
            _f(
                r"\b(?:tentative|preliminary|provisional|early)\b[^.]{0,20}\b(?:conclusions?|"
                r"findings?|results?|answer|evidence)\b"
                r"|\b(?:conclusions?|findings?|results?)\b[^.]{0,30}\b(?:tentative|preliminary|"
                r"provisional)\b"
            ),
            _f(r"\b(?:trial|study) (?:was|is) (?:\w+ ){0,2}?(?:small|short|early|preliminary)\b"),
            # (how few people took part is the few_people caveat, required of a small study)
            _f(
                r"\b(?:need|needs|needed|have to|has to|must|should)\b (?:\w+ ){0,3}?(?:be )?"
                r"(?:confirm\w*|repeat\w*|replicat\w*|check\w*|verif\w*|test\w* again)"
            ),
            # "a second trial would be needed"; "we need independent trials"
            _f(
                r"\b(?:second|another|independent|separate|repeat|confirmatory|new|other) "
                r"(?:\w+ )?(?:trials?|stud(?:y|ies)|teams?)\b",
                r"\b(?:need\w*|required|until|before|would|should|must|have to|wait\w*|"
                r"confirm\w*|repeat\w*|back\w* (?:it|this|them|these) up|same)\b",
                none_of=(
                    r"\bother (?:\w+ )?(?:trials?|stud(?:y|ies)) (?:found|showed|have shown)",
                ),
            ),
            _f(
                r"\bno (?:other|second|further|independent|separate|later) (?:\w+ )?"
                r"(?:trials?|stud(?:y|ies)|research|team)\b"
            ),
            _f(
                r"\b(?:more|larger|longer|further|bigger|future|additional) (?:\w+ )?"
                r"(?:trials|studies|research)\b"
            ),
            _f(
                r"\bother (?:\w+ ){0,2}?(?:trials|studies|research|teams)\b",
                r"\b(?:until|need|needs|should|must|before|have to|will need)\b",
            ),
            _f(
                r"\b(?:may|might|could)(?: not|n't) (?:\w+ ){0,2}?(?:apply|be like|represent|"
                r"reflect|hold|work for|be true)\b"
            ),
            _f(
                _UNKNOWN,
                r"\b(?:others|everyone|hold|apply|benefit|last\w*|long[- ]term|longer)\b",
            ),
            _f(
                r"\b(?:due to|down to|explained by) chance\b|\bby chance alone\b"
                r"|\bchance (?:could|may|might|can) (?:\w+ )?explain"
                r"|\bnot (?:yet )?(?:been )?(?:confirmed|replicated|repeated|firm|settled|certain|"
                r"conclusive)\b|\b(?:just|only) one (?:piece|part|study|trial|result)\b"
                r"|\bthe only (?:trial|study)\b"
                r"|\bno (?:other |second |further )?(?:trials?|stud(?:y|ies)|research) "
                r"(?:has|have) (?:yet )?(?:confirmed|repeated|replicated|checked)\b"
                r"|\bwith caution\b|\bcan be misleading\b|\b(?:are|is) (?:still )?(?:early|"
                r"preliminary)\b|\btoo (?:short|small)\b|\b(?:only|just) (?:lasted|ran|followed)\b"
            ),
            _f(r"\bnot (?:yet )?(?:clear|known)\b[^.]{0,40}\b(?:apply|hold|everyone|others)\b"),
        ),
        example=(
            "This was a single trial, so the results may not apply to everyone and need confirming."
        ),
        message="A trial summary must say one trial needs confirming and may not fit everyone.",
    ),
    "care_team": Caveat(
        name="care_team",
        designs=_ALL,
        severity=Severity.ERROR,
        section="why_it_matters",
        frames=(
            # care staff offered to readers: "neurologists can help people decide"
            _f(
                _CARE + r" (?:can|could|will|are able to) (?:\w+ )?(?:help|advise|explain|answer|"
                r"tell|guide)\b[^.]{0,20}\b(?:you|people|patients|readers|each person)\b",
                none_of=(DISMISSES_CARE.pattern,),
            ),
            # addresses the reader: "talk with your doctor"; "your MS nurse can help"
            _f(_ADDRESS, _CARE, _CARE_ACTION, none_of=(DISMISSES_CARE.pattern,)),
            # readers told to: "people with MS should discuss it with their doctor"
            _f(
                _READERS + r" (?:\w+ ){0,3}?(?:talk|speak|ask|discuss|check|consult|raise|see|"
                r"tell|let|inform|mention|report|show|visit|go to|book|call|ring|message|"
                r"contact|bring|get advice|seek|take advice|involve|work with|plan|go over|"
                r"go through|take (?:it|them|this|these|questions)|have (?:it|them|this) (?:\w+ )?"
                r"(?:looked at|checked))\b[^.]{0,60}" + _CARE,
                none_of=(DISMISSES_CARE.pattern,),
            ),
            # an imperative: "Speak to a health care provider."
            _f(
                r"^(?:[^,]{0,80}, )?(?:please |so |first,? |then )?(?:talk|speak|ask|discuss|check|"
                r"consult|see|contact|chat|raise)\b[^.]{0,60}" + _CARE,
                none_of=(DISMISSES_CARE.pattern,),
            ),
        ),
        example="If you have questions about your own care, talk with your doctor or care team.",
        message="Every summary must point readers to their doctor or care team.",
    ),
}


def required_caveats(design: StudyDesign) -> list[Caveat]:
    """The caveats every summary of a study of this design must carry."""
    return [c for c in CAVEATS.values() if design in c.designs]


def caveats_for(design: DesignInfo) -> list[Caveat]:
    """The caveats a summary of this paper must carry: those of its design, and few_people for
    a small study of people."""
    out = required_caveats(design.design)
    if design.small_study and CAVEATS["few_people"] not in out:
        out.append(CAVEATS["few_people"])
    return out


def _alternatives(caveat: Caveat, design: DesignInfo) -> list[Caveat]:
    """Caveats that may stand in for `caveat` here: lab work that also tested samples from a
    counted group of people is honestly qualified by saying how few people those were."""
    if caveat.name == "not_in_people" and design.people is not None:
        return [CAVEATS["few_people"]]
    return []


def example_for(caveat: Caveat, design: DesignInfo) -> str:
    """A sentence that carries `caveat` and fits this paper's design."""
    if caveat.name == "few_people" and design.design != StudyDesign.CASE_REPORT:
        return SMALL_STUDY
    return caveat.example


def check_caveats(summary: PlainSummary, design: DesignInfo) -> list[Finding]:
    """A finding for every required caveat the summary lacks."""
    sentences = [s for text in summary.sections().values() for s in split_sentences(text)]
    findings = []
    for caveat in caveats_for(design):
        accepted = [caveat, *_alternatives(caveat, design)]
        if any(c.in_sentence(s) for c in accepted for s in sentences):
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
