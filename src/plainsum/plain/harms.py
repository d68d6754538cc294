"""The harms the authors conclude on, in the body when no result shown names one.

A summary that says a treatment helped and leaves out what it cost misleads: when no sentence
of "what the study did" speaks of side effects, safety or deaths, and the authors' conclusions
say what the harms were ("The common side effects were diarrhoea, nausea and hair thinning"),
that sentence is said in the body as a main result, with the sentence after it that leans on it
("These side effects were mostly mild"). A results sentence about harm too long to show, or
one the body's budget left out, is how this happens (CD009882's teriflunomide review).
Which of the results is the main one about harm, to show among them, is `harm_result`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..checks.abbreviations import unexplained_abbreviations
from ..checks.jargon import find_terms
from .conclusion_kinds import future_work
from .lines import Line
from .pick import antecedent, leans
from .results import RESEARCH_CALL, says_a_finding, what_it_says
from .simplify import PlainSentence, measured

__all__ = [
    "HARM",
    "MAX_HARM_RESULT_WORDS",
    "MAX_HARM_WORDS",
    "concluded_harms",
    "harm_result",
    "serious_harm",
    "no_side_effects",
    "plain_harm_list",
]

# A result about harm: side effects, safety, complications, deaths, people who stopped.
HARM = re.compile(
    r"\b(?:side[- ]effects?|"
    r"unwanted events?|harmful effects?|adverse (?:events?|effects?|reactions?)|harms?|safety|safe|"
    r"serious health problems?|"
    r"toxicit\w*|toxic|complications?|deaths?|mortality|died|tolerab\w*|bleeding|"
    # a harm named by the organ it struck: "liver enzyme elevations ... and one participant
    # required a liver transplant", "gastrointestinal upset was more common" (the lead's
    # hand-written v1 and v9: a trial's safety signal was left out of the body)
    r"liver (?:enzymes? (?:elevations?|rises?)|injury|damage|failure|transplant\w*)|"
    r"(?:gastrointestinal|stomach|gut) upset|"
    # a harm named by the lab value or the event it is ("Hypercalcaemia was rare", "most
    # withdrawals were due to infusion reactions", "transient elevation of liver enzymes": the
    # lead's hand-written u5, a vitamin D review whose only harm result was left out)
    r"hypercalc(?:a)?emi\w*|high (?:blood )?calcium|kidney stones?|nephrolithiasis|"
    r"low (?:white (?:blood )?cell|lymphocyte|neutrophil) counts?|lymphopeni\w*|neutropeni\w*|"
    r"leu[ck]openi\w*|infusion(?:[- ]related)? reactions?|"
    r"progressive multifocal leu[ck]oencephalopathy|PML|"
    r"(?:elevations?|rises?) (?:\w+ )?(?:of|in) liver enzymes|"
    r"(?:dropped out|stopped|withdr[ae]w\w*) (?:\w+ ){0,3}(?:because of|due to))\b",
    re.I,
)
MAX_HARM_WORDS = 40  # a list of side effects, with the plain words for its terms
# What the harms were, how often or how bad: "the common side effects were", "rarely led to".
_WHAT_HARM = re.compile(
    r"\b(?:common|commonest|most common|rare|rarely|frequent|frequently|mild|moderate|serious|"
    r"severe|no serious|well tolerated|safe|dose[- ]related|more|fewer|higher|lower|increased|"
    r"were|included)\b",
    re.I,
)
# Only that harms were looked at or reported, or that the evidence on them is too thin: how the
# studies ran, a limit, not what the harms were ("too small to detect serious side effects").
_ONLY_REPORTED = re.compile(
    r"\b(?:not|in(?:completely|adequately)|poorly|rarely|seldom) (?:\w+ )?(?:reported|"
    r"assessed|measured|documented)\b|\breporting of\b|\bdata on\b"
    r"|\b(?:not enough|insufficient|too small|too few|too short|unable|could not|difficult|"
    r"lack of|lacking|no data|uncertain|unclear|unknown)\b|\b(?:evidence|data) (?:was|were|is|are) "
    r"(?:not|in)",
    re.I,
)
# A clause, not a sentence of its own ("How this has informed advice on when it is safe ...").
_NO_STATEMENT = re.compile(r"^(?:How|What|Why|When|Whether|Which|Where|If)\b")


# A relative clause ("..., which may have side effects") or a reason put first ("Because of the
# potential risk of side effects, the patient's ability to comply ... is essential"): an aside,
# not what the sentence says.
_ASIDE = re.compile(
    r",\s*(?:which|who|that)\b[^,.;]*|^(?:Because|Due to|Given|Since|As|Although|While)\b[^,]*,"
)


def _unexplained_terms(text: str, rare_only: bool = False) -> bool:
    """Whether `text` holds a word the gate would name: an abbreviation it does not explain
    ("CNS side effects"), or a technical term not explained right after it ("raised alanine
    aminotransferase (a liver enzyme measured in blood)" is explained; with `rare_only`, only a
    very rare one counts). Added to the body, such a
    sentence cost more than it gave: the gate named the word and the repair took the main result
    with it (CD012033), or the body went over the grade margin (CD009903)."""
    return bool(unexplained_abbreviations(text)) or any(
        not re.match(r"\s*(?:\(|, (?:a|an|the) )", text[term.start + len(term.text) :])
        for term in find_terms(text)
        if term.very_rare or not rare_only
    )


# A raised risk of infection: the main harm of a drug that dampens the immune system, said as
# the authors' finding ("There is an increased risk of common infections with rituximab").
_INFECTION_RISK = re.compile(
    r"\b(?:increased|higher|greater|raised) (?:\w+ )?risks? of (?:[\w-]+ ){0,2}infections?\b",
    re.I,
)
# A harm said not to differ ("little to no difference in serious side effects, common
# infections"); a raised harm says the opposite.
_NO_HARM_DIFFERENCE = re.compile(
    r"\blittle (?:or|to) no\b|\bno (?:\w+ )?(?:difference|increase|effect)s?\b"
    r"|\b(?:did|does|do) not (?:\w+ )?(?:confirm|differ|increase|change|affect)\b",
    re.I,
)
_RAISED = re.compile(r"\b(?:increased|increases?|higher|greater|raised|more)\b", re.I)


# "No serious side effects were reported", "There was no difference in adverse events": a
# result that side effects were not more (never of deaths or survival, often what a treatment
# is for).
_NONE_WORSE = re.compile(r"^(?:No|There (?:was|were) no|Neither)\b", re.I)
_DEATHS = re.compile(r"\b(?:deaths?|mortality|died|survival)\b", re.I)


def no_side_effects(text: str) -> bool:
    """Whether a result says only that side effects were no more, or none serious."""
    return bool(
        HARM.search(text)
        and not _DEATHS.search(text)
        and (_NONE_WORSE.match(text) or _NO_HARM_DIFFERENCE.search(text))
    )


def _harm(text: str) -> bool:
    return bool(HARM.search(text) or _INFECTION_RISK.search(text))


def _raised_harm(text: str) -> bool:
    return _harm(text) and bool(_RAISED.search(text)) and not _NO_HARM_DIFFERENCE.search(text)


def _names_harm(p: PlainSentence) -> bool:
    return bool(
        _harm(_ASIDE.sub("", p.text))
        and _WHAT_HARM.search(p.text)
        and not _NO_STATEMENT.match(p.text)
        and not _ONLY_REPORTED.search(p.text)
        and not future_work(p.text)
        and not RESEARCH_CALL.search(p.text)
        and not what_it_says(p.text).run
    )


def concluded_harms(
    conclusions: list[PlainSentence], did: list[Line], used: set[str]
) -> list[PlainSentence]:
    """The authors' conclusion on what the harms were, and the one after it that leans on it,
    for a body (`did`) none of whose sentences of the paper speaks of harm, or whose harms all
    made no difference while the authors conclude a raised one; empty when a sentence of the
    body speaks of harm otherwise, or when no conclusion not yet `used` says what the harms
    were."""
    said = [x.text for x in did if x.sources and not x.keep and _harm(x.text)]
    # a body whose harms only "made little or no difference" (in one comparison) beside the
    # authors' conclusion of a raised harm reads as if there were none (CD013874): said too
    only_null = bool(said) and not any(_raised_harm(text) for text in said)
    if said and not only_null:
        return []
    first = next(
        (
            p
            for p in conclusions
            if p.text not in used
            and (not said or _raised_harm(p.text))
            and p.words <= MAX_HARM_WORDS
            # a word the gate would name costs less than a harm the body seems to deny
            and not _unexplained_terms(p.text, rare_only=only_null)
            and not leans(p)
            and _names_harm(p)
            and (says_a_finding(p.text) or _WHAT_HARM.search(p.text))
        ),
        None,
    )
    if first is None:
        return []
    after = [
        p
        for p in conclusions
        if p.order > first.order
        and p.text not in used
        and leans(p)
        and p.words <= MAX_HARM_WORDS
        and antecedent(p, conclusions) is first
        and _names_harm(p)
    ]
    return [first, *after[:1]]


# How bad a harm was: a serious one is the harm a reader weighs against the benefit.
_SERIOUS = re.compile(r"\b(?:serious|severe|life-threatening|fatal)\b", re.I)


# What the study measured or could not analyse is no finding on harm ("The main results were
# deaths and serious side effects", "For serious side effects, no analyses were done").
_NOT_FOUND = re.compile(
    r"\b(?:main|primary|secondary) (?:results?|outcomes?)\b|\bof interest\b|\banaly[sz]e[sd]?\b"
    r"|\banalys[ie]s\b",
    re.I,
)


def serious_harm(shown: list[PlainSentence]) -> PlainSentence | None:
    """The first of the results `shown` that says what the serious harms were ("Two people had
    serious side effects: one a heart attack, one a stroke", "There were no serious side
    effects"): kept beside the main benefit and the commonest harms, never one that only says
    they were measured; None when there is none, or it leans on the sentence before it or holds
    a word the gate would name (the repair would take it out again)."""
    return next(
        (
            p
            for p in shown
            if _SERIOUS.search(_ASIDE.sub("", p.text))
            and _names_harm(p)
            and says_a_finding(p.text)
            and not _NOT_FOUND.search(p.text)
            and p.words <= MAX_HARM_WORDS
            and not leans(p)
            and not _unexplained_terms(p.text)
        ),
        None,
    )


MAX_HARM_RESULT_WORDS = 25  # a results sentence about harm shown in the body
# Words that say how often or how bad the harm was ("common", "rare", "mild", "no serious").
_HOW_HARMFUL = re.compile(
    r"\b(?:common|commonest|most common|rare|rarely|frequent|mild|moderate|serious|severe|no)\b",
    re.I,
)


def harm_result(
    candidates: list[PlainSentence],
    picked: list[PlainSentence],
    used: set[str],
    rank: Callable[[PlainSentence], tuple[bool | int, ...]],
) -> PlainSentence | None:
    """The results' main sentence about harm: the first-ranked of the `picked` results that
    speaks of harm, else one of the `candidates` that says what was found about side effects,
    safety or deaths (never one that only says they were reported), standing alone or with the
    sentence it leans on ("But side effects were more common"), or None."""
    shown = [p for p in picked if HARM.search(p.text) and not what_it_says(p.text).run]
    if shown:
        return min(shown, key=rank)
    options = [
        p
        for p in candidates
        if p.text not in used
        and HARM.search(p.text)
        and p.words <= MAX_HARM_RESULT_WORDS
        and not (leans(p) and _alone(p, candidates, picked, used))
        and not what_it_says(p.text).run
        and not re.search(r"\b(?:not|in(?:completely|adequately)|poorly) reported\b", p.text)
        and (
            what_it_says(p.text).direction or _HOW_HARMFUL.search(p.text)
        )  # what was found, not "reported"
    ]
    return min(options, key=rank) if options else None


def _alone(
    p: PlainSentence, candidates: list[PlainSentence], picked: list[PlainSentence], used: set[str]
) -> bool:
    """Whether the sentence a leaning `p` leans on cannot be shown beside it (not among the
    `candidates`, used elsewhere, or leaning itself). One already `picked` is shown: "X did
    not slow disability. It was linked with more side effects." keeps its harm (CD006643)."""
    before = antecedent(p, candidates)
    if before is None or leans(before):
        return True
    return before.text in used and before not in picked


# "The common side effects were A, B, C and D.": what the harms were, said as a list.
_HARM_LIST = re.compile(
    r"^(?P<lead>[^.;:()]*?\b)(?P<verb>were|was|are|is|included|include|includes)\s+"
    r"(?P<items>[^.;:()]+?)\.$"
)
_HARMS_SAID = re.compile(rf"{HARM.pattern}|\bunwanted effects\b", re.I)
_NEGATED = re.compile(r"\b(?:no|not|none|neither|without|fewer|less)\b", re.I)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ITEM = re.compile(r"[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){0,3}")
# An item that is no harm's name: a verb, a comparison, how common or bad the harms were
# ("Side effects were more common with X and Y", "were mild and included ...").
_NOT_NAMED = re.compile(
    r"\b(?:were|was|are|is|had|have|has|included?|occurred|led|with|than|between|among|in|"
    r"after|during|for|by|compared|versus|vs)\b|^(?:more|less|most|higher|lower|similar|"
    r"comparable|common|uncommon|rare|frequent|mild|moderate|severe|mostly|generally|reported|"
    r"seen|observed|the same|few|many|several|both|all|some)\b",
    re.I,
)
# The lead says which harms the list names: the common ones, the main ones, the ones seen.
_WHICH_HARMS = re.compile(r"\b(?:common|commonest|frequent|main|serious|severe)\b", re.I)
_INCLUDED = {"were": "included", "was": "included", "are": "include", "is": "includes"}


def plain_harm_list(p: PlainSentence) -> PlainSentence:
    """`p` with the harms in its list of harms that hold a word the gate would name left out,
    and "were" said as "included" ("The common side effects were diarrhoea, nausea, hair
    thinning, neutropenia and lymphopenia" -> "The common side effects included diarrhoea,
    nausea and hair thinning"): true of a part of the list, where the whole list with its
    words unexplained is cut by the repair, harms and all (CD009882's teriflunomide review).
    `p` as it is when it is no such list, none of its harms or all of them are hard."""
    m = _HARM_LIST.match(p.text)
    if m is None or not _HARMS_SAID.search(m["lead"]) or _NEGATED.search(m["lead"]):
        return p
    if not m["verb"].startswith("include") and not _WHICH_HARMS.search(m["lead"]):
        return p  # ("The side effects were A and B" may name them all: "included" is no less)
    items = _ITEM_SPLIT.split(m["items"])
    if len(items) < 2 or any(not _ITEM.fullmatch(i) or _NOT_NAMED.search(i) for i in items):
        return p  # (a clause, a figure or a bracket in the list: not a list of harms)
    kept = [i for i in items if not _unexplained_terms(i)]
    if not kept or len(kept) == len(items):
        return p
    said = kept[0] if len(kept) == 1 else f"{', '.join(kept[:-1])} and {kept[-1]}"
    verb = _INCLUDED.get(m["verb"], m["verb"])
    edited = measured(f"{m['lead']}{verb} {said}.", p.sources, p.order)
    return replace(edited, leans=p.leans, part=p.part)
