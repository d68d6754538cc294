"""Compose the four sections of an offline draft, each sentence with its evidence link.

Every sentence is either a source sentence with vetted edits (`simplify`), a sentence built from
facts parsed out of one source sentence (`facts`, `limits`), or a fixed frame (`frames`).
What the study did: the design frame, the study's size, its aim, how it was done and its main
results, in the paper's order. Why it matters: the authors' conclusion (never the background),
the not-about-MS statement when it applies, the care-team pointer. Limitations: the design's
caveat and the limitations the paper states.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..design import DesignInfo, score_designs
from ..ingest import Source
from ..schemas import StudyDesign
from .abbreviations import Expander, find_definitions, known_abbreviations
from .facts import Fact, search_date, study_facts
from .frames import (
    DESIGN_NAMED,
    DOCTOR,
    NO_PEOPLE,
    SMALL_STUDY,
    about_germs_alone,
    caveats,
    design_sentence,
)
from .headline import FINDING, PROCEDURE, SIDE_POINT, Headline, choose_headline, name_ms
from .limits import StatedLimit, evidence_size, stated_limits
from .lines import Line
from .numbers import count_value, drop_brackets, strip_statistics
from .relevance import FUTURE as _FUTURE
from .relevance import why_it_matters
from .sentences import Role, cue_role, names_a_limit
from .simplify import (
    AUXILIARIES,
    CONCLUSION_MAX_WORDS,
    HARD_MAX_WORDS,
    PlainSentence,
    measured,
    plain_sentences,
    strip_label,
)
from .source import SourceSentence, source_sentences
from .topic import aim_topic

__all__ = ["DOCTOR", "Line", "Material", "compose", "gather", "says_a_finding", "search_date"]

MAX_DID_WORDS = 150
KEEP_RESULTS = 2  # the first results an abstract gives are its main ones: kept over the grade
CLEAR_DESIGN = 7.0  # cue total a design needs before a sentence names it
MAX_WHY_WORDS = 90
# A result that says which way things went is kept whole up to this length: a main result left
# out costs more than a long sentence the gate names.
RESULT_MAX_WORDS = 40
MAX_LIMIT_WORDS = 90

_AIM_LEAD = re.compile(
    r"^(?:(?:the|our|this) )?(?:main |primary )?(?:aims?|objectives?|purposes?|goals?)"
    r"(?: of (?:this|the|our)(?: present)? (?:study|review|work|trial|analysis))?"
    r" (?:was|were|is|are) (?:to )?"
    r"|^(?:this|the present|our) (?:study|review|work|trial) (?:aimed|aims|sought|set out) to "
    r"|^we (?:aimed|sought|set out|wanted) to |^to (?=[a-z]+ )",
    re.I,
)
_MS_SENTENCE = re.compile(r"\bMS\b|multiple sclerosis|demyelinat", re.I)
# "people with MS or spinal cord injury": MS is one of the conditions studied, not the only one
_MS_AMONG_OTHERS = re.compile(
    r"\b(?:MS|multiple sclerosis)\b,? (?:or|and) (?!(?:\w+ )?(?:their|carers|caregivers|famil))"
    r"|\b(?:or|and|,) (?:MS|multiple sclerosis)\b",
    re.I,
)
_ANIMAL_WORDS = [
    (re.compile(r"\bmice\b|\bmouse\b|\bmurine\b", re.I), "mice"),
    (re.compile(r"\brats?\b", re.I), "rats"),
    (re.compile(r"\bzebrafish\b|\bmedaka\b", re.I), "fish"),
    (re.compile(r"\bmonkeys?\b|\bmacaques?\b|\bmarmosets?\b", re.I), "monkeys"),
    (re.compile(r"\bdrosophila\b|\bfruit flies\b", re.I), "flies"),
    (re.compile(r"\bc\. elegans\b|\bnematodes?\b", re.I), "worms"),
]
LEANS_BACK = re.compile(
    r"^(?:But )?(?:(?:This|These|That|Those|It|They|Its|Their|Such|"
    r"(?<=But )(?:this|these|that|those|it|they|its|their|such))\b"
    r"(?! (?:\w+ )?(?:review|study|trial|analysis|work|paper|research) )"
    r"|(?:(?:One|Two|Three|Four|Five|Six|Some|Most|All|None|Many|Several|Half|\d+) of "
    r"(?:these|them|those|the other|the remaining)|Both|Also|Another|The other|Again|Among them|"
    r"Of these|In these|In this group|Then|Thus|By contrast|In contrast|Likewise|Similarly|"
    r"Consequently|Conversely|Accordingly|Moreover|Furthermore|"
    r"(?<=But )(?:both|another|the other))\b)"
)
# "these persons", "those patients" inside a sentence: who they are was said in the sentence
# before, so the sentence is shown only right after it.
LEANS_INSIDE = re.compile(
    r"(?<!^)\b(?:these|those) (?:[\w-]+ )?(?:persons|people|patients|participants|children|"
    r"women|men|adults|individuals|subjects|groups|cases|drugs|medicines|treatments|"
    r"interventions|agents|therapies|programmes|programs|measures|changes|factors|benefits|"
    r"effects|findings|results|outcomes)\b"
    r"|(?<!^)\b(?:this|that) (?:ratio|dose|combination|regimen|approach|strategy|pathway|"
    r"mechanism|subgroup)\b",
    re.I,
)


def leans_back(text: str) -> bool:
    """Whether a sentence leans on the one before it: a leaning start ("This", "But they",
    "Both") or a pointer inside it ("Regular checks of these persons are advised")."""
    return bool(LEANS_BACK.match(text) or LEANS_INSIDE.search(text))


# "The high quality trial on counselling found ...": in a review of several studies, one study
# named as if the reader had met it; never shown without the sentence that introduced it.
ONE_OF_MANY = re.compile(
    r"^(?:But )?(?:The|This|That) (?:[\w-]+ ){0,4}(?:trial|study|RCT)\b"
    r"(?! (?:authors|team|protocol|search|selection)\b)"
)


# A result that says which way things went: helped, no clear difference, harm.
DIRECTION = re.compile(
    r"\b(?:no (?:\w+ )?(?:effect|difference|benefit|evidence|change|improvement|increase|"
    r"reduction)s?|little (?:or|to) no|did not|does not|do not|not (?:differ|improve|reduce|"
    r"change|increase|affect|show)|neither|reduc\w*|improv\w*|increas\w*|decreas\w*|lower|"
    r"higher|fewer|less|more likely|less likely|benefit\w*|worse|better|harm\w*|prevent\w*|"
    r"safe|effective|helpful|drop|rise|leads? to|similar|"
    r"(?:more|fewer|less|greater|larger|smaller|thicker|thinner|faster|slower|longer|shorter|"
    r"stronger|weaker)(?: [\w-]+){0,4} than|"
    r"(?:clear|significant|beneficial|positive|negative|small|moderate|large|strong) "
    r"(?:\w+ )?(?:effects?|benefits?|improvements?))\b",
    re.I,
)
# Setup and bookkeeping: how terms were defined, which data some studies reported, how the
# studies were grouped, that nothing was pooled. Never the aim or a finding.
_SETUP = re.compile(
    r"\bfor the purposes? of this\b|\b(?:was|were) defined as\b|\bdefinitions? of\b"
    r"|\b(?:data|results|outcomes?) (?:\w+ )?(?:were|was) (?:only )?(?:reported|available|"
    r"collected|extracted) (?:in|for|from|by) (?:\S+ )?(?:\w+ )?(?:trials|studies)\b"
    r"|\bno (?:meta-analysis|pooling|pooled analysis) was\b|\bfell into\b|\bmain groups\b"
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
    r"method|procedure|measure|scale|hormone|protein)s?\b",
    re.I,
)
# A call for more research: never a result, whatever benefit it hopes for.
_RESEARCH_CALL = re.compile(
    r"\b(?:studies|trials|research|work)\b[^.]{0,40}\b(?:are|is) (?:still )?(?:needed|required|"
    r"warranted)\b",
    re.I,
)
# What some studies looked at, with no word of what they found ("Two studies checked the
# benefit of X"): it says what was compared, never the result.
_DESCRIBES = re.compile(
    r"^(?:The |All |Both |These |Most )?(?:[\w-]+ ){0,5}(?:studies|trials|study|trial|RCTs?) "
    r"(?:\w+ )?(?:checked|evaluated|assessed|compared|looked at|tested|examined|investigated|"
    r"studied|measured)\b(?![^.]*\b(?:found|showed|shown|but|did not|no (?:clear )?difference|"
    r"reduced|improved|increased|lowered)\b)",
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
    r"(?:tested|used|measured|reported on) [^.]{0,40}(?:levels|scales?)\b(?! (?:fell|rose)))",
    re.I,
)
_REVIEWS = (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW)
# What a stated limitation says, in the words a sentence of the paper already shown may use.
_ALREADY_SAID = {
    "dropouts": re.compile(r"\bdrop(?:ped|ping)? ?out|\battrition\b|\bwithdr[ae]w", re.I),
    "small": re.compile(r"\bsmall (?:number|sample)|\bfew (?:people|participants|patients)", re.I),
    "short": re.compile(r"\bshort\b[^.]{0,20}\bfollow-?up\b", re.I),
    "bias": re.compile(r"\b(?:bias|flaws?)\b", re.I),
    "more_research": re.compile(
        r"\b(?:more|further|future|larger) (?:research|studies|trials)", re.I
    ),
}


@dataclass
class Material:
    """A paper's sentences, edited and sorted by role, and the facts parsed from it."""

    design: DesignInfo
    sentences: list[SourceSentence] = field(default_factory=list)
    by_role: dict[Role, list[PlainSentence]] = field(default_factory=dict)
    animals: str = "animals"
    facts: list[Fact] = field(default_factory=list)
    limits: list[StatedLimit] = field(default_factory=list)
    ms_link: list[PlainSentence] = field(default_factory=list)
    topic: tuple[str, int] | None = None
    design_clear: bool = True  # the design's cues are strong enough to name it in a sentence
    # Sentences of a headingless abstract that only set the scene: drafted only when a section
    # would otherwise have nothing of the paper's own (never as a finding or a headline).
    context: list[PlainSentence] = field(default_factory=list)


def animals_in(text: str) -> str:
    """Plain name of the animals a paper studied (mice, rats, fish ...), or "animals"."""
    counts = [
        (len(pattern.findall(text)), -i, name) for i, (pattern, name) in enumerate(_ANIMAL_WORDS)
    ]
    best = max(counts)
    return best[2] if best[0] else "animals"


# An objective written as a bare instruction ("Identify and summarise the evidence that ..."):
# under an Objectives heading it is the aim, and "wanted to" makes it a whole sentence.
_IMPERATIVE_AIM = re.compile(
    r"^(?:identify|assess|evaluate|determine|compare|examine|investigate|review|summari[sz]e|"
    r"describe|explore|quantify|estimate|measure|test|find|establish|analy[sz]e|appraise|"
    r"synthesi[sz]e|systematically|update)\b",
    re.I,
)


def _aim(text: str, review: bool, objective: bool = False) -> str:
    m = _AIM_LEAD.match(text)
    if re.search(r",\s+(?:we|the researchers|they|our)\b", text, re.I):
        return text  # "To test X, we did Y" has its own main clause
    who = "The review authors" if review else "The researchers"
    if not m:
        if objective and _IMPERATIVE_AIM.match(text):
            return f"{who} wanted to {text[0].lower()}{text[1:]}"
        return text
    return f"{who} wanted to {text[m.end() :]}"


# The head of a long aim: "... wanted to assess the effectiveness and safety of teriflunomide",
# without the comparisons and settings after it ("as monotherapy versus placebo or ... for
# modifying the disease course"): still true, and short enough to read.
_AIM_HEAD = re.compile(
    r"^(?P<head>(?:The review authors|The researchers) wanted to (?:assess|evaluate|determine|"
    r"compare|examine|investigate|review|find out|look at|check|study|explore|measure|estimate|"
    r"describe|summari[sz]e|identify|establish|quantify|test|analy[sz]e|appraise)"
    r"(?: and (?:safety|harms|side effects))? (?:the )?"
    r"(?:[\w-]+,? (?:and |or )?){0,6}?(?:effects?|effectiveness|efficacy|safety|benefits?|harms?|"
    r"value|role|use|impact|accuracy|tolerability|side effects) of (?!the (?:following|use)\b)"
    r"(?P<what>[^,;()]+?))(?= (?:as|versus|vs\.?|compared|for|in|among|on|with|alone|plus|when|"
    r"by|to|at|during|after|before)\b|[,;(])"
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


def short_aim(text: str, compact: bool = False) -> str | None:
    """The head of a long aim as its own sentence, with the whole of its last "for whom / for
    what" phrase when that is short ("... of teriflunomide in people with MS."), or None when
    the aim has no clear head; `compact` says only what was studied ("The review authors
    looked at teriflunomide in people with MS.")."""
    m = _AIM_HEAD.match(text)
    if not m or len(m["what"].split()) > 8:
        return None
    head = m["head"]
    if compact:
        head = text[: text.index(" wanted to ")] + " looked at " + m["what"]
    rest = text[m.end() :]
    for start in (t.start() for t in re.finditer(r" (?=for |in |among |to )", rest)):
        tail = _AIM_TAIL.fullmatch(rest, start)
        if tail and len(tail.group(0).split()) <= MAX_TAIL_WORDS:
            return head + tail.group(0).rstrip(".") + "."
    if compact and rest.strip(" ."):
        return None  # "looked at X" without the condition it was for says too little
    return head + "."


_HEADED_ROLES = frozenset({"background", "objective", "methods", "results", "conclusions"})
_FOUND_ROLES = (Role.AIM, Role.METHODS, Role.RESULTS, Role.CONCLUSION)
_OWN_WORK = re.compile(
    r"\b(?:we|our|here)\b|\bth(?:is|e present) (?:study|trial|review|work|paper|article)\b", re.I
)


# What earlier work found or left open: the scene, never this study's finding.
_OTHERS_WORK = re.compile(
    r"\b(?:studies|research|reports?|evidence|trials|it) (?:have|has) (?:\w+ )?(?:suggested|"
    r"shown|reported|demonstrated|found)\b|\blittle is known\b|\bit is (?:well |now )?known\b"
    r"|\bprevious(?:ly)?\b|\bha(?:s|ve) been (?:shown|reported|suggested)\b",
    re.I,
)


def background_by_position(source: Source, sentences: list[SourceSentence]) -> set[int]:
    """Sentences of an abstract without headings that were called results only for where they
    stand, before anything marks the study's own work (an aim, a method, a cue word of a
    result or a conclusion): they are the paper's background, never presented as a finding."""
    if {sec.name for sec in source.sections} & _HEADED_ROLES:
        return set()
    if sum(strip_label(s.text) != s.text for s in sentences) >= 2:
        return set()  # inline headings ("Methods: ...") gave the roles
    first_cued = next(
        (
            s.index
            for s in sentences
            if (cue_role(strip_label(s.text)) in _FOUND_ROLES and not _OTHERS_WORK.search(s.text))
            or _OWN_WORK.search(s.text)
        ),
        None,
    )
    return {
        s.index
        for s in sentences
        if s.role == Role.RESULTS
        and (cue_role(s.text) is None or _OTHERS_WORK.search(s.text))
        and not _OWN_WORK.search(s.text)
        and (first_cued is None or s.index < first_cued)
    }


# In an abstract without headings, cue words alone gave the roles: a graded finding ("There is
# moderate quality evidence that X helps") and the authors' own "we conclude" are conclusions.
_GRADED_FINDING = re.compile(
    r"\bevidence\b(?: \w+){0,3} "
    r"(?:to (?:suggest|show|support)|that|suggests?|shows?|of (?:a|an|no))\b",
    re.I,
)
_CONCLUDED = re.compile(
    r"\b(?:we|the (?:review )?authors|our (?:review|study|analysis)|this (?:review|study))"
    r" (?:conclude[sd]?|concluded that)\b|^our interpretation is\b",
    re.I,
)


def _drafting_role(s: SourceSentence, headed: bool) -> Role:
    """The role a sentence is drafted in: its own, except that in an abstract without headings
    a graded finding or the authors' stated conclusion is a conclusion."""
    if headed or s.role == Role.BACKGROUND:
        return s.role
    text = strip_label(s.text)
    if _CONCLUDED.search(text):
        return Role.CONCLUSION
    if s.role == Role.LIMITATION and _GRADED_FINDING.search(text) and not names_a_limit(text):
        return Role.CONCLUSION
    return s.role


# The study's own aim said in its background: "The present study investigated whether ...",
# "This publication assesses the role of ...".
_OWN_AIM = re.compile(
    r"^(?:The present|The current|This|Our) (?:study|trial|review|work|paper|publication|"
    r"analysis|research) (?P<verb>investigated|investigates|examined|examines|assessed|"
    r"assesses|evaluated|evaluates|explored|explores|tested|tests|(?:aimed|aims|sought|seeks) "
    r"to)\b",
    re.I,
)


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
_LOOKED_AT = re.compile(r"^(?:The review authors|The researchers) looked at (?P<what>.+)\.$")
# A verb inside what was studied means the match ran into a clause ("X in children remain
# uncertain", "a model suggested a benefit"): never a thing studied.
_CLAUSE_VERB = re.compile(
    rf"\b(?:{AUXILIARIES}|be|been|being|remains?|remained|suggests?|suggested|shows?|showed|"
    r"shown|found)\b",
    re.I,
)
_ELSEWHERE = re.compile(
    r"\b(?:recent|previous|prior|earlier|other|existing) (?:\w+ )?(?:evidence|studies|research|"
    r"trials|reviews?)\b|\bthere has been\b|\b(?:is|are) (?:widely |commonly )?used\b",
    re.I,
)


def studied_from(sentences: list[SourceSentence], review: bool) -> tuple[str, int] | None:
    """For a paper with no aim of its own (an abstract that opens with its results): what was
    studied and for what, read from its first conclusion or result that names both ("The
    review authors looked at physostigmine for the symptomatic treatment of Alzheimer's
    disease."), with the sentence it came from; None when none names both."""
    who = "The review authors" if review else "The researchers"
    order = [s for s in sentences if s.role in (Role.CONCLUSION, Role.LIMITATION)] + [
        s for s in sentences if s.role == Role.RESULTS
    ]
    for s in order:
        if _OTHERS_WORK.search(s.text) or _ELSEWHERE.search(s.text):
            continue  # "recent evidence for X in Y" is other work, not what this one studied
        m = _STUDIED.search(drop_brackets(strip_label(s.text)))
        if m is None:
            continue
        if (
            re.search(r"\b(?:whom|which|that|who|whose)\b", m["tail"])
            or DIRECTION.match(m["what"])
            or _CLAUSE_VERB.search(f"{m['what']} {m['tail']}")
        ):
            continue  # a clause cut in half, or a result ("reduced recurrence"), not a thing
        text = f"{who} looked at {m['what']} {m['tail']}."
        if len(text.split()) <= MAX_STUDIED_WORDS:
            return text, s.index
    return None


def gather(source: Source, design: DesignInfo) -> Material:
    """Edit every sentence of `source` and sort the results by role."""
    review = design.design in _REVIEWS
    definitions = {
        k: v
        for k, v in find_definitions(source.full_text).items()
        if k not in known_abbreviations()
    }
    expand = Expander(definitions)
    sentences = source_sentences(source)
    material = Material(design=design, sentences=sentences)
    order = 0
    background = background_by_position(source, sentences)
    headed = bool({sec.name for sec in source.sections} & _HEADED_ROLES)
    has_aim = any(s.role == Role.AIM for s in sentences)
    for s in sentences:
        text = strip_label(s.text)
        bare_aim = bool(re.match(r"^To [a-z]+ ", text))
        if s.role == Role.BACKGROUND and not has_aim and _OWN_AIM.match(text):
            has_aim = True  # "The present study investigated whether X helps Y": its aim
            who = "The review authors" if review else "The researchers"
            m = _OWN_AIM.match(text)
            assert m is not None
            verb = "wanted to" if m["verb"].lower().endswith("to") else "looked at"
            text = f"{who} {verb} {text[m.end() :].lstrip()}"
            for p in plain_sentences(text, review, (s.index,), expand):
                material.by_role.setdefault(Role.AIM, []).append(
                    PlainSentence(**{**p.__dict__, "order": order})
                )
                order += 1
            continue
        if s.index in background:
            for p in plain_sentences(text, review, (s.index,), expand):
                material.context.append(PlainSentence(**{**p.__dict__, "order": -1}))
            continue
        if (s.role == Role.BACKGROUND and not bare_aim) or (review and s.role == Role.METHODS):
            continue  # never drafted from: why it matters comes from the conclusions
        role = Role.AIM if bare_aim and s.role == Role.BACKGROUND else _drafting_role(s, headed)
        if s.role == Role.AIM or bare_aim:
            text = _aim(text, review, objective=s.role == Role.AIM)
        longest = CONCLUSION_MAX_WORDS if role == Role.CONCLUSION else HARD_MAX_WORDS
        if role == Role.RESULTS:
            longest = RESULT_MAX_WORDS  # a longer result is kept only when it says which way
        pieces = plain_sentences(text, review, (s.index,), expand, longest)
        if role == Role.AIM and text.startswith(("The review authors wanted", "The researchers")):
            whole = [p for p in pieces if p.words <= SHORT_AIM_WORDS and not p.hard]
            head = short_aim(strip_statistics(text))
            short = plain_sentences(head, review, (s.index,), expand, longest) if head else []
            if short and not whole:
                pieces = short
            if pieces and min(p.cost for p in pieces) > AIM_MAX_COST:  # still hard to read
                tiny = short_aim(strip_statistics(text), compact=True)
                compact = plain_sentences(tiny, review, (s.index,), expand) if tiny else []
                if compact and compact[0].cost < min(p.cost for p in pieces):
                    pieces = compact
        if role == Role.RESULTS:
            pieces = [p for p in pieces if p.words <= HARD_MAX_WORDS or DIRECTION.search(p.text)]
        for p in pieces:
            p = PlainSentence(**{**p.__dict__, "order": order})
            order += 1
            material.by_role.setdefault(role, []).append(p)
            if s.role == Role.AIM and material.topic is None:
                topic = aim_topic(p.text)
                if topic:
                    material.topic = (topic, s.index)
            if not design.about_ms and _MS_SENTENCE.search(p.text) and s.role != Role.BACKGROUND:
                material.ms_link.append(p)
    scores = score_designs(source.full_text, source.section("methods", "objective"))
    material.design_clear = scores.get(design.design, 0.0) >= CLEAR_DESIGN or design.design in (
        StudyDesign.NARRATIVE_REVIEW,
        StudyDesign.REVIEW,
    )
    material.animals = animals_in(source.full_text)
    if not material.by_role.get(Role.AIM):  # no aim of its own: what was studied, from results
        built = studied_from(sentences, review)
        if built is not None:
            for p in plain_sentences(built[0], review, (built[1],), expand):
                material.by_role.setdefault(Role.AIM, []).append(
                    PlainSentence(**{**p.__dict__, "order": -1})
                )
    material.facts = study_facts(sentences, design.design)
    counted = next((f for f in material.facts if f.count and f.what), None)
    studies = int(count_value(counted.count)) if counted and counted.count else None
    material.limits = stated_limits(sentences, design.design, studies)
    return material


def _words(lines: list[Line]) -> int:
    return sum(len(line.text.split()) for line in lines)


def _same(a: str, b: str) -> bool:
    def norm(t: str) -> str:
        return re.sub(r"[^a-z0-9 ]", "", t.lower()).strip()

    return norm(a) == norm(b)


def _pick(
    pool: list[PlainSentence],
    limit: int,
    budget: int,
    used: set[str],
    skip: re.Pattern[str] | None,
    in_order: bool = False,
    rank: Callable[[PlainSentence], tuple[bool | int, ...]] | None = None,
) -> list[PlainSentence]:
    """Up to `limit` sentences of `pool`, within `budget` words and none already used: the
    easiest first, or (`in_order`) by `rank` (default: results that say which way things went
    first, then the paper's order, since abstracts give main results first); with `in_order`
    and no `rank`, the paper's own order among sentences that hold a finding."""
    ok = [p for p in pool if p.text not in used and not (skip and skip.search(p.text))]
    if not in_order:
        easy = sorted(ok, key=lambda p: (p.hard, p.cost, p.order))
    elif rank is None:  # the authors' conclusions: their first is their main one
        easy = sorted(ok, key=lambda p: (p.hard, not FINDING.search(p.text), p.order))
    else:
        easy = sorted(ok, key=rank)
    chosen: list[PlainSentence] = []
    words = 0
    for p in easy:
        if len(chosen) == limit:
            break
        if words + p.words > budget or leans_back(p.text):
            continue
        if any(_near_copy(p.text, c.text) for c in chosen):
            continue  # an abstract that says a result twice: said once
        chosen.append(p)
        words += p.words
    # A sentence that leans on the one before it comes in only right after it: the sentence
    # before it in the paper (or the first half of its own sentence), never one further back.
    by_order = {p.order: p for p in ok}
    for p in list(chosen):
        nxt = by_order.get(p.order + 1)
        if nxt is None or not nxt.sources or not p.sources:
            continue
        if not 0 <= nxt.sources[0] - p.sources[-1] <= 1:
            continue
        if leans_back(nxt.text) and len(chosen) < limit + 1:
            if words + nxt.words <= budget + 15 and nxt not in chosen:
                chosen.append(nxt)
                words += nxt.words
    chosen.sort(key=lambda p: p.order)
    used.update(p.text for p in chosen)
    orders = {p.order for p in chosen}
    return [unlean(p) if p.order - 1 not in orders else p for p in chosen]


NEAR_COPY = 0.8  # share of words two sentences have in common at which one is left out


def _near_copy(a: str, b: str) -> bool:
    """Whether two sentences say the same in nearly the same words ("Statistically, X was
    better than Y." and "X was better than Y.")."""
    wa = set(re.findall(r"[a-z0-9-]+", a.lower()))
    wb = set(re.findall(r"[a-z0-9-]+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= NEAR_COPY


@lru_cache(maxsize=4096)
def _says(text: str) -> tuple[bool, bool, bool]:
    """Whether `text` only says how the study ran, says which way things went, holds a finding
    (kept: a draft and its repairs rank the same sentences again)."""
    direction = bool(DIRECTION.search(text))
    setup = bool(_SETUP.search(text)) and not direction  # "... but no difference in deaths"
    return (
        bool(_RUN_NOT_FOUND.search(text) or setup or _DESCRIBES.search(text)),
        direction,
        bool(FINDING.search(text)),
    )


def _result_rank(p: PlainSentence) -> tuple[bool, bool, bool, bool, int]:
    """Main results first: a sentence that says which way things went (helped, no clear
    difference, harm) before one that only names what was measured or how the study ran,
    then the easier, then the paper's order (abstracts give their main results first)."""
    run, direction, finding = _says(p.text)
    return (run, not direction, p.hard, not finding, p.order)


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
    out: set[str] = set()
    for text in texts:
        out |= {_stem(w) for w in _KEY_WORD.findall(text.lower()) if w not in _NOT_KEY}
    return frozenset(out)


def main_result_rank(
    terms: frozenset[str],
) -> Callable[[PlainSentence], tuple[bool | int, ...]]:
    """`_result_rank` with one more key after the direction: a result that names more of the
    conclusion's key `terms` comes first (the conclusion says which result is the main one)."""

    def rank(p: PlainSentence) -> tuple[bool | int, ...]:
        run, direction, finding = _says(p.text)
        shared = len(terms & key_terms([p.text])) if terms else 0
        return (run, not direction, -min(shared, 3), p.hard, not finding, p.order)

    return rank


# A result about harm: side effects, safety, complications, deaths, people who stopped.
HARM = re.compile(
    r"\b(?:side[- ]effects?|adverse (?:events?|effects?|reactions?)|harms?|safety|safe|"
    r"toxicit\w*|toxic|complications?|deaths?|mortality|died|tolerab\w*|bleeding|"
    r"(?:dropped out|stopped|withdr[ae]w\w*) (?:\w+ ){0,3}(?:because of|due to))\b",
    re.I,
)
MAX_HARM_WORDS = 25
# Words that say how often or how bad the harm was ("common", "rare", "mild", "no serious").
_HOW_HARMFUL = re.compile(
    r"\b(?:common|commonest|most common|rare|rarely|frequent|mild|moderate|serious|severe|no)\b",
    re.I,
)


def _harm_result(
    candidates: list[PlainSentence],
    picked: list[PlainSentence],
    used: set[str],
    rank: Callable[[PlainSentence], tuple[bool | int, ...]],
) -> PlainSentence | None:
    """The results' main sentence about harm: the first-ranked of the `picked` results that
    speaks of harm, else one of the `candidates` that says what was found about side effects,
    safety or deaths (never one that only says they were reported), standing alone (no leaning
    start), or None."""
    shown = [p for p in picked if HARM.search(p.text) and not _says(p.text)[0]]
    if shown:
        return min(shown, key=rank)
    options = [
        p
        for p in candidates
        if p.text not in used
        and HARM.search(p.text)
        and p.words <= MAX_HARM_WORDS
        and not leans_back(p.text)
        and not _says(p.text)[0]
        and not re.search(r"\b(?:not|in(?:completely|adequately)|poorly) reported\b", p.text)
        and (_says(p.text)[1] or _HOW_HARMFUL.search(p.text))  # what was found, not "reported"
    ]
    return min(options, key=rank) if options else None


def says_a_finding(text: str) -> bool:
    """Whether a sentence says what was found (which way things went), not how it was done."""
    run, direction, finding = _says(text)
    return not run and (direction or finding)


# "But X", "Even X": a contrast or a stress on what came before. "Even so", "Even if ...",
# "Even though ..." open a clause of their own and stay.
_CONTRAST_OPENER = re.compile(r"^(?:But|Even(?! (?:so|if|though|when|after|before|with)\b)) ")


def unlean(p: PlainSentence) -> PlainSentence:
    """A "But ..." or "Even ..." whose sentence before is not shown reads as a contrast with
    the wrong sentence: the opener goes (the clause itself is unchanged)."""
    m = _CONTRAST_OPENER.match(p.text)
    if m and len(p.text) > m.end():
        rest = p.text[m.end() :]
        return PlainSentence(**{**p.__dict__, "text": rest[:1].upper() + rest[1:]})
    return p


def compose(
    m: Material,
    drop: frozenset[str] = frozenset(),
    level: int = 0,
    soft: frozenset[str] = frozenset(),
) -> tuple[Headline, dict[str, list[Line]]]:
    """The headline and the three body sections as lines; `drop` holds sentences a repair
    removed, `soft` those of them removed only for a hard word (a headline may still come
    from one rather than be hollow); a higher `level` keeps fewer and easier sentences."""
    d = m.design.design
    review = d in _REVIEWS

    studies = next((f for f in m.facts if f.count and f.what), None)  # the review's count
    many = review and not (studies and studies.count and count_value(studies.count) == 1)

    def pool(*roles: Role) -> list[PlainSentence]:
        return [
            p
            for r in roles
            for p in m.by_role.get(r, [])
            if p.text not in drop and not (many and ONE_OF_MANY.match(p.text))
        ]

    conclusions = pool(Role.CONCLUSION)
    results = pool(Role.RESULTS)
    count = f"{studies.count} {studies.what}" if studies else None

    topic, topic_source = m.topic if m.topic else (None, None)
    if topic and any(f"whether {topic}" in p.text for p in m.by_role.get(Role.AIM, [])):
        topic = f"whether {topic}"  # "looked at whether X helps", never "looked at X helps"

    def headline(left_out: frozenset[str]) -> Headline:
        return choose_headline(
            [p for p in m.by_role.get(Role.CONCLUSION, []) if p.text not in left_out],
            [
                p
                for p in m.by_role.get(Role.RESULTS, [])
                if p.text not in left_out and p.words <= HARD_MAX_WORDS  # a long one: body only
            ],
            d,
            m.animals,
            count,
            studies.source if studies else None,
            topic,
            topic_source,
            left_out,
        )

    head = headline(drop)
    hollow = head.from_template and " found " not in head.text
    if (hollow or head.weak) and soft & drop:
        # Every finding was left out for a hard word: one with a hard word beats hollow news.
        kept = headline(drop - soft)
        head = head if kept.from_template or kept.weak else kept
    concluded = {p.text for p in m.by_role.get(Role.CONCLUSION, [])}
    aim_texts = [p.text for p in m.by_role.get(Role.AIM, [])]
    if m.design.about_ms and (
        {head.origin, head.basis} & concluded or key_terms(aim_texts) & key_terms([head.text])
    ):
        # the authors' conclusion, or a result on what the aim names, of a study whose aim
        # says the people had MS: the headline says so too (a side result is left as it is)
        paper = {s.index: s.text for s in m.sentences}  # the aim as the paper says it
        aim_ms = next(
            (
                i
                for p in m.by_role.get(Role.AIM, [])
                for i in p.sources[:1]
                # the aim as edited (its abbreviations spelled out) and as the paper says it
                for aim in (f"{p.text} {paper.get(i, '')}",)
                if _MS_SENTENCE.search(aim) and not _MS_AMONG_OTHERS.search(aim)
            ),
            None,
        )
        head = name_ms(head, d, aim_ms)
    # The headline is not repeated word for word in the body: its sentence is taken as used.
    used: set[str] = {
        p.text for ps in m.by_role.values() for p in ps if _same(p.text, head.text)
    } | ({head.origin} if head.origin else set())
    limit_scale = max(1, 3 - level)

    did: list[Line] = []
    frame = design_sentence(d, m.animals) if m.design_clear else None
    named = DESIGN_NAMED.get(d)
    says = next((s for s in m.sentences if named and named.search(s.text)), None)
    frame_shown = bool(frame and says is not None)
    if frame and says is not None:  # only a design the paper itself names, linked to where
        did.append(Line(frame, (says.index,), main=True))
    did += [Line(f.text, (f.source,)) for f in m.facts if f.text not in drop]
    used.update(
        p.text
        for ps in m.by_role.values()
        for p in ps
        if set(p.sources)
        & {
            f.source
            for f in m.facts
            if f.text.startswith(("The review included", "The study included"))
        }
    )  # the sentence a count came from is not said twice
    procedure = PROCEDURE if review else None
    rank = main_result_rank(key_terms([p.text for p in conclusions[:2]]))
    found = False  # whether a result that says what was found is in the section
    for role, limit, budget in (
        (Role.AIM, 1, 35),
        (Role.METHODS, 0 if review else max(0, limit_scale - 1), 40),
        (Role.RESULTS, 2 + limit_scale, 110),
    ):
        skip = procedure if role == Role.RESULTS else _SETUP
        is_results = role == Role.RESULTS
        candidates = pool(role)
        if is_results:  # setup and bookkeeping, unless it also says which way things went
            candidates = [
                p
                for p in candidates
                if not (_SETUP.search(p.text) and not _says(p.text)[1])
                and not _RESEARCH_CALL.search(p.text)
            ]
        if is_results and sum(_says(p.text)[1] for p in candidates) >= KEEP_RESULTS:
            # results enough that say which way things went: none that only says how it ran
            candidates = [p for p in candidates if not _says(p.text)[0]]
        picked = _pick(candidates, limit, budget, used, skip, is_results, rank)
        # the main results are kept over the grade while they are short; when no short one
        # says what was found, the first is kept whole whatever its length (true and whole
        # come before plain)
        ranked = sorted(picked, key=rank)[:KEEP_RESULTS]
        mains = {p.order for p in ranked if p.words <= HARD_MAX_WORDS}
        if ranked and (
            says_a_finding(ranked[0].text)
            or not any(says_a_finding(p.text) for p in ranked if p.order in mains)
        ):
            mains.add(ranked[0].order)  # the main result is kept whatever its length
        if is_results:
            harm = _harm_result(candidates, picked, used, rank)
            if harm is not None and harm not in picked:  # the main harm beside the main benefit
                harm = unlean(harm)  # shown without the sentence before it: no "But"
                picked = sorted([*picked, harm], key=lambda p: p.order)
            if harm is not None:
                mains.add(harm.order)
                used.add(harm.text)
        for p in picked:
            if _words(did) + p.words <= MAX_DID_WORDS or p.order in mains:
                lead = is_results and bool(ranked) and p is ranked[0]
                main = is_results and p.order in mains
                did.append(Line(p.text, p.sources, main=main, lead=lead, keep=role == Role.AIM))
                found = found or (is_results and says_a_finding(p.text))
    aims = [line for line in did if line.keep]  # what was studied, in whom: right after the frame
    did = (
        did[: 1 if frame_shown else 0]
        + aims
        + [x for x in did[1 if frame_shown else 0 :] if not x.keep]
    )
    if not results or not found:
        # no results section, or none of its sentences says what was found: the authors'
        # conclusion carries the main finding (the headline's own sentence is not said twice)
        told = conclusions
        if results:  # only a conclusion that says what was found, never a call for research
            told = [p for p in conclusions if says_a_finding(p.text) and not _FUTURE.search(p.text)]
        for i, p in enumerate(
            _pick(told, 2 if not results else 1, 60, used, SIDE_POINT, True, rank)
        ):
            did.append(Line(p.text, p.sources, main=i == 0, lead=i == 0))

    why_topic, why_source = topic, topic_source
    if why_topic is None:  # no aim of its own: what was studied, as built from its results
        for p in m.by_role.get(Role.AIM, []):
            built = _LOOKED_AT.match(p.text) if p.order == -1 and p.sources else None
            if built:
                why_topic, why_source = built["what"], p.sources[0]
                break
    why = list(
        why_it_matters(
            conclusions,
            head,
            used,
            _pick,
            about_ms=m.design.about_ms,
            design=d,
            limit=1 + limit_scale // 2,
            topic=why_topic,
            topic_source=why_source,
            ms_link=m.ms_link,
            body_has_result=any(line.main and line.text != frame for line in did),
        )
    )

    design_caveats = caveats(d, m.animals)
    if d == StudyDesign.LAB and about_germs_alone(
        [x.text for x in m.sentences if x.role != Role.BACKGROUND]
    ):
        design_caveats = list(NO_PEOPLE)  # germ biology: "not yet shown in people" misleads
    lim = [Line(c, kind="frame") for c in design_caveats]
    if m.design.small_study and d != StudyDesign.CASE_REPORT:
        lim.append(Line(SMALL_STUDY, kind="frame"))
    size = evidence_size(m.facts) if review else None
    if size is not None and size.text not in drop:
        lim.append(Line(size.text, (size.source,), main=True))
    for i, p in enumerate(_pick(pool(Role.LIMITATION), 2, 50, used, None)):
        lim.append(Line(p.text, p.sources, main=i == 0))  # the paper's own first limit stays
    for stated in m.limits:
        if stated.text in drop or any(stated.source in line.sources for line in lim):
            continue
        said = _ALREADY_SAID.get(stated.name)
        if said and any(said.search(line.text) for line in lim):
            continue  # the paper's own limitation sentence already says it
        if stated.name in ("small_studies", "small") and size is not None:
            continue  # the count already says how few
        if _words(lim) + len(stated.text.split()) <= MAX_LIMIT_WORDS:
            lim.append(Line(stated.text, (stated.source,), main=True))  # short: kept

    # The headline is not repeated word for word in the body.
    def repeats(line: Line) -> bool:
        return _same(line.text, head.text) or (bool(head.origin) and line.text == head.origin)

    did = [line for line in did if not repeats(line)]
    why = [line for line in why if not _same(line.text, head.text)]  # whole origin: see above
    return head, {"what_the_study_did": did, "why_it_matters": why, "limitations": lim}


def lines_measured(lines: list[Line]) -> list[PlainSentence]:
    """The lines as measured sentences (for choosing what to drop for the grade)."""
    return [measured(line.text, line.sources) for line in lines]
