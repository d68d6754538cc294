"""Split a paper into sentences and give each one a role (background, aim, methods, results,
conclusion, limitation), from the abstract's headings when it has them and from cue words when
it has none.

A regular-expression splitter is used instead of pysbd: it is about a hundred times faster, and
abstracts use a small, known set of abbreviations with full stops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ..ingest import HEADINGS, NOT_FINDINGS, Source
from ..memo import SIZE, cached_list
from ..prefilter import search
from .numbers import drop_brackets
from .sequence import sequence_roles


class Role(StrEnum):
    """What a sentence does in an abstract."""

    BACKGROUND = "background"
    AIM = "aim"
    METHODS = "methods"
    RESULTS = "results"
    CONCLUSION = "conclusion"
    LIMITATION = "limitation"


@dataclass(frozen=True)
class Sentence:
    """One sentence of the source with its role and position (0-based)."""

    text: str
    role: Role
    index: int


_NO_SPLIT_BEFORE = re.compile(
    r"(?:\b(?:e\.g|i\.e|et al|vs|approx|ca|cf|etc|Fig|Figs|Ref|No|Dr|Mr|Mrs|Ms|Prof|St|spp|sp)"
    # an initial ("J. Smith"), never a unit's last letter ("509,921 IU/L. Her lung field ...")
    r"|\b(?<!/)[A-Z])\.$"
)
# The most characters a match of it takes: it is looked for only in that many at a piece's end.
_NO_SPLIT_WIDTH = 7
# A sentence starts with a capital or a digit, or with a name written with a small first letter
# and a capital after it ("eTRF also altered ...", "mRNA levels rose", "iPSCs were grown").
# A full stop with its space lost in the paper ("... low-quality evidence).The evidence suggests
# ..."): a sentence ends there too when a bracket closes before the stop or a common opening
# word follows it (never "e.g.The" or "C.elegans": a word of three letters before the stop).
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?(?:[A-Z0-9]|[a-z]{1,3}[A-Z]))"
    r"|(?:(?<=[a-z0-9%]\)\.)|(?<=[a-z]{3}\.))(?=(?:The|This|These|Those|We|Our|In|It|However|"
    r"There|Overall|Both|All|No|Most|Only|Patients|Participants)\s)"
)

_SECTION_ROLES = {
    "background": Role.BACKGROUND,
    "objective": Role.AIM,
    "methods": Role.METHODS,
    "results": Role.RESULTS,
    "conclusions": Role.CONCLUSION,
    "limitations": Role.LIMITATION,
}

# A design's own limit said in ordinary words: "Because treatment was not assigned at random,
# unmeasured differences between the groups may explain some of the results" (a cue of a
# limitation anywhere, and one that moves a sentence out of a headed conclusion).
_DESIGN_LIMIT = (
    r"\b(?:residual|unmeasured|unknown) (?:confounders|differences)\b"
    # what else may explain the result: "part of the benefit may come from expecting help"
    r"|\bpart of the (?:benefit|effect|improvement|difference|change)s? (?:may|might|could) "
    r"(?:come from|be due to|reflect|be explained by)\b"
    # the study said small or local in so many words, as a sentence of its own: "This was a small
    # study in one country" (after a finding's "but", the finding leads: "X may help, but the
    # trial was a small, open label trial" stays the authors' conclusion)
    r"|^(?:However,? )?(?:this|it|ours) was an? (?:[\w-]+,? ){0,2}?(?:small|pilot|short|"
    r"preliminary|exploratory|single-cent(?:re|er))(?:,? [\w-]+){0,2}? (?:study|trial|sample|"
    r"cohort|survey|series|analysis)\b"
    r"|\b(?:was|were) not (?:assigned|allocated|given) (?:at random|randomly)\b"
    # the design named as the reason a link may not be cause: "Because the data are
    # observational, the link ... may reflect other differences between women" (the lead's
    # hand-written v2 had it as why it matters)
    r"|^(?:Because|As|Since) (?:the |our |these )?(?:data|study|studies|design|analysis|findings)"
    r" (?:are|is|was|were) (?:\w+ )?observational\b"
    # where it was done, said as its limit: "The study was conducted in one country and
    # partners who had stopped caring were not included" (the lead's hand-written v6 had it
    # in why it matters)
    r"|^(?:However,? )?(?:the|this|our) (?:study|trial|survey|work|research) (?:was|were) "
    r"(?:only )?(?:conducted|done|carried out|performed|undertaken) (?:only )?in (?:one|a single)"
    r" (?:country|centre|center|hospital|clinic|city|region|site)\b"
    # no group to compare with: "Because there was no sham control, ...", "the lack of a control
    # group means ..."
    r"|\b(?:there (?:was|were) no|without an?|in the absence of an?|(?:the )?lack of an?|"
    r"(?:the )?absence of an?) (?:sham|placebo|control|comparison|untreated)(?: (?:control|"
    r"group|arm|condition))?\b"
    # a limit in ordinary words (the lead's hand-written t1, t2, t5, t6, t9: each was carried
    # into why it matters as if it were a finding): "so they were not blinded", "the extension
    # was not randomised or blinded", "The study was short", "relies on assumptions that cannot
    # be fully tested", "in ways not captured by our data", "Because the study was observational"
    r"|\b(?:was|were) not (?:randomi[sz]ed|blinded|masked)(?: or (?:blinded|masked))?\b"
    r"|\b(?:the|this|our) (?:study|trial|follow-up|extension) was (?:short|brief|small)\b"
    r"|\brel(?:y|ies|ied) on assumptions\b|\bassumptions that (?:cannot|could not) be\b"
    r"|\b(?:not|never) (?:captured|measured|recorded) (?:by|in) (?:our|the) data\b"
    r"|^(?:because|as|since) (?:the|this|our) (?:study|analysis|design|data|trial|cohort) "
    r"(?:was|were) (?:observational|retrospective|cross-sectional|uncontrolled|open[- ]label)\b"
    # "The number of exposed pregnancies limits precision for rare outcomes" (u8)
    r"|\blimit(?:s|ed)? (?:the )?(?:precision|power|generali[sz]ability|interpretation)\b"
    # "As a qualitative study of 24 people, the findings describe experiences ..." (t4)
    r"|^(?:as|being) an? (?:qualitative|small|pilot|observational|retrospective|cross-sectional|"
    r"uncontrolled|single-cent(?:re|er)) (?:study|trial|survey|analysis|series)\b"
)

_CUES: list[tuple[Role, re.Pattern[str]]] = [
    (
        Role.LIMITATION,
        re.compile(
            r"\blimitations?\b|\blimited by\b|\bsmall (?:sample|number|studies)\b|\brisk of bias\b"
            r"|\b(?:low|very low|moderate)[- ](?:quality|certainty)\b"
            r"|\bquality of (?:the )?evidence"
            r"|\bcertainty of (?:the )?evidence|\binterpreted with caution\b|\bwith caution\b"
            r"|\binsufficient evidence\b|\bnot enough evidence\b|\bfew (?:studies|trials)\b"
            # how little there was, said of the evidence: "Evidence for children was sparse"
            r"|\b(?:evidence|data)\b[^.;]{0,60}\b(?:was|were|is|are|remains?) (?:very |too )?"
            r"(?:sparse|scarce)\b"
            r"|\bmethodological (?:quality|limitations|problems|flaws)\b"
            # a single study's own limits said in ordinary words: "we cannot say whether
            # staffing causes burnout", "may not reflect those elsewhere", "Because this was an
            # observational study, ...", "The results depend on assumptions about ..."
            r"|\b(?:cannot|could not|can ?not) (?:say|rule out|exclude|tell|determine|establish"
            r"|prove|show (?:that|what|whether|cause))\b|\b(?:residual|unmeasured) confounding\b"
            r"|\bmay not (?:reflect|represent|apply\b|be generali[sz]able|generali[sz]e"
            r"|be representative)\b"
            # who took part, said as a limit: "Because the sample was self-selected, ..."
            r"|\bself-selected\b|\bconvenience sample\b"
            r"|\bdepends? on (?:the |our )?assumptions\b"
            rf"|{_DESIGN_LIMIT}"
            r"|^(?:because|as|since) (?:this|it|ours) was an? (?:observational|retrospective"
            r"|cross-sectional|small|pilot|single-cent(?:re|er))\b",
            re.I,
        ),
    ),
    (
        Role.CONCLUSION,
        re.compile(
            r"^(?:in conclusion|in summary|overall|taken together|together|collectively|thus"
            r"|therefore|these (?:results|findings|data|observations)|our (?:results|findings|data)"
            r"|this (?:study|work|review) (?:shows|suggests|demonstrates|provides|indicates"
            r"|highlights)"
            r"|we conclude|we propose|we suggest)\b|\b(?:suggest|suggests|indicate|indicates)"
            r" that\b|\bfurther (?:research|studies|trials) (?:is|are)\b|\bimplications?\b",
            re.I,
        ),
    ),
    (
        Role.AIM,
        re.compile(
            r"^(?:to (?:assess|evaluate|determine|examine|investigate|compare|explore|test|"
            r"identify|describe|review|study|measure|characteri[sz]e))\b|\b(?:we|this study|the "
            r"present study|this review|the aim|our aim|our objective|the objective|the purpose)"
            r" (?:was |is |were )?(?:aimed|aims|to|sought|set out|investigated whether)\b"
            r"|\bhere,? we\b|\bwe (?:hypothesi[sz]ed|asked whether|tested whether)\b",
            re.I,
        ),
    ),
    (
        Role.METHODS,
        re.compile(
            r"\bwe (?:searched|recruited|enrolled|included|used|performed|conducted|analy[sz]ed"
            r"|measured|collected|extracted|assessed|generated|treated|randomi[sz]ed|followed)\b"
            r"|\b(?:were|was) (?:\w+ly )?(?:randomi[sz]ed|recruited|enrolled|assigned|allocated"
            r"|collected"
            r"|measured|assessed|treated|followed|included)\b|\bdata (?:were|was)\b"
            r"|\bselection criteria\b|\bwe selected\b|\btwo (?:review )?authors\b",
            re.I,
        ),
    ),
    (
        Role.RESULTS,
        re.compile(
            r"\bwe (?:found|observed|identified|showed|demonstrated|detected|report)\b"
            r"|\b(?:was|were) (?:associated|linked|observed|found|higher|lower|reduced|increased"
            r"|decreased|improved|similar|more|less)\b"
            r"|\bno (?:significant )?(?:differences?|effects?|evidence)\b"
            r"|\bdid not (?:differ|change)\b"
            r"|\b(?:reduced|increased|decreased|improved|showed|led to|resulted in)\b"
            r"|\bcompared (?:with|to)\b|\bmet the (?:inclusion|selection) criteria\b",
            re.I,
        ),
    ),
]


# What earlier work found or left open: the scene, never this study's finding.
OTHERS_WORK = re.compile(
    r"\b(?:studies|research|reports?|evidence|trials|it) (?:have|has) (?:\w+ )?(?:suggested|"
    r"shown|reported|demonstrated|found)\b|\blittle is known\b|\bit is (?:well |now )?known\b"
    r"|\bprevious(?:ly)?\b|\bha(?:s|ve) been (?:shown|reported|suggested)\b",
    re.I,
)
# A limitation named inside the results or conclusions: only these cues move a sentence there.
# An evidence grade ("moderate-quality evidence that X did not help") stays a finding.
_STRONG_LIMIT = re.compile(
    r"\blimitations?\b|\blimited by\b|\bsmall (?:sample|number of (?:participants|patients|"
    r"people|studies|trials))|\binterpreted with caution\b|\bwith caution\b|\brisk of bias\b"
    r"|\bmethodological (?:quality|limitations|problems|flaws)\b"
    rf"|\b(?:residual|unmeasured|unknown) confounding\b|{_DESIGN_LIMIT}"
    # no blinding said by what it does: "could be influenced by the observer's knowledge of
    # the assigned treatment"
    r"|\bknowledge of (?:the )?(?:assigned|allocated|received) (?:treatment|intervention|group)",
    re.I,
)


def _limit_inside(text: str) -> bool:
    return search(_STRONG_LIMIT, drop_brackets(text))


# A conclusion with its limit in a clause after it: "X may be used safely, although our
# conclusions are limited by small numbers": the finding leads, the limit follows.
_LIMIT_CLAUSE = re.compile(r",\s+(?:although|though|but)\s+", re.I)


def _finding_then_limit(text: str) -> bool:
    """Whether the sentence states something with no limit in it, then its limit after ", although"
    or ", but": drafted as the authors' conclusion, its limit split off to the limitations."""
    m = _LIMIT_CLAUSE.search(text)
    return (
        m is not None
        and not _limit_inside(text[: m.start()])
        and _limit_inside(text[m.end() :])
        and len(text[: m.start()].split()) >= 5
    )


# A limitation found, said in a sentence that otherwise reads as how the study was done ("Most
# were small, and most were at high risk of bias"), not how it was judged ("We assessed the risk
# of bias").
_FOUND_LIMIT = re.compile(
    r"\b(?:high|unclear|serious|some|considerable|substantial) risk of bias\b"
    r"|\b(?:were|was) (?:\w+ )?small\b|\bsmall (?:sample|numbers? of)\b|\blimited by\b",
    re.I,
)


# How sure the evidence is, said of no finding: "Evidence quality was rated as moderate".
_RATED = re.compile(
    r"^(?!.*\b(?:high|moderate|low),? (?:moderate|low|or|and)\b)"  # a scale, not a rating
    r".*\b(?:evidence|quality|certainty)\b[^.]{0,40}\b(?:rated|graded|judged|downgraded|"
    r"assessed) (?:as |to be )?(?:high|moderate|low|very low)\b",
    re.I,
)


# How many left the study, said for itself ("Of the 140 adults, 31 dropped out"), not compared
# between groups (a result on how well a treatment was borne).
_DROPOUTS = re.compile(
    r"^(?!.*\b(?:than|compared|versus|vs|between|groups?|arms?|analy[sz]\w*|intention)\b)"
    r".*\b(?:dropped out|"
    r"lost to follow-?up|withdrew|were withdrawn)\b",
    re.I,
)


# A gap in what the studies covered, said where the authors sum up ("Most participants had one
# disease and no studies examined the effect in other newborns"): a limit of the evidence, not
# the finding (read as a conclusion, it headed a review whose result was another).
_NOT_STUDIED = re.compile(
    r"\bno (?:other )?(?:studies|trials|study|trial|data) (?:have |has )?(?:examined|assessed|"
    r"evaluated|investigated|looked at|addressed|included|considered)\b",
    re.I,
)


def _limit_unheaded(text: str, role: str) -> bool:
    """Whether a sentence of an abstract without headings, in the part `role` its wording and
    place give it, is a limitation: in the results or conclusions, any cue of a limitation
    (the evidence's quality too: a graded finding is made a conclusion again in the drafting,
    `plain/material.py`); in the methods, only a limitation found."""
    text = drop_brackets(text)
    if role == Role.METHODS:
        return search(_FOUND_LIMIT, text)
    if role == Role.CONCLUSION and search(_NOT_STUDIED, text):
        return True
    return search(_CUES[0][1], text) or search(_RATED, text) or search(_DROPOUTS, text)


# What a second half cut from a conclusion ("..., but X") says of the study's data, not of the
# finding: "But reports to a safety database are voluntary and may be incomplete."
_DATA_LIMIT = re.compile(
    r"\bmay be (?:incomplete|biased|under-?reported)\b|\b(?:are|were|is|was) voluntary\b"
    r"|\b(?:number of (?:participants|patients|people|studies|trials)|sample(?: size)?|"
    r"follow-?up) (?:is|was|were) (?:too |very |rather |relatively )?(?:small|short|limited)\b"
    # what the study left out: "..., which this study did not assess", "effects on the baby were
    # not measured" (as written, or after the plain words: "did not check")
    r"|\b(?:this|the|our) (?:study|trial|analysis|cohort|survey) did not (?:assess|examine|"
    r"measure|evaluate|address|include|study|check|look at)\b"
    r"|\b(?:were|was) not (?:assessed|examined|measured|evaluated|studied|checked|recorded)\b"
    # who the study was confined to: "the analysis was limited to people of European ancestry",
    # "the study was restricted to women"
    r"|\b(?:this|the|our) (?:study|trial|analysis|analyses|cohort|survey|sample|data) "
    r"(?:was|were|is|are) (?:limited|restricted|confined) to\b",
    re.I,
)


def limit_after_finding(piece: str) -> bool:
    """Whether a piece split off after a conclusion's finding ("But X") names a limit of the
    study (a limitation cue, or `_DATA_LIMIT`) rather than a second finding."""
    text = drop_brackets(piece)
    return search(_CUES[0][1], text) or search(_DATA_LIMIT, text)


def names_a_limit(text: str) -> bool:
    """Whether `text` names a limitation outright ("small sample", "risk of bias"), not only an
    evidence grade that qualifies a finding ("moderate-quality evidence that X helped")."""
    return _limit_inside(text)


@cached_list  # a paper's text is split again by each part that reads its sentences
def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, in order, with whitespace tidied."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=[A-Z])", text):
        block = " ".join(block.split())
        if not block:
            continue
        start = 0
        for m in _BOUNDARY.finditer(block):
            # an abbreviation's full stop ends the piece: only its last characters are read
            # (the character before them too, for \b, as the piece itself would show it)
            end = m.start()
            if _NO_SPLIT_BEFORE.search(block, max(start, end - _NO_SPLIT_WIDTH), end):
                continue
            piece = block[start : m.end()].strip()
            if piece:
                out.append(piece)
            start = m.end()
        tail = block[start:].strip()
        if tail:
            out.append(tail)
    return out


def _by_inline_labels(texts: list[str]) -> list[Sentence]:
    out: list[Sentence] = []
    current: Role | None = None
    skipping = False  # inside a funding or registration part: not a finding
    for text in texts:
        name = _label_name(text)
        if name is not None:
            skipping = name in NOT_FINDINGS
        if skipping:
            continue
        current = _label_role(text) or current
        role = current or cue_role(text) or Role.BACKGROUND
        if current in (Role.RESULTS, Role.CONCLUSION) and _limit_inside(text):
            role = Role.LIMITATION
        out.append(Sentence(text, role, len(out)))
    return out


@lru_cache(maxsize=SIZE)
def cue_role(sentence: str) -> Role | None:
    """The role cue words give a sentence, if any (the first matching cue wins). Bracketed
    asides do not count: "(low-certainty evidence)" after a result does not make it a limit."""
    sentence = drop_brackets(sentence)
    limitation, cue = _CUES[0]
    if search(cue, sentence):  # (the limitation cue, through prefilter: a fifth of the time)
        return limitation
    for role, pattern in _CUES[1:]:
        if pattern.search(sentence):
            return role
    return None


_INLINE_LABEL = re.compile(r"^(?P<head>[A-Z][A-Za-z ,'/&-]{1,48}?)\s*:\s+")


def _label_name(sentence: str) -> str | None:
    """The section an inline heading at the start of a sentence names ("Methods: We ...")."""
    m = _INLINE_LABEL.match(sentence)
    return HEADINGS.get(" ".join(m["head"].lower().split())) if m else None


def strip_inline_label(sentence: str) -> str:
    """`sentence` without the inline heading at its start, when it has one that names a section
    ("Methods: We ..." -> "We ..."); any other text before a colon stays."""
    m = _INLINE_LABEL.match(sentence)
    return sentence[m.end() :] if m and _label_name(sentence) is not None else sentence


def _label_role(sentence: str) -> Role | None:
    """The role an inline heading at the start of a sentence gives."""
    name = _label_name(sentence)
    return _SECTION_ROLES.get(name) if name else None


def classify(source: Source) -> list[Sentence]:
    """Every sentence of `source` with a role, in reading order.

    Headings decide when the abstract has at least two kinds of them; inline headings at the
    start of a sentence switch the role too; otherwise cue words and position decide.
    """
    labelled = {s.name for s in source.sections if s.name in _SECTION_ROLES}
    texts = split_sentences(source.text)
    if len(labelled) < 2 and sum(1 for t in texts if _label_role(t)) >= 2:
        return _by_inline_labels(texts)
    out: list[Sentence] = []
    if len(labelled) >= 2:
        for section in source.sections:
            if section.name in NOT_FINDINGS:
                continue
            base = _SECTION_ROLES.get(section.name)
            for text in split_sentences(section.text):
                role = base or cue_role(text) or Role.BACKGROUND
                # Limitations named inside results or conclusions are still limitations.
                # (a conclusion that states a finding, then its limit, stays a conclusion: the
                # limit is split off from it in the drafting, `plain/material.py`)
                if base in (Role.RESULTS, Role.CONCLUSION) and _limit_inside(text):
                    if not (base == Role.CONCLUSION and _finding_then_limit(text)):
                        role = Role.LIMITATION
                out.append(Sentence(text, role, len(out)))
        return out
    roles = sequence_roles(texts, _limit_unheaded)
    return [
        Sentence(text, Role(role), i)
        for i, (text, role) in enumerate(
            (t, r) for t, r in zip(texts, roles, strict=True) if r is not None
        )
    ]
