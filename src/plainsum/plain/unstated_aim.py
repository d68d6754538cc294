"""What was studied, for a paper that states no aim of its own (an abstract that opens with its
results): read from its first conclusion or result that names a thing and for whom or what
("The review authors looked at physostigmine for Alzheimer's disease."), or from a result that
says what some studies compared and in whom. Never from other work, a result, an evidence gap a
sentence adds, or a sentence that points back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .numbers import COUNT, drop_brackets, strip_statistics
from .results import DIRECTION, RESEARCH_CALL, says_a_finding
from .sentences import OTHERS_WORK, Role
from .simplify import AUXILIARIES, strip_label
from .source import SourceSentence

__all__ = ["MAX_STUDIED_WORDS", "compared_in", "studied_from"]


# "the effectiveness of physostigmine for the symptomatic treatment of Alzheimer's disease",
# "trials of calcium channel blockers in acute head injury": what was studied, and for what.
_STUDIED = re.compile(
    r"\b(?:effects?|effectiveness|efficacy|safety|benefits?|harms?|use|role|value|trials|"
    r"studies) of (?P<what>(?!the (?:evidence|studies|trials|review)\b)[A-Za-z][^,;:()]{2,50}?) "
    r"(?P<tail>(?:for|in|among) (?:the |people |patients |adults |children |women |men )?"
    r"(?:[\w'’-]+ ){0,9}?[\w'’-]+)"
    r"(?= (?:is|are|was|were|has|have|had|may|might|did|does|do|shows?|showed|remains?|"
    r"suggests?|found|reported|because|since|although|though|while|whereas|when|if|unless)\b|"
    r"[,;.])"
)
MAX_STUDIED_WORDS = 22
# A verb inside what was studied means the match ran into a clause ("X in children remain
# uncertain", "a model suggested a benefit"): never a thing studied.
_CLAUSE_VERB = re.compile(
    rf"\b(?:{AUXILIARIES}|be|been|being|remains?|remained|suggests?|suggested|shows?|showed|"
    r"shown|found)\b",
    re.I,
)
_ELSEWHERE = re.compile(
    r"\b(?:recent|previous|prior|earlier|other|existing) (?:\w+ )?(?:evidence|studies|research|"
    r"trials|reviews?)\b|\bthere has been\b|\b(?:is|are) (?:widely |commonly )?used\b"
    r"|\bwidespread\b|\b(?:has|have) (?:\w+ )?been linked\b",
    re.I,
)
# Words that make the "for whom / for what" part a comparison, a time, a reason or a subgroup
# ("for adults even immediately after the intervention", "in asthma due to the absence of
# evidence", "in different subgroups"): what was studied is then not said whole and true.
_NOT_A_TAIL = re.compile(
    r"\b(?:due|even|against|such as|terms|over|versus|vs|different|specific|particular|"
    r"immediately|subgroups?|practice)\b|\b[A-Z]$"
)


# "in the single RCT comparing A to B", "another trial of": what one of the studies did, before
# the thing studied, makes it that study's comparison, not the paper's (one study named as
# doing something: never "the lack of details reported in one study, we cannot judge X")
_ONE_OF_THEM = re.compile(
    r"\b(?:single|one|another|other|second|third) (?:[\w-]+ )?(?:stud(?:y|ies)|trials?|RCTs?) "
    r"(?:that |which )?(?:of|compar\w*|found|showed|reported|assess\w*|test\w*|investigat\w*|"
    r"evaluat\w*|examin\w*|looked)\b",
    re.I,
)


# "We found no trials assessing X in Y", "None of the included studies evaluated X for Y",
# "There are no randomised trials of X for Y": no study of the review's own did it, so "looked at
# X for Y" would say the review has evidence it says it lacks.
_NONE_DID = re.compile(
    r"\b(?:no|none of(?: the| these)?) (?:[\w-]+ ){0,2}(?:stud(?:y|ies)|trials?|RCTs?)\b", re.I
)
# A sentence that adds a point ("Furthermore, there is a lack of evidence on X in older
# people") speaks of a side of the topic, not of what the study as a whole looked at.
_ADDED_POINT = re.compile(r"^(?:Furthermore|Moreover|In addition|Additionally|Also)\b", re.I)
# A result set against the one before it: what it names is one side of the results, never what
# the study was about.
# "Data for relative effects of X in Y were sparse": a gap in the evidence on one question, which
# names the paper's topic only when no conclusion before it says what was found.
_GAP = re.compile(
    r"^(?:The |Only )?(?:data|evidence|information|studies|trials) (?:for|on|about|regarding|of) "
    r"[^.;]{3,160}?\b(?:is|are|was|were|remains?|remained) (?:still |very |too )?"
    r"(?:sparse|scarce|limited|lacking|insufficient|few|inconclusive)\b",
    re.I,
)
_CONTRAST = re.compile(
    r"^(?:However|But|Yet|Nevertheless|Nonetheless|In contrast|By contrast|Conversely)\b", re.I
)
# What was studied that says a result ("X reduced the rate of Y in those studies"), a tail that
# runs into a verb or a new clause ("in Y seems to", "for these outcomes but we"), or a thing the
# treatment was meant to reduce ("for reducing the use of physical restraints in care homes").
_RESULT_VERB = re.compile(
    r"\b(?:reduced|increased|improved|decreased|lowered|raised|caused|led|seems?|seemed|"
    r"appears?|appeared)\b",
    re.I,
)
_POINTS_BACK = re.compile(r"\b(?:these|this|those(?! with)|such|where|but|however)\b", re.I)
_CUT_END = re.compile(r"\b(?:to|we|it|they|and|or|but|of|the|a|an|with|by|as|at)$", re.I)
_REDUCED_THING = re.compile(
    r"\b(?:reduc|prevent|decreas|limit|avoid|minimi[sz])\w* (?:the )?$", re.I
)


# "A ventilation strategy that included recruitment manoeuvres in participants with ARDS
# reduced deaths ...": the subject of a conclusion, a thing and the people with the condition it
# was for, before the verb that says what it did.
_PEOPLE = (
    r"(?:participants|patients|people|persons|adults|children|women|men|infants|babies|"
    r"newborns|neonates)"
)
_DID = (
    r"(?:probably |may |might |likely |clearly |significantly |did not |does not |do not )?"
    r"(?:reduced?|reduces|increased?|increases|improved?|improves|lowered|lowers?|prevented|"
    r"prevents?|decreased?|decreases|helped|helps?|had|has|have|showed|shows?|led|leads?|made|"
    r"makes?|caused?|causes|resulted|results)\b"
)
_SUBJECT_FOR_WHOM = re.compile(
    rf"^(?P<what>(?:An? |The )?[A-Za-z][\w'’ -]{{2,70}}?) (?P<tail>(?:in|among) (?:the )?{_PEOPLE} "
    rf"(?:with|who (?:have|had)|undergoing) [\w'’ -]{{2,50}}?) {_DID}"
)
# A subject that is the evidence or the studies, not a thing studied.
_NOT_A_THING = re.compile(
    r"\b(?:evidence|data|results?|findings|studies|trials?|reviews?|analys[ie]s|there|it|this|"
    r"these|no|none|each|both|all|"
    # ... or an outcome, or how it went ("Fewer deaths in adults with X led to ...")
    r"fewer|more|less|lower|higher|greater|deaths?|mortality|rates?|risks?|levels?|scores?|"
    r"outcomes?|effects?)\b",
    re.I,
)


def _concluded_subject(text: str) -> tuple[str, str] | None:
    """The thing and the people with a condition a conclusion is about, from its subject ("X in
    participants with Y reduced ..."), or None when its subject is of another shape."""
    m = _SUBJECT_FOR_WHOM.match(text)
    if m is None or _NOT_A_THING.search(m["what"]) or _RESULT_VERB.search(m["what"]):
        return None
    what = m["what"]
    # ("Lying face down" -> "lying face down"; "PCV", "Rituximab's" name: as written)
    lower = what[1:2].islower() or re.match(r"(?:An?|The) ", what)
    what = what[:1].lower() + what[1:] if lower and what[:1] != "I" else what
    return what, m["tail"]


# "... have not been tested in trials": no study looked at it. "... as efficacious as the use of
# X for Y", "... than the use of X": X is what the thing studied was set against.
_UNTESTED = re.compile(
    r"[^.;]{0,60}?\b(?:has|have) not (?:yet )?been (?:tested|studied|evaluated|assessed|"
    r"examined|investigated)\b|[^.;]{0,60}?\bremains? untested\b",
    re.I,
)
_SET_AGAINST = re.compile(r"\b(?:as|than|over|versus|vs\.?|instead of) (?:the )?$", re.I)
# "studies of populations starting X": the people studied, not a thing.
_PEOPLE_FIRST = re.compile(rf"(?:the )?(?:{_PEOPLE}|populations?|cohorts?)\b", re.I)
# "clinical trials of X for Y are warranted": a call for trials, not a thing this study studied.
_CALLED_FOR = re.compile(
    r"\s*(?:are|is|will be|would be) (?:still |also |now |urgently )?(?:needed|required|"
    r"warranted)\b",
    re.I,
)


def _no_thing_studied(text: str, m: re.Match[str]) -> bool:
    """Whether a "<effect> of X for Y" match in `text` says no thing this study studied: no
    study did it, it is a result, it points back or its tail is cut inside a clause, it was
    never tested, it is what the thing studied was set against, or it names people."""
    return bool(
        _UNTESTED.match(text, m.end())
        or _SET_AGAINST.search(text[: m.start()])
        or _PEOPLE_FIRST.match(m["what"])
        or _NONE_DID.search(text[: m.start("what")])
        or _RESULT_VERB.search(f"{m['what']} {m['tail']}")
        or _POINTS_BACK.search(m["tail"])
        or _CUT_END.search(m["tail"])
        or _REDUCED_THING.search(text[: m.start()])
    )


# Words of a setting that name no condition or group of their own.
_SETTING_FILLER = frozenset(
    "the and with who those people patients participants adults children persons disease "
    "diseases disorder disorders condition conditions secondary due related after".split()
)
# A setting named after the thing studied elsewhere in the paper ("X in chronic lung disease"):
# a condition, group or place, never a number, a time, an outcome or a clause.
_OTHER_SETTING = (
    r"(?: (?:to|versus|vs|with|compared (?:with|to)) (?:a |the )?(?:placebo|sham|no treatment|"
    r"usual care|control))? (?:in|for) (?:people |patients |participants |adults |children |"
    r"those )?(?:with )?"
    r"(?P<setting>(?!(?:the|a|an|this|these|those|that|terms?|total|addition|combination|"
    r"comparison|clinical|any|one|two|three|single|each|both|all|some|most|our|their|its|"
    r"\w+ing)\b)[A-Za-z][\w'’-]*"
    r"(?: (?:(?:due|secondary|related) to|(?!(?:and|or|but|with|compared|versus|to|in|for|of|"
    rf"at|on|by|{AUXILIARIES}|been|being|be|not|seems?|appears?|remains?|showed|shows?|"
    r"reported|reduced|increased|improved|led|found|suggests?|suggested)\b)[\w'’-]+)){0,5})"
)
_SETTING_AFTER = re.compile(_OTHER_SETTING, re.I)


def _settings_named(what: str, text: str) -> Iterator[str]:
    """The setting `_OTHER_SETTING` names after each `what` of `text`, as the one pattern of
    the two would find them (leftmost first, none inside another): `what` is a different
    thing in each sentence, and compiling the pair cost more than all the rest of the test."""
    thing = re.compile(r"\b" + re.escape(what), re.I)
    at = 0
    while (m := thing.search(text, at)) is not None:
        after = _SETTING_AFTER.match(text, m.end())
        if after is None:
            at = m.start() + 1
            continue
        yield after["setting"]
        at = after.end()


def _setting_words(text: str) -> frozenset[str]:
    """The words of a setting ("PH-left-heart disease" -> ph, left, heart), hyphens split."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    return frozenset(
        w.lower()
        for w in words
        if (len(w) > 2 or w.isdigit() or w.isupper()) and w.lower() not in _SETTING_FILLER
    )


def one_setting_of_several(
    what: str, tail: str, said: SourceSentence, sentences: list[SourceSentence]
) -> bool:
    """Whether another sentence of the paper names the thing studied in a setting that is
    neither the tail's nor a part of it ("PDE5 inhibitors in group 1 PAH", "... in PH due to
    lung disease" beside "... in PH-left-heart disease"): the tail is then one subgroup of the
    paper's scope, and "looked at X in Y" would make the whole paper about it."""
    mine = _setting_words(tail)
    if not mine:
        return False
    for other in sentences:
        if other.index == said.index or other.role in (Role.BACKGROUND, Role.AIM):
            continue
        for setting in _settings_named(what, drop_brackets(other.text)):
            theirs = _setting_words(setting)
            if theirs and not (theirs <= mine or mine <= theirs):
                return True
    return False


# The people of a tail by age or sex ("for children and adolescents after kidney
# transplantation"), and what the tail says after them ("after kidney transplantation").
_AGE_GROUP = (
    r"(?:children|adolescents|teenagers|young people|infants|babies|neonates|newborns|toddlers|"
    r"girls|boys|women|men|older (?:people|adults|patients)|elderly(?: people| patients)?)"
)
_TAIL_PEOPLE = re.compile(
    rf"^(?P<prep>for|in|among) (?:the )?(?P<who>(?:young |older )?{_AGE_GROUP}"
    rf"(?:,? (?:and|or) (?:young |older )?{_AGE_GROUP})?)"
    r"(?: (?P<rest>(?:after|following) .+))?",
    re.I,
)
# "A single study reported outcomes among 60 children and adolescents": one study's people.
_ONE_STUDY = re.compile(
    r"\b(?:a single|one|only one|the only|another) (?:[\w-]+ )?(?:study|trial|RCT)\b", re.I
)


def _one_study_people(who: str, said: SourceSentence, sentences: list[SourceSentence]) -> bool:
    """Whether another sentence of the paper gives the people `who` names ("children and
    adolescents") to one study only ("A single study reported outcomes among 60 children"):
    in a review of several, they are that study's, never the review's scope."""
    groups = {g.lower() for g in re.findall(_AGE_GROUP, who, re.I)}
    for other in sentences:
        if other.index == said.index or other.role in (Role.BACKGROUND, Role.AIM):
            continue
        one = _ONE_STUDY.search(other.text)
        if one is not None and any(
            re.search(rf"\b{re.escape(g)}\b", other.text[one.end() :], re.I) for g in groups
        ):
            return True
    return False


def _whole_scope(
    tail: str, said: SourceSentence, sentences: list[SourceSentence], studies: int | None
) -> str | None:
    """`tail` ("for children after kidney transplantation") as the scope of the whole review:
    without its people where a review of several `studies` gives them to one study only ("after
    kidney transplantation"), "" when nothing is left, else `tail` itself."""
    m = _TAIL_PEOPLE.match(tail)
    if m is None or not studies or studies < 2 or not _one_study_people(m["who"], said, sentences):
        return tail
    # ("for women with breast cancer" of one study: no scope is left that reads whole)
    return m["rest"] if m.end() == len(tail) and m["rest"] else ""


def studied_from(
    sentences: list[SourceSentence], review: bool, studies: int | None = None
) -> tuple[str, int] | None:
    """For a paper with no aim of its own (an abstract that opens with its results): what was
    studied and for what, read from its first conclusion or result that names both ("The
    review authors looked at physostigmine for the symptomatic treatment of Alzheimer's
    disease."), with the sentence it came from; None when none names both. A review of several
    `studies` whose conclusion names people only one of them took in ("bone treatment for
    children after kidney transplantation", where one study of 65 had the children) is said
    without them ("bone treatment after kidney transplantation"), or not from that sentence."""
    who = "The review authors" if review else "The researchers"
    # the authors' conclusions speak of the whole study, a result only when none does
    order = [s for s in sentences if s.role in (Role.CONCLUSION, Role.LIMITATION)] + [
        s for s in sentences if s.role == Role.RESULTS
    ]
    found = False  # whether a conclusion before this one says what was found
    for s in order:
        gap = _GAP.match(drop_brackets(strip_label(s.text))) is not None
        if gap and found:
            continue  # "Data for X were sparse" after the finding: one question, not the topic
        found = found or (s.role == Role.CONCLUSION and not gap and says_a_finding(s.text))
        if OTHERS_WORK.search(s.text) or _ELSEWHERE.search(s.text):
            continue  # "recent evidence for X in Y" is other work, not what this one studied
        text = drop_brackets(strip_label(s.text))
        if _ADDED_POINT.match(text):
            continue  # "Furthermore, ... X in older people": a side of the topic
        if s.role == Role.RESULTS and _CONTRAST.match(text):
            continue  # "However, the effects of X in reducing Y remain unclear": a side outcome
        if re.match(
            rf"(?:In )?{COUNT} (?:of the )?(?:\w+ )?(?:stud(?:y|ies)|trials?|RCTs?)\b", text, re.I
        ):
            continue  # "Three studies (one study) investigated the use of X for Y": a part
        m = _STUDIED.search(text)
        if m is not None and _ONE_OF_THEM.search(text, 0, m.start()):
            continue  # "in the single RCT comparing A to B, ... the use of A compared to B": a part
        if m is None:
            subject = _concluded_subject(text) if s.role == Role.CONCLUSION else None
            if subject is not None and review:
                if _whole_scope(subject[1], s, sentences, studies) != subject[1]:
                    continue  # "X in infants with Y" where one study of many had the infants
            if subject is not None:
                said = f"{who} looked at {subject[0]} {subject[1]}."
                if len(said.split()) <= MAX_STUDIED_WORDS:
                    return said, s.index
            continue
        if (
            re.search(r"\b(?:whom|which|that|who|whose)\b", m["tail"])
            or DIRECTION.match(m["what"])
            or _CLAUSE_VERB.search(f"{m['what']} {m['tail']}")
            or _NOT_A_TAIL.search(m["tail"])
            or re.search(r"\bwhether (?:\w+ )?$", text[: m.start()])
            or re.match(r"(?:these|this|those|such|the same)\b", m["what"], re.I)
            or re.search(r"\bon\b", m["what"])  # "the effect of X on growth": an outcome
            # "could be a useful marker in trials of treatments for cognition": trials to come
            or (
                m.group(0).startswith(("trials of", "studies of"))
                and re.search(r"\b(?:could|may|might|would|will)\b[^.;,]{0,60}$", text[: m.start()])
            )
            or re.match(r",[^.;]{0,80}\b(?:and|or)\b", text[m.end() :])
            or _no_thing_studied(text, m)
        ):  # ... or it points back, or it stops inside a list
            continue  # a clause cut in half, or a result ("reduced recurrence"), not a thing
        if (RESEARCH_CALL.search(s.text) or _CALLED_FOR.match(text, m.end())) and not (
            _said_elsewhere(f"{m['what']} {m['tail']}", s, sentences)
            and _setting_said_elsewhere(m["tail"], s, sentences)
        ):
            continue  # "trials will be needed to resolve the role of spermicides": not studied here
        if one_setting_of_several(m["what"], m["tail"], s, sentences):
            continue  # "X in PH-left-heart disease" where the review took in every cause of PH
        tail = _whole_scope(m["tail"], s, sentences, studies) if review else m["tail"]
        if not tail:
            continue  # the people of one study of many, and nothing else: no scope of the whole
        text = f"{who} looked at {m['what']} {tail}."
        if len(text.split()) <= MAX_STUDIED_WORDS:
            return text, s.index
    return None


# Words of a topic that name no thing ("the use of", "the effects of").
_NO_THING = frozenset(
    "use uses role roles effect effects benefit benefits safety efficacy effectiveness value "
    "place potential possible different various other new with from their this that".split()
)


def _said_elsewhere(what: str, said: SourceSentence, sentences: list[SourceSentence]) -> bool:
    """Whether a thing or condition a call for research names is in another sentence of the
    paper too: "more trials are needed on hypothermia for TBI" after results on hypothermia
    says what was studied; "... to resolve the role of spermicides in preventing infections" in
    a review of sponges against pregnancy does not."""
    words = {
        w.lower()
        for w in re.findall(r"[A-Za-z][\w-]{3,}", what)
        if w.lower() not in _NO_THING and not w.lower().endswith("ing")
    }
    others = " ".join(x.text.lower() for x in sentences if x.index != said.index)
    return any(re.search(rf"\b{re.escape(w)}", others) for w in words)


def _setting_said_elsewhere(
    tail: str, said: SourceSentence, sentences: list[SourceSentence]
) -> bool:
    """Whether the people a call for research names by age or sex ("in adult patients") fit
    the people the rest of the paper names: a review of trials "in children with hemophilia"
    that asks for trials "in adult patients" names people it never studied, so "looked at X
    in adult patients" is false. A tail that names no such people, or a paper that names no
    other people by age or sex, passes."""
    called = {_person(w) for w in _CALLED_PEOPLE.findall(tail)}
    others = {
        _person(w)
        for x in sentences
        if x.index != said.index
        for w in _CALLED_PEOPLE.findall(x.text)
    }
    return not (called - others and others - called)


def _person(word: str) -> str:
    """A word for people by age or sex, one form for singular and plural ("adult", "adults")."""
    word = word.lower()
    return {"child": "children", "adults": "adult", "infants": "infant"}.get(word, word)


# People by age or sex a tail may name ("adult patients", "elderly people", "pregnant women").
_CALLED_PEOPLE = re.compile(
    r"\b(?:adults?|children|child|adolescents?|infants?|elderly|older|pregnant|women|men|"
    r"girls|boys|neonates|newborns)\b",
    re.I,
)


# "One trial compared urethral dilatation and urethrotomy in 210 men with urethral stricture":
# what some of the studies compared, and in whom, in the paper's own words.
_COMPARED = re.compile(
    r"^(?:The |All |Both |Most |Each |Included |These )?(?:[\w-]+ ){0,3}"
    r"(?:studies|trials|study|trial|RCTs?) (?:\w+ )?(?:compared|evaluated|assessed|examined|"
    r"investigated|tested|studied|looked at)\b"
)
_IN_WHOM = re.compile(
    r"\b(?:in|among|of|with) (?:a total of )?(?:[\d,]+ )?(?:[\w'’-]+ ){0,3}(?:people|persons|"
    r"patients|participants|adults|children|women|men|infants|babies|newborns|girls|boys|"
    r"volunteers|mice|rats)\b"
)
MAX_COMPARED_WORDS = 30
# "We included five trials with 1049 women evaluating five changes to amniocentesis": what the
# included studies tested, after their count (the count itself is said by `facts`).
_INCLUDED_TESTING = re.compile(
    r"^(?:We|The review(?: authors)?) included (?:a )?(?:total of )?[\w-]+ (?:[\w-]+ ){0,3}?"
    r"(?P<kind>studies|trials|RCTs)\b[^.;:]{0,60}? (?P<verb>evaluating|assessing|comparing|"
    r"testing|examining|investigating|studying) (?P<what>[^.;:]{5,140}?)\.?$"
)
_PAST = {
    "evaluating": "evaluated",
    "assessing": "assessed",
    "comparing": "compared",
    "testing": "tested",
    "examining": "examined",
    "investigating": "investigated",
    "studying": "studied",
}


def _what_included_tested(text: str) -> str | None:
    """ "The studies evaluated X." from "We included N studies with M people evaluating X", or
    None for a sentence of another shape."""
    m = _INCLUDED_TESTING.match(text)
    if m is None or DIRECTION.search(m["what"]) or _POINTS_BACK.search(m["what"]):
        return None
    kind = "trials" if m["kind"] == "RCTs" else m["kind"]
    return f"The {kind} {_PAST[m['verb']]} {m['what']}."


def compared_in(sentences: list[SourceSentence], headed: bool) -> tuple[str, int] | None:
    """For a paper with no aim of its own that names no "effects of X for Y" either: the first
    sentence of its results (of an abstract without headings, any sentence: there the roles are
    only guessed) that says what studies compared and in whom, found nothing, and leans on no
    sentence before it, with its index; None when there is none."""
    roles = (Role.RESULTS,) if headed else (Role.RESULTS, Role.BACKGROUND)
    for s in sentences:
        if s.role in (Role.RESULTS, Role.METHODS) and not OTHERS_WORK.search(s.text):
            tested = _what_included_tested(strip_statistics(drop_brackets(strip_label(s.text))))
            if tested is not None and len(tested.split()) <= MAX_COMPARED_WORDS:
                return tested, s.index
        if s.role not in roles or OTHERS_WORK.search(s.text) or _ELSEWHERE.search(s.text):
            continue
        text = strip_statistics(drop_brackets(strip_label(s.text)))
        if (
            _COMPARED.match(text)
            and _IN_WHOM.search(text)
            and not DIRECTION.search(text)
            and not re.match(r"(?:The|This|These|Both|Each) (?:\w+ )?(?:study|trial)\b", text)
            and len(text.split()) <= MAX_COMPARED_WORDS
        ):
            return text, s.index
    return None
