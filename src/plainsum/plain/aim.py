"""The aim of a paper as a whole sentence: "The aim was to ..." as "The researchers wanted
to ...", a long aim as its head, a study's aim stated in its background, and, for a paper
with no aim of its own, what was studied as read from a conclusion or result that names it.
An aim is only ever built from a sentence that states one or names what was studied; what was
studied in a paper with no aim of its own is read in `unstated_aim`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .noun_stacks import modifier_word
from .numbers import strip_statistics
from .simplify import PlainSentence, plain_sentences
from .unstated_aim import compared_in, studied_from

__all__ = [
    "AIM_MAX_COST",
    "LOOKED_AT",
    "SHORT_AIM_WORDS",
    "aim_sentence",
    "compared_in",
    "own_aim",
    "readable_aim",
    "short_aim",
    "studied_from",
]

_AIM_LEAD = re.compile(
    r"^(?:(?:the|our|this) )?(?:main |primary )?(?:aims?|objectives?|purposes?|goals?)"
    r"(?: of (?:this|the|our)(?: present)? (?:study|review|work|trial|analysis))?"
    r" (?:was|were|is|are) (?:to )?"
    r"|^(?:this|the present|our) (?:study|review|work|trial|article|paper|report) "
    r"(?:aimed|aims|sought|set out) to "
    r"|^we (?:aimed|sought|set out|wanted) to "
    # an aim's "To" is followed by its verb ("To assess ..."); "To the best of our knowledge",
    # "To date", "To this end" open no aim
    r"|^to (?!(?:the|our|my|this|that|these|date|a|an|some|what|which|whom|each|all|his|her|"
    r"its|their)\b)(?=[a-z]+ )",
    re.I,
)


# An objective written as a bare instruction ("Identify and summarise the evidence that ..."):
# under an Objectives heading it is the aim, and "wanted to" makes it a whole sentence.
_IMPERATIVE_AIM = re.compile(
    r"^(?:identify|assess|evaluate|determine|compare|examine|investigate|review|summari[sz]e|"
    r"describe|explore|quantify|estimate|measure|test|find|establish|analy[sz]e|appraise|"
    r"synthesi[sz]e|systematically|update)\b",
    re.I,
)


def aim_sentence(text: str, review: bool, objective: bool = False) -> str:
    """A stated aim as a whole sentence: "The aim was to X" as "The researchers (or review
    authors) wanted to X"; an `objective` (a sentence under an Objectives heading) written as a
    bare instruction likewise; any other sentence unchanged."""
    m = _AIM_LEAD.match(text)
    if re.search(r",\s+(?:we|the researchers|they|our)\b", text, re.I):
        return text  # "To test X, we did Y" has its own main clause
    who = "The review authors" if review else "The researchers"
    if not m:
        if objective and _IMPERATIVE_AIM.match(text):
            return f"{who} wanted to {text[0].lower()}{text[1:]}"
        return text
    return f"{who} wanted to {text[m.end() :]}"


# Who did what an aim studies, after "by": "by attendants and visitors", "by trained nurses".
_BY_PEOPLE = (
    r"(?:[\w-]+ ){0,2}(?:attendants|visitors|staff|nurses|doctors|physicians|clinicians|"
    r"physiotherapists|therapists|pharmacists|midwives|carers|caregivers|parents|families|"
    r"relatives|volunteers|peers|teachers|health workers|workers|professionals|patients|people|"
    r"mothers|fathers|partners)\b"
)
# The head of a long aim: "... wanted to assess the effectiveness and safety of teriflunomide",
# without the comparisons and settings after it ("as monotherapy versus placebo or ... for
# modifying the disease course"): still true, and short enough to read.
_AIM_HEAD = re.compile(
    r"^(?P<head>(?:The review authors|The researchers) wanted to (?:assess|evaluate|determine|"
    r"compare|examine|investigate|review|find out|look at|check|study|explore|measure|estimate|"
    r"describe|summari[sz]e|identify|establish|quantify|test|analy[sz]e|appraise)"
    r"(?: and (?:safety|harms|side effects|unwanted events|harmful effects))? (?:the )?"
    r"(?:[\w-]+,? (?:and |or )?){0,6}?(?:effects?|effectiveness|efficacy|safety|benefits?|harms?|"
    r"value|role|use|impact|accuracy|tolerability|side effects|"
    r"unwanted events|harmful effects) of (?!the (?:following|use)\b)"
    # (who did it stays with it: "the wearing of an overgown by attendants and visitors"; how
    # it was given is left: "by any route")
    r"(?P<what>[^,;()]+?))(?= (?:as|versus|vs\.?|compared|for|in|among|on|with|alone|plus|when|"
    rf"by(?! {_BY_PEOPLE})|to|at|during|after|before)\b|[,;(])"
)
# An aside after the head, not a list's next item: ", alone or with other drugs, in ...",
# ", such as aspirin and dipyridamole, when ..."
_ASIDE = re.compile(
    r",\s*(?:alone|either|both|with|without|whether|given|used|taken|compared|versus|vs|"
    r"such|including|e\.g\.|for example|in|for|among|on|to|at|during|after)\b"
)
# Where a list of what was studied ends: the phrase for whom or what, or a comparison.
_LIST_END = re.compile(
    r" (?=(?:in|for|among|on|as|to|when|compared|versus|vs|with|by|during|after)\b)"
)
MAX_LIST_WORDS = 10
# A list of what was studied after the head's first item, however long its items: ", B, C and D"
_NOUN_LIST = re.compile(r",\s*(?:[^,;()]+,\s*)*?[^,;()]*?\b(?:and|or)\s")
# A head that ends on an adjective or a suspended prefix ("topical", "pre-") is the first item of
# a list whose noun comes later; a noun's list ("aprotinin, tranexamic acid and aminocaproic
# acid") is no head either unless it names them all: one of the things studied, said alone,
# reads as all of them.
_NOT_A_NOUN = re.compile(r"(?:^|\s)[a-z-]+(?:al|ic|ous|ive|ary)$|-$")
# One modifier set against another ("integrated versus non-integrated implants"): the head that
# stops at the first is an adjective without its noun.
_PAIRED = re.compile(r",? (?:versus|vs\.?|or|and|compared (?:with|to)) ([\w-]+)")


def _paired_modifiers(before: str, rest: str) -> bool:
    """Whether the last word of `before` and the first word after the comparison `rest` opens
    with are both modifiers ("low-dose versus high-dose heparin", "off-pump versus on-pump
    surgery"): an aim cut before the comparison would end on an adjective without its noun."""
    m = _PAIRED.match(rest)
    last = re.search(r"[\w-]+$", before)
    return bool(m and last and modifier_word(last.group(0).lower()) and modifier_word(m[1].lower()))


# What was studied opening a clause of its own ("programmes that seek to ..."): cut there, the
# head would end inside it.
_CLAUSE_OPEN = re.compile(r"\b(?:that|which|who|whose|whom|where)\b", re.I)
_QUESTION = re.compile(r" wanted to [a-z]+(?: out)? (?:whether|if|how|why|when)\b")
# What was studied said as a kind of care whose "with ..." names it: the head keeps that
# (`_NAMED_BY`), up to where the aim goes on to whom or what it was compared with.
_GENERIC_WHAT = re.compile(
    r"\b(?:treatments?|therap(?:y|ies)|interventions?|supplementation|management|care|"
    r"programmes?|programs?|prophylaxis|medication|drugs?)$",
    re.I,
)
# What was studied ending on a word that needs its "with" ("X combined | with pearl powder"):
# cut there, the head loses half of what was given (readers found "looked at X combined in").
_NEEDS_WITH = re.compile(
    r"\b(?:combined|together|along|coupled|paired|supplemented|augmented|in combination)$", re.I
)
_NAMED_BY = re.compile(
    r" (?:with|using) [^,;()]+?(?= (?:in|for|among|versus|vs\.?|compared|as|to|on)\b|[,;(]|\.?$)"
)
# What was studied that names no thing without what follows it ("the effects of variations |
# in the packages of ...", "of interventions | for drug-using offenders ...", "of screening |
# for diabetes ..."): a head that stops there says nothing a reader can use.
_NEEDS_ITS_PHRASE = re.compile(
    r"^(?:(?:any|all|the|a|an|these|those|different|various|other|such|possible|potential) )*"
    r"(?:variations?|changes?|differences?|types?|kinds?|forms?|components?|aspects?|"
    r"packages?|elements?|parts?|interventions?|treatments?|therap(?:y|ies)|strategies|"
    r"approaches|methods?|screening|programmes?|programs?|measures?)$",
    re.I,
)
# The noun two paired modifiers share, and what it is of ("active versus expectant | management
# of the third stage of labour"), up to where the aim goes on to its outcomes or people.
_SHARED_NOUN = re.compile(
    r",? (?:versus|vs\.?|or|and|compared (?:with|to)) [\w-]+ [\w-]+"
    r"(?: of (?:the )?(?:[\w-]+ ){0,4}?[\w-]+)?"
    r"(?= (?:on|for|in|among|to|as|versus|compared|with)\b|[,;(]|\.?$)"
)
SHORT_AIM_WORDS = 25  # a longer (or harder) aim is drafted as its head
# The aim is kept over the grade up to this reading cost (a sentence's own grade); a harder one
# is said as what was studied, in whom ("The review authors looked at X in people with MS.").
AIM_MAX_COST = 14.0


# Where the aim says for whom or for what: "... for migraine in children", "in people with MS".
_AIM_TAIL = re.compile(
    r" (?:for|in|among|to (?:reduce|prevent|treat|improve|lower|slow|delay))"
    r" (?!the purposes?\b)[^,;()]+?\.?$"
)
MAX_TAIL_WORDS = 12
_LATIN_IN = re.compile(r" in (?:vitro|vivo|situ|utero|silico)\b", re.I)
# The people the aim is about, right after what was studied, up to where the aim goes on to its
# outcomes, comparisons or a list ("in people with increased heart risk but no heart disease |
# on deaths, ..."): the head keeps them whole or is not drafted at all.
_PEOPLE = (
    r"(?:people|persons|patients|adults|children|women|men|infants|babies|newborns|"
    r"participants|individuals|girls|boys|adolescents|teenagers|smokers|workers|students)"
)
# More people after the first ("in subfertile women having tests, and subfertile women having
# IVF"): the list goes on past where the head would stop.
_MORE_PEOPLE = re.compile(
    rf",? (?:and|or) (?:in |among |for )?(?:the )?(?:[\w-]+ ){{0,3}}{_PEOPLE}\b"
)
_AIMED_AT = re.compile(
    r" (?:in|among|for) (?:the |a )?(?:[\w-]+ )?(?:people|persons|patients|adults|children|"
    r"women|men|infants|babies|newborns|participants|individuals|girls|boys|adolescents|"
    r"teenagers|smokers|workers|students)\b[^,;()]*?"
    r"(?= on | versus | vs\.? | compared | as | to (?:reduce|prevent|treat|improve)\b|[,;(]|\.?$)"
)


# A side that only means something beside its other side ("one regimen versus another").
_PAIRED_ONE = re.compile(r"(?:one|a single|either|each)\b", re.I)
_OTHER_SIDE = re.compile(
    r" (?:versus|vs\.?|compared (?:with|to)|with|to|against|and) "
    r"(?P<side>(?:another|other|the other)\b[^,;()]*?)(?= (?:on|in|for|among)\b|\.?$)"
)
# What "compare" compares with: " with teriflunomide", " to usual care", " versus placebo".
_COMPARED_WITH = re.compile(r" (?:with|to|versus|vs\.?|against|and) ")


def short_aim(text: str, compact: bool = False) -> str | None:
    """The head of a long aim as its own sentence, with the whole of its last "for whom / for
    what" phrase when that is short ("... of teriflunomide in people with MS."), or None when
    the aim has no clear head; `compact` says only what was studied ("The review authors
    looked at teriflunomide in people with MS.")."""
    m = _AIM_HEAD.match(text)
    if not m or len(m["what"].split()) > 8:
        return None
    if _CLAUSE_OPEN.search(m["what"]):
        return None  # "training programmes that seek" ends inside its clause: never a head
    if _QUESTION.search(m["head"]):
        # "examine whether smoking and the use of e-cigarettes are linked | with relapses":
        # the aim is a question, and its head would end inside it
        return None
    head, what, rest = m["head"], m["what"], text[m.end() :]
    if " " not in what and _paired_modifiers(what, rest):
        shared = _SHARED_NOUN.match(rest)
        if shared is None or _CLAUSE_OPEN.search(shared.group(0)):
            return None  # "of integrated versus non-integrated implants": its noun comes later
        # ... said with the noun both share: "of active versus expectant management of labour"
        head, what, rest = head + shared.group(0), what + shared.group(0), rest[shared.end() :]
    if _NOT_A_NOUN.search(what) and len(what.split()) == 1:
        return None  # "of topical, medical, and surgical treatments": the head is an adjective
    listed = _NOUN_LIST.match(rest) if not _ASIDE.match(rest) else None
    if listed is not None:
        # "of aprotinin, tranexamic acid and aminocaproic acid": the head names them all, or
        # it would name one of the things studied as if it were all of them
        end = _LIST_END.search(rest, listed.end())
        items = rest[: end.start()] if end else rest.rstrip(" .")
        if len(items.split()) > MAX_LIST_WORDS or "(" in items:
            return None
        head, what, rest = head + items, what + items, rest[len(items) :]
    if _NEEDS_WITH.search(what) and not rest.startswith(" with "):
        return None
    if (_GENERIC_WHAT.search(what) or _NEEDS_WITH.search(what)) and rest.startswith(
        (" with ", " using ")
    ):
        # "combination therapy | with anticholinergics and alpha-blockers": the "with" names it
        named = _NAMED_BY.match(rest)
        if named is None or len(named.group(0).split()) > MAX_TAIL_WORDS:
            return None
        head, what, rest = head + named.group(0), what + named.group(0), rest[named.end() :]
    if " wanted to compare " in head and _COMPARED_WITH.match(rest):
        if not compact:
            return text  # "compare the effect of X" without "with Y" compares nothing: kept whole
        if _PAIRED_ONE.match(what):
            # "looked at one regimen" of "one regimen versus another" is false: both sides
            other = _OTHER_SIDE.match(rest)
            if other is None:
                return None
            what, rest = f"{what} versus {other['side']}", rest[other.end() :]
    if compact:
        head = text[: text.index(" wanted to ")] + " looked at " + what
    for start in (t.start() for t in re.finditer(r" (?=for |in |among |to )", rest)):
        if _LATIN_IN.match(rest, start):
            continue  # "in vitro fertilisation" says no one it was for (CD012856's aim lost its
            # women: "looked at screening hysteroscopy in vitro fertilisation")
        if start and _NEEDS_ITS_PHRASE.search(what):
            return None  # "variations | in the packages of ...": the words skipped say of what
        tail = _AIM_TAIL.fullmatch(rest, start)
        if tail and len(tail.group(0).split()) <= MAX_TAIL_WORDS:
            return head + tail.group(0).rstrip(".") + "."
    whom = _AIMED_AT.match(rest)
    if whom is not None:  # for whom, said whole, or no head: never the people left out
        more = _MORE_PEOPLE.match(rest[whom.end() :])  # "..., and women having IVF"
        if more or len(whom.group(0).split()) > MAX_TAIL_WORDS:
            return None
        return head + whom.group(0).rstrip(".") + "."
    if compact and rest.strip(" ."):
        return None  # "looked at X" without the condition it was for says too little
    if rest.startswith(" to "):
        return None  # "drugs used | to treat ...": the head would end on a verb cut from its aim
    if rest.strip(" .") and _NEEDS_ITS_PHRASE.search(what):
        return None  # "wanted to compare the effects of variations." says nothing
    return head + "."


# The comparators an aim lists at its end (", compared to no intervention, wait-list or
# placebo"): the aim without them still says what was studied, in whom.
_COMPARATORS = re.compile(r",? (?:compared (?:to|with)|versus|vs\.?) [^.;()]+\.?$")
MIN_BARE_AIM_WORDS = 8
# The end of a comparator said as an aside, where the aim's own verb follows it.
_ASIDE_END = re.compile(
    r", (?=(?:is|are|was|were|has|have|had|can|could|may|might|will|would|does|do|did|"
    r"improves?|reduces?|affects?|leads?|results?|works?|helps?)\b)"
)


def without_comparators(text: str) -> str | None:
    """A "wanted to" aim without the list of comparators it ends on ("... of training for
    health workers, compared to no training or usual training." -> "... of training for health
    workers."), or None when it ends on none or too little would be left."""
    m = _COMPARATORS.search(text)
    if m is None or len(text[: m.start()].split()) < MIN_BARE_AIM_WORDS:
        return None
    if " wanted to compare " in text[: m.start()]:
        return None  # "compare A" without "versus B" compares nothing
    if _paired_modifiers(text[: m.start()], text[m.start() :]):
        return None  # "the use of low-dose | versus high-dose heparin": no noun left
    aside = _ASIDE_END.search(text, m.start())
    if aside is not None:
        # "if X, compared with Y, is associated with Z": the comparator is an aside before the
        # verb; cut at it, the aim lost its verb ("... if helicopter transport.", CD009228)
        return text[: m.start()].rstrip(" ,") + " " + text[aside.end() :]
    return text[: m.start()].rstrip(" ,") + "."


def readable_aim(
    text: str,
    pieces: list[PlainSentence],
    review: bool,
    index: int,
    expand: Callable[[str], str],
    longest: int,
    keep: frozenset[str] = frozenset(),
) -> list[PlainSentence]:
    """The aim `text` as drafted: its edited `pieces` when one is short and plain, else its head
    (`short_aim`); when that is still hard to read, only what was studied, in whom, if that
    reads easier. A sentence that is no "wanted to" aim keeps its `pieces`."""
    if not text.startswith(("The review authors wanted", "The researchers")):
        return pieces
    whole = [p for p in pieces if p.words <= SHORT_AIM_WORDS and not p.hard]
    head = short_aim(strip_statistics(text)) or without_comparators(strip_statistics(text))
    short = plain_sentences(head, review, (index,), expand, longest, keep) if head else []
    if short and not whole:
        pieces = short
    if pieces and min(p.cost for p in pieces) > AIM_MAX_COST:  # still hard to read
        tiny = short_aim(strip_statistics(text), compact=True)
        compact = plain_sentences(tiny, review, (index,), expand, keep=keep) if tiny else []
        if compact and compact[0].cost < min(p.cost for p in pieces):
            pieces = compact
    return pieces


# The study's own aim said in its background: "The present study investigated whether ...",
# "This publication assesses the role of ...".
_OWN_AIM = re.compile(
    r"^(?:The present|The current|This|Our) (?:study|trial|review|work|paper|publication|"
    r"article|analysis|research) (?P<verb>investigated|investigates|examined|examines|assessed|"
    r"assesses|evaluated|evaluates|explored|explores|tested|tests|(?:aimed|aims|sought|seeks) "
    # "This review focussed on the findings from ...": what it looked at
    r"to|focus{1,2}ed on|focus{1,2}es on)\b"
    # "The purpose of this study was to evaluate X", "Our main aim was to ..." (a background
    # that states the aim: without it a headed abstract's draft never says what was studied)
    r"|^(?:The|Our) (?:main |primary )?(?:aims?|purposes?|objectives?|goals?)"
    r"(?: of (?:this|the present|the current|our) (?:study|trial|review|work|paper|article|"
    r"analysis|research))? (?P<verb2>(?:was|is|were|are) to)\b"
    # "We aimed to evaluate X", "Here, we sought to test whether ...", "We set out to ..."
    r"|^(?:Here,? |In this (?:study|trial|review|work|paper),? )?[Ww]e (?P<verb3>(?:aimed|aim|"
    r"sought|seek|set out|wanted|intended|wished) to)\b",
    re.I,
)


_LINKED = re.compile(r"^(?:Consequently|Therefore|Thus|Hence|Accordingly),\s+")


def own_aim(text: str, review: bool) -> str | None:
    """A study's aim said in its background ("The present study investigated whether X helps
    Y") as what the researchers looked at or wanted to do, or None when `text` states no aim of
    the study's own."""
    # (after a word that only links it to the sentence before: "Consequently, the purpose of
    # this article is to introduce X" states its aim as well, plaba 30068251)
    text = _LINKED.sub("", text, count=1)
    m = _OWN_AIM.match(text)
    if m is None:
        return None
    who = "The review authors" if review else "The researchers"
    said = m["verb"] or m["verb2"] or m["verb3"]
    verb = "wanted to" if said.lower().endswith("to") else "looked at"
    return f"{who} {verb} {text[m.end() :].lstrip()}"


# An aim said as what was studied ("The researchers looked at X in Y."), however it was built.
LOOKED_AT = re.compile(r"^(?:The review authors|The researchers) looked at (?P<what>.+)\.$")
