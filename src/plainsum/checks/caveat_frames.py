"""How a caveat is recognised: frames of concepts that must occur together in one sentence.

A caveat is recognised by its meaning, sentence by sentence, not by one stock phrase. Each caveat
has a few *frames*: a frame is a set of concepts that must all occur in one sentence (and some
that must not). "Not in people" is, for example, a mention of people, humans, the body or real
life together with doubt that something carries over ("may not apply", "might be different",
"we do not know"), or a lab/animal subject contrasted with people ("cells in a lab, not
people"). A near miss such as "The study was done in people with MS." names people but carries
no doubt, so it does not count.

The concepts below are shared by the caveat tables (caveats_transfer, caveats_evidence,
caveats_small, caveats_care); `Caveat` is one caveat with its frames.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..prefilter import search
from ..schemas import Severity, StudyDesign
from ..substring_scan import PatternGroup
from .text import split_sentences


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


@dataclass(frozen=True)
class Frame:
    """One way of carrying a caveat: every `all_of` concept and no `none_of` concept occurs in
    the same sentence."""

    all_of: tuple[re.Pattern[str], ...]
    none_of: tuple[re.Pattern[str], ...] = ()
    # the ids of `all_of`: a frame with one of them ruled out of a sentence is passed over
    # before any of its concepts is searched (`_frames_match`)
    needs: frozenset[int] = field(init=False, repr=False, compare=False)
    # `all_of` in the order `_frames_match` searches them: a frame of the gate's table asks
    # first the concepts a sentence can be screened for (`_concepts`), then those it cannot
    # (the care team's long list, some 100 us a sentence): every one must occur, in any order
    searched: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needs", frozenset(map(id, self.all_of)))
        object.__setattr__(self, "searched", self.all_of)

    def matches(self, sentence: str) -> bool:
        return _frames_match((self,), sentence)


def frame(*patterns: str, none_of: tuple[str, ...] = ()) -> Frame:
    return Frame(tuple(_c(p) for p in patterns), tuple(_c(p) for p in none_of))


# ---- concepts shared by the frames -------------------------------------------------------------
HUMAN = (
    r"\b(?:people|humans?|human (?:beings?|bod(?:y|ies)|patients|trials?|studies|subjects)|"
    r"(?:the|a) (?:human |living )?body|real[- ](?:life|world)|patients?|persons?|"
    r"a living person|anyone|someone|nobody|no one|clinical (?:trials?|use|practice)|"
    r"the clinic|adults|children|women|men)\b"
)
NONHUMAN = (
    r"\b(?:cells?|mice|mouse|rats?|animals?|rodents?|zebrafish|medaka|monkeys?|primates?|"
    r"flies|worms|fish|pigs?|dogs?|dish(?:es)?|test tubes?|labs?|laborator(?:y|ies)|tissues?|"
    r"organoids?|(?:animal |mouse |rat )?models?|petri|germs?|bacteri(?:a|um)|microbes?|yeast|"
    r"cultures?|(?:lab |agar )?plates|computers?|simulations?)\b"
)
# people named as "us": "their bodies handle drugs differently from ours"
WE_PEOPLE = r"\b(?:ours|ourselves|our (?:own )?(?:bodies|body|cells|brains?|species|kind))\b"
# two things are not alike: "differs from", "not the same as", "a different story"
DIVERGE = (
    r"\b(?:differ(?:s|ed|ent|ently|ence)?|not (?:\w+ )?the same|not (?:\w+ )?like|unlike|"
    r"not (?:\w+ )?(?:equal|identical) to|(?:another|a separate|a different) (?:matter|story|"
    r"thing|question)|is not (?:an?|the) (?:human|person|patient))\b"
)
# the other people a result may not reach: "someone else", "other patients", "the next person"
OTHERS = (
    r"\b(?:others|other (?:people|patients|women|men|children|adults|cases|families)|someone else|"
    r"anyone else|everyone else|everybody else|somebody else|most people|the next (?:person|"
    r"patient)|another (?:person|patient)|people in general|the wider (?:group|population))\b"
)
MAYBE = r"(?:\b(?:may|might|could|can|would|will|not|never|unknown|unclear)\b|n't\b)"
TEST = r"(?:tested|tried|shown|studied|seen|confirmed|proven|proved|checked|repeated|replicated)"
# doubt that a result is known: "we do not know", "it is unclear", "too early to say"
UNKNOWN = (
    r"\b(?:not (?:yet )?(?:known|clear|certain)|unknown|unclear|uncertain|not sure|"
    r"(?:cannot|can not|can't|could not|couldn't) (?:yet )?(?:be sure|know|say|tell)|"
    r"too (?:early|soon) to (?:say|tell|know)|"
    r"(?:do not|don't|does not|doesn't|did not|didn't|will not|won't|would not|wouldn't) "
    r"(?:yet )?know|"
    r"remains? to be seen|open question|still (?:a )?question|"
    # "Nobody can say yet whether the benefit lasts"
    r"(?:nobody|no one) (?:can|could) (?:yet )?(?:say|tell|know|be sure)|(?:nobody|no one) "
    r"(?:yet )?knows)"
)
# something carries over from the study to people
TRANSFER = (
    r"\b(?:works?|help(?:s|ed)?|happens?|appl(?:y|ies)|holds?|translates?|carr(?:y|ies) over|"
    r"same|seen|effects?|true|matters?|benefits?|behaves?|respond|react|safe(?:ly)?|occurs?|"
    r"means? for|be used|be applied)\b"
)
TRANSFER_DOUBT = (
    r"\b(?:(?:may|might|could|can|will|would|do|does)(?: not| not always)|(?:mightn't|couldn't|"
    r"can't|cannot|won't|wouldn't|don't|doesn't)(?: always)?|"
    r"not always|rarely|often fail(?:s)? to|fail(?:s)? to|may fail to|might fail to) "
    r"(?:\w+ ){0,2}?(?:hold|apply|applied|work|happen|translate|translated|carry over|carried "
    r"over|be the same|be true|predict|"
    r"transfer|"
    r"hold up|help|be seen|occur|matter|show up|behave|capture|reflect|mimic|copy|reproduce|"
    r"match|mirror)\b"
    r"|\b(?:may|might|could|can|will|would) (?:\w+ )?(?:be (?:(?:quite|very|rather|completely|"
    r"entirely|somewhat|so) )?different|differ|"
    r"not be the same|"
    r"(?:behave|respond|react|work) differently)\b"
    r"|\b(?:look|looks|be|is|are) (?:\w+ )?different (?:once|when|in)\b"
    r"|\b(?:far |much |a lot )?more (?:complex|complicated)\b"
    r"|\bfail(?:s|ed)? in (?:people|humans|patients)\b"
)
CAUSE = (
    r"\b(?:caus\w*|leads? to|led to|lead\b|made the difference|makes? \w+ (?:worse|better)|"
    r"(?:was|were|is|are|be) the reason|reason for|responsible|the effect of|result(?:s|ed)? from|"
    r"itself|directly|actually|one thing|the other|changes? the course|helped|protects?|"
    r"because of|due to|behind|explains?|drives?|one (?:\w+ )?(?:affects|changes) (?:another|"
    r"the other)|would (?:change|lower|reduce|improve|help|prevent|affect|raise|increase)|"
    r"raises?|lowers?|increases?|reduces?|worsens?|improves?|harms?|do(?:es)? harm|prevents?|"
    r"triggers?|affects?|to blame|blamed?|at fault|the culprit|responsible for)\b"
)
KNOWING = (
    r"\b(?:cannot|can't|can not|could not|couldn't|does not|doesn't|do not|don't|did not|"
    r"didn't|is not|isn't|are not|aren't|not|unable to|no way to|impossible to) "
    r"(?:\w+ ){0,2}?(?:show|shown|prove|proven|proved|tell|say|establish|established|confirm|"
    r"confirmed|know|mean|determine|determined|be sure|answer|rule out|conclude|imply|"
    r"demonstrate|sure|equal|test|assume|for granted)\b"
)
EVIDENCE = r"\b(?:evidence|studies|study|trials?|research|data|results|findings|reports)\b"
WEAK = (
    r"(?:small|few|weak|limited|low(?! risk)|very low(?! risk)|low-quality|poor|flawed|biased|"
    r"uncertain|"
    r"inconsistent|conflicting|mixed|varying|variable|uneven|short|scarce|sparse|insufficient|"
    r"lacking|sketchy|thin|patchy|shaky|modest|inconclusive|not robust|poorly \w+|badly \w+|"
    r"not (?:very )?(?:good|strong|reliable|high|well (?:done|run|designed)|clear))"
)
# "Few trials used the same measures", "few showed a clear difference": 'few' counts the
# studies that did something; no caveat about the evidence as a whole.
FEW_DID = (
    r"^(?!.*\b(?:small|weak|poor|low|limited|flawed|biased|too few)\b)"
    r".*\bfew (?:[\w-]+ )?(?:studies|trials) (?:used|showed|reported|measured|found|looked|"
    r"compared|tested|gave|followed|assessed|recorded|examined|described|mentioned|checked|"
    r"included|lasted|ran|took)\b"
)
SMALL_COUNT = (
    r"\b(?:one|a single|single|just one|only one|two|three|four|five|a few|few|a handful of|"
    r"a small number of|individual|this one|very few|so few)"
)
UNIT = (
    r"(?:person|person's|people|people's|patients?|patient's|cases?|case reports?|man|man's|"
    r"woman|woman's|child|child's|individuals?|boy|girl|famil(?:y|ies)|family's|"
    r"households?|siblings?|twins?)\b"
)
CARE = (
    r"\b(?:doctors?|neurologists?|(?:health ?|medical |ms |)care (?:team|provider)s?|"
    r"health ?care (?:team|provider|professional|worker)s?|"
    r"health (?:professional|provider|worker)s?|medical (?:team|professional)s?|"
    r"MS (?:team|nurse|specialist|clinic)s?|specialists?|nurses?|GPs?|physicians?|surgeons?|"
    r"surgical (?:team|unit)s?|(?:genetic )?counsell?ors?|"
    r"pharmacists?|clinicians?|consultants?|prescribers?|"
    r"(?:next|clinic|hospital|follow-up|routine)(?: [\w-]+)? (?:appointment|visit|review)s?|"
    r"check-?ups?|"
    # "the people who look after your MS", "the team looking after you", "whoever treats
    # your MS": the reader's carers named by what they do
    r"(?:(?:people|team|those|professionals?|person|doctor|staff|clinicians?|nurses?) "
    r"(?:who|that) |whoever |(?:people|team|those|professionals?|staff|clinicians?|doctors?|"
    r"nurses?) (?=\w+ing\b))"
    r"(?:looks? after|cares? for|treats?|knows?|manages?|prescribes?|sees?|looking after|"
    r"caring for|treating|managing|seeing) (?:you|your|them|their|it)|clinics?|midwi(?:fe|ves)|"
    r"dietitians?|physiotherapists?|therapists?|(?:your|their)(?: own)?(?: [\w']+)? team|"
    # the other professions a reader sees ("your dietician", "a podiatrist", "your physio",
    # "your cardiologist") and a team named by its ward or service ("talk to the ward team";
    # not the research team)
    r"dieticians?|physios?|orthodontists?|dentists?|dental (?:team|nurse|hygienist)s?|hygienists?|"
    r"opticians?|optometrists?|health visitors?|"
    r"p(?:a?e)diatricians?|obstetricians?|[a-z]+(?:ologist|iatrist)s?|an(?:a?e)sthetists?|"
    r"radiographers?|sonographers?|podiatrists?|chiropodists?|orthoptists?|"
    # the team the reader is sent to ask ("ask the team what you can learn"), not the one
    # that did the research ("the team found")
    r"(?:(?<=\bask )|(?<=\btell )|(?<=\bcontact )|(?<=\bcall ))the team|"
    r"(?:(?<=\bto )|(?<=\bwith ))the team(?= (?:about|if|whether|before|caring|looking))|"
    r"(?:the|a|an) (?!research\b|study\b|trial\b|review\b|project\b)[\w-]+ team|"
    r"(?:a|an|your|their) professional|(?:MS|health|hospital|neurology|continence|"
    r"physio(?:therapy)?|rehabilitation) services?|your (?:local )?hospital|referrals?)\b"
)
ADDRESS = r"\b(?:you|your|yourself|you're|you've|you'd)\b"
CARE_ACTION = (
    r"\b(?:talk\w*|speak\w*|ask\w*|discuss\w*|check(?!-?ups?\b)\w*|consult\w*|see|seeing|"
    r"tell|telling|"
    r"raise|raising|bring|contact|chat|call|work with|decid\w*|decisions?|together with|"
    r"help\w*|answer\w*|advise|advice|explain\w*|go over|share|mention|best person|"
    r"questions?|guide|plan|conversation|involve|(?:be|get|been) involved|opinion|guidance|"
    r"input|right place|"
    r"best place|(?:make|made|making) with|go through|knows? (?:you|your)|agree\w*|make sure|"
    r"let|inform\w*|"
    r"knows? about|tak(?:e|ing) (?:this|it|them|these)|get in touch|point (?:you|people)|"
    # "have a word with", "run it past your GP", "your nurse is best placed to say", "your
    # team is a good place to start", "your team will know whether it suits you"
    r"have a word|run (?:it|this|that|them|these|the idea) (?:past|by)|(?:best|well) placed|"
    r"(?:good|best|right|first) (?:place|person|people|port of call)|place to start|"
    r"(?:know|say|tell) (?:whether|if)|(?:best|right|good) judge|hear (?:about|from)|"
    r"want to know|a visit to|(?:good|best|right|sensible) (?:first )?step|"
    # "show it to your nurse" (not "the scans will show your doctor whether ...")
    r"show(?:ing)? (?:it|them|this|these|that|any)\b)\b"
)
READERS = (
    r"\b(?:people|readers|anyone|those|patients|everyone|caregivers|carers|families|anybody|"
    r"parents|mothers|fathers|women|men|adults|relatives|partners)\b"
    # "Women with sickle cell disease who are pregnant or planning a pregnancy can ..."
    r"[^.]{0,100}?\b(?:should|can|could|may want to|might want to|may wish to|"
    r"(?:are|is) (?:encouraged|advised|urged) to|need to)\b"
)


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
        """Whether `sentence` carries this caveat. The answer for a caveat of the gate's table
        (see `keep`) is kept: the gate asks about every summary sentence twice (its evidence
        frame, then the missing caveats), and a repair keeps most sentences of a draft."""
        if _KEPT.get(id(self)) is self:
            return _carried(id(self), sentence)
        return self.matches(sentence)

    def matches(self, sentence: str) -> bool:
        """`in_sentence`, worked out."""
        return _frames_match(self.frames, sentence)


def _frames_match(frames: tuple[Frame, ...], sentence: str) -> bool:
    """Whether one of `frames` matches `sentence`: plain loops rather than a generator per
    frame and per concept (the gate asks some 80 frames about every summary sentence), and the
    concepts that cannot occur in it known from one pass over it (`_concepts`)."""
    out = _concepts().ruled_out(sentence)
    for frame in frames:
        if not out.isdisjoint(frame.needs):
            continue  # a concept it needs cannot occur in the sentence
        for pattern in frame.searched:
            if not search(pattern, sentence):
                break
        else:
            for pattern in frame.none_of:
                if id(pattern) not in out and search(pattern, sentence):
                    break
            else:
                return True
    return False


# The caveats whose answers `_carried` keeps, by id: kept alive here, so an id is never reused.
_KEPT: dict[int, Caveat] = {}
_group: PatternGroup | None = None  # the kept caveats' concepts (`_concepts`)


def _concepts() -> PatternGroup:
    """The concepts of the kept caveats' frames as one `PatternGroup`, made on first use (a
    concept of another frame is searched as usual)."""
    global _group
    if _group is None:
        frames = [f for caveat in list(_KEPT.values()) for f in caveat.frames]
        group = PatternGroup(p for f in frames for p in (*f.all_of, *f.none_of))
        for f in frames:  # the screened concepts first (`Frame.searched`)
            order = sorted(f.all_of, key=lambda p: not group.screens(p))
            object.__setattr__(f, "searched", tuple(order))
        _group = group
    return _group


@lru_cache(maxsize=65536)
def _carried(caveat: int, sentence: str) -> bool:
    return _KEPT[caveat].matches(sentence)


def keep(caveats: dict[str, Caveat]) -> dict[str, Caveat]:
    """`caveats`, whose answers per sentence are from now on kept (the gate's own table)."""
    global _group
    for caveat in caveats.values():
        _KEPT[id(caveat)] = caveat
    _group = None  # made again, with these caveats' concepts
    return caveats
