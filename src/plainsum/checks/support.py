"""Support: findings built on the evidence links (plainsum.evidence), one per summary sentence.

- unsupported: a sentence that reports what the study did or found (a number, "the study",
  "researchers found", "had fewer", "improved" ...) whose content the source does not hold:
  little of its weight is found in the source sentences it aligns with, or most of it is found
  nowhere in the source. Error. Background sentences ("MS is a disease of the nerves") are not
  held to the source: summaries explain things papers take for granted.
- contradicted: the source sentences a summary sentence aligns with say the opposite about the
  same thing: an effect where the source says "no difference"/"did not", up where it says
  down, more where it says fewer, better where it says worse. Error.
- misattributed number: a number the source has, but not counting what the summary says it
  counts ("300 people" where the paper's 300 counts procedures). Error.
- a method as the topic: "looked at flow cytometry" where the paper only measured with it
  (plainsum.checks.topic). Error, reported as unsupported.
- overreach: for a lab or animal study, a sentence stating as fact an effect in people or
  patients; for an observational study, cause words ("causes", "leads to", "protects
  against") for what can only be a link. Error.

Frame sentences (caveats, the care-team pointer, the not-about-MS statement) need no evidence
but are still read for contradictions and numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..design import DesignInfo
from ..evidence import (
    NUMBER_WEIGHT,
    PREFIX_CREDIT,
    Alignment,
    SourceSentence,
    align,
    content_words,
    found_share,
    overlaps,
    split_source,
    stand_in_groups,
    stem,
    word_weight,
)
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity, StudyDesign
from .counts import (
    STUDY_NOUNS,
    UNCLEAR,
    counted,
    misplaced_counts,
    noun_class,
    unit_of,
)
from .faithfulness import number_mentions, source_numbers
from .topic import method_as_topic

CHECK = "support"  # an unsupported sentence
CONTRADICTION = "contradiction"
NUMBERS = "numbers"  # a misattributed number
OVERREACH = "overreach"
CHECKS = (CHECK, CONTRADICTION, NUMBERS, OVERREACH)

LOW_SUPPORT = 0.3  # a study claim whose best source sentences hold less of its weight: error
NOVEL_SHARE = 0.6  # ... or whose words are this much (by weight) nowhere in the source
SURE_NOVEL_SHARE = 0.7  # an unsupported finding this novel is an error, else a warning
MIN_CLAIM_WEIGHT = 3.0  # a sentence lighter than this says too little to judge by its score
MIN_CLAIM_WORDS = 5
MIN_OVERLAP_FOR_CONTRADICTION = 0.45  # alignment needed before an opposite reads as a contradiction
NEAR = 0.35  # a result sentence sharing this much of a summary sentence may contradict it
MOVED_MARGIN = 0.2  # a number's own sentence this close to the best one: the summary merges both
MOVED_RATIO = 0.6  # ... or holding this share of the best one's words
MOVED_MIN_SUPPORT = 0.45  # the sentence drawn on must hold this much of the summary's words

# A sentence that reports what this study did or found (not background knowledge).
STUDY_CLAIM = re.compile(
    r"\d"
    r"|\b(?:this|the|our|these|both|each|all|most|some|included|earlier|two|three|four|five|six|"
    r"seven|eight|nine|ten) (?:\w+ )?(?:study|studies|trial|trials|review|analysis|experiments?|"
    r"work|research|cohort|survey)\b"
    r"|\b(?:researchers|scientists|authors|investigators|team|we|they) (?:also )?(?:found|showed|"
    r"saw|observed|measured|discovered|reported|noticed|identified|tested|compared|looked|studied|"
    r"gave|treated|used|followed|asked|recruited|included)\b"
    r"|\b(?:found|showed|shown) that\b"
    r"|\b(?:had|have|has|showed|reported|experienced|saw|got) (?:a |an )?(?:\w+ )?"
    r"(?:fewer|more|less|lower|higher|better|worse|greater|smaller|larger|no|less)\b"
    r"|\b(?:was|were|is|are) (?:\w+ )?(?:higher|lower|better|worse|greater|smaller|linked|"
    r"associated|reduced|increased|improved|similar|unchanged|different)\b"
    r"|\b(?:improved|reduced|increased|decreased|lowered|raised|cut|worsened|prevented|slowed|"
    r"protected|helped|boosted|doubled|halved)\b"
    r"|\bno (?:clear |significant |real |big )?(?:difference|effect|benefit|change|link|sign)\b"
    r"|\bcompared (?:with|to)\b"
    r"|\b(?:\w+ed|spent|took|got|felt|made|did|needed) (?:a |an )?(?:little |lot |far |much )?"
    r"(?:fewer|more|less|lower|higher|better|worse|longer|shorter)\b",
    re.I,
)

# Words that report a result ("also found", "worked better", "had fewer"): an unsupported
# sentence with one is an invented finding, not an explanation. "to find" is a purpose ("to
# find the source of the pain"), not a result.
_FINDING_CUE = re.compile(
    r"\b(?:also|found|(?<!to )find|showed|shown|saw|seen|observed|discovered|reported|worked|"
    r"helped|better|worse|more|less|fewer|higher|lower|improved|reduced|increased|decreased|cut|"
    r"lowered|raised|returned|cleared|stopped|prevented|protected|slowed|gained|lost|best|"
    r"worst|most|least)\b",
    re.I,
)

# What the studied thing was made of ("The capsules contained fish oil", "the gel was made
# from honey"): a fact about this study, which only the paper can give. In the present tense
# ("cell walls are made of proteins") it is background, which summaries may explain.
_COMPOSITION = re.compile(
    r"\b(?:(?:was|were) (?:made (?:from|of|with|up of)|derived from|extracted from|"
    r"composed of|based on)|consisted of|(?<!is )(?<!are )(?<!be )(?<!been )(?<!longer )"
    r"(?<!not )contained(?! by\b))\b",
    re.I,
)

# How a review was made, not what it found: when its search ran, who funded the studies, that
# it is an update. Lay summaries of reviews report these from the full paper; an abstract
# often leaves them out. Not a finding: a warning for an editor, not an error.
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_REVIEW_PROCESS = re.compile(
    rf"(?i:\bsearch(?:ed|es)?\b)[^.;]*(?:\b(?:{_MONTHS})\b"
    r"|(?i:\b(?:(?:in|until|to|through|from|since) (?:19|20)\d\d|databases?|literature)\b))"
    r"|\b(?:19|20)\d\d\s+(?i:searche?s?)\b"
    r"|(?i:\b(?:re-?ran|re-?run)\b[^.;]*\bsearche?s?\b|\bsearche?s?\b[^.;]*\b(?:re-?ran|re-?run)\b)"
    r"|(?i:\bfund(?:ed|ing|ers?)\b)"
    r"|(?i:\b(?:this|the|our|latest|last|previous|an?) (?:\w+ )?update\b|\bupdate of\b)",
)


# ---------------------------------------------------------------- design statements

# "This was a review of earlier studies." / "It was a study in mice.": what kind of study it
# was. Such a sentence is supported when the paper has words of that kind, whatever its wording.
DESIGN_STATEMENT = re.compile(
    r"^(?:this|it|the (?:study|paper|work|research|report))\s+(?:was|is)\s+(?:an?|the)\b",
    re.I,
)
DESIGN_STATEMENT_WORDS = 16
_DESIGN_NAMES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    # kind: (how a summary names it, what the paper must have)
    "a study in animals": (
        re.compile(
            r"\b(?:mice|mouse|rats?|animals?|rodents?|zebrafish|monkeys?|pigs?|dogs?)\b", re.I
        ),
        re.compile(
            r"\b(?:mice|mouse|murine|rats?|animals?|rodents?|zebrafish|monkeys?|primates?|pigs?|"
            r"dogs?|rabbits?|sheep|drosophila|flies|larvae|in vivo|EAE)\b",
            re.I,
        ),
    ),
    "a lab study": (
        re.compile(r"\b(?:lab|laboratory|cells? (?:in a dish|grown)|in cells|dish)\b", re.I),
        re.compile(r"\b(?:cells?|cultures?|cultured|in vitro|laborator\w*|lines?|tissue)\b", re.I),
    ),
    "a review": (
        re.compile(r"\b(?:review|earlier studies|pooled)\b", re.I),
        re.compile(
            r"\b(?:review\w*|meta-?analys\w*|searched|included (?:studies|trials)|pooled)\b",
            re.I,
        ),
    ),
    "a trial": (
        re.compile(r"\btrials?\b", re.I),
        re.compile(r"\b(?:trials?|randomi[sz]\w*|placebo|allocated|assigned)\b", re.I),
    ),
}


def design_statement(sentence: str, source_text: str) -> tuple[bool, str | None]:
    """(is a statement of what kind of study this was, the kind it names that the paper does
    not support)."""
    if not DESIGN_STATEMENT.search(sentence) or len(sentence.split()) > DESIGN_STATEMENT_WORDS:
        return False, None
    named = [k for k, (says, _) in _DESIGN_NAMES.items() if says.search(sentence)]
    if not named:
        return False, None
    for kind in named:
        if not _DESIGN_NAMES[kind][1].search(source_text):
            return True, kind
    return True, None


# ---------------------------------------------------------------- polarity

_UP = (
    r"increas\w*|higher|more|greater|raised?|raising|rose|risen|elevat\w*|boost|boosts|boosted|"
    r"doubled|doubling|larger|gained"
)
_DOWN = (
    r"decreas\w*|lower|lowered|lowering|lowers|fewer|less|reduc\w*|cut|cuts|fell|fallen|"
    r"dropped|drop|drops|declined|declining|shrank|shrunk|smaller|halved|halving|slowed|"
    r"slowing|slows|slower|slowly|loss"
)
# "negative effects", "positively affected": the sign of an effect is its direction.
_SIGNED = r"(?:ly)?(?=\s+(?:\w+\s+)?(?:effects?|impacts?|affect\w*|influenc\w*|outcomes?)\b)"
_BETTER = (
    r"improv\w*|better|helped|helps|helping|help|benefit\w*|effective|protect\w*|eased|eases|"
    rf"reliev\w*|relief|positive{_SIGNED}"
)
_WORSE = rf"wors\w*|harm\w*|deteriorat\w*|poorer|negative{_SIGNED}"
_EFFECT = (
    r"chang(?:e|ed|es)|affect(?:ed|s)?|alter(?:ed|s)?|influenc(?:e|ed|es)|prevent(?:ed|s)?|"
    r"stop(?:ped|s)?|halt(?:ed|s)?"
)
# "no clinically relevant effect", "no statistically significant difference": an adverb may
# stand before the adjective that grades the null.
_NULL_GRADE = (
    r"clear|significant|real|important|meaningful|relevant|big|major|substantial|noticeable|"
    r"detectable|appreciable|worthwhile|consistent|obvious|measurable"
)
_NULL = (
    rf"no (?:(?:\w+ly )?(?:{_NULL_GRADE}) )?"
    r"(?:difference|differences|effect|effects|change|changes|benefit|improvement|link|"
    r"association|impact)|did not differ|do not differ|not differ|similar|unchanged|"
    r"not (?:significantly )?(?:different|associated|linked|related|affected)|"
    r"comparable|no more|no less|no better|no worse"
)
# Not a direction: "more research is needed", "less clear", "more likely" (a hedge).
_NOT_DIRECTION = re.compile(
    r"\s+(?:research|studies|trials|evidence|data|work|clear|certain|precise|reliable|"
    r"confident|often|than (?:one|two|half))\b",
    re.I,
)
_DIRECTION = re.compile(
    rf"\b(?P<null>{_NULL})\b|\b(?P<up>{_UP})\b|\b(?P<down>{_DOWN})\b|\b(?P<better>{_BETTER})\b"
    rf"|\b(?P<worse>{_WORSE})\b|\b(?P<effect>{_EFFECT})\b",
    re.I,
)
# "... than those with lower levels": a direction word that describes the comparison group;
# "kept it from getting worse": the direction is the verb's, not this word's.
_COMPARISON_GROUP = re.compile(
    r"\bthan\s+(?:\w+\s+){0,3}$|\b(?:from|against)\s+(?:getting\s+|becoming\s+)?$", re.I
)
# "... whose disability got worse", "stop X getting worse": an outcome another direction word
# (the verb before it) is about.
_BECOMING_BEFORE = re.compile(
    r"\b(?:got|gets|get|getting|became|become|becomes|becoming|grew|grow|growing)\s+$", re.I
)
_OUTCOME_REACH = 60
# "more slowly", "less often": the adverb carries the direction.
_ADVERB_AFTER = re.compile(
    r"\s+(?!(?:likely|unlikely|early|only|daily|weekly|monthly|yearly|family|elderly)\b)\w+ly\b",
    re.I,
)
# "higher in the placebo group": a direction said of the comparison arm is the treatment's
# turned round.
_IN_CONTROL_ARM = re.compile(
    r"\s+(?:(?:common|frequent|likely|often|severe)\s+)?(?:in|among|with|for)\s+"
    r"(?:the\s+)?(?:placebo|control|comparator|"
    r"untreated|sham|usual[- ]care)\b",
    re.I,
)
_TURNED = {"up": "down", "down": "up", "better": "worse", "worse": "better"}
_NEGATOR = re.compile(
    r"(?:\b(?:not|no|never|neither|nor|without|didn't|did not|does not|doesn't|do not|don't|"
    r"was not|were not|wasn't|weren't|cannot|can't|failed to|unable to|ruled out|rules out|"
    r"rule out|ruling out)|\bnone of (?:the )?\w+)"
    r"\s+(?:(?:\w+ly|further|much|any|to|be|have|been|associated with|linked (?:to|with)|"
    r"related to|show|shown|lead to|result in|evidence (?:of|that|for))\s+){0,2}$",
    re.I,
)
# Verbs of change count only as verbs ("did not change"), not as nouns ("a change in").
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:not|n't|did|does|do|to|can|could|may|might|will|would|never|also|\w+ly)\s+$", re.I
)
_OPPOSITE = {
    "up": {"down", "null"},
    "down": {"up", "null"},
    "better": {"worse", "null"},
    "worse": {"better", "null"},
    "effect": {"null"},
    "null": {"better", "worse", "up", "down", "effect"},
}
# How far (in content words) a direction word reaches for the thing it is about.
_REACH_BEFORE = 2
_REACH_AFTER = 5
SAME_THING_WEIGHT = 2.0  # shared words this heavy (one rare word, or two) make it the same thing
SAME_THING_SHARE = 0.5  # ... and this share of what the summary's claim is about
_POLARITY_STEMS = frozenset(
    stem(w)
    for w in """increase increased higher more greater decrease decreased lower fewer less reduced
    reduce improved improve better worse difference differences effect effects change changes
    similar significant significantly statistically clear important meaningful risk""".split()
)
_CLAUSE = re.compile(r"[,;:()]|\b(?:but|whereas|while|although|though|however)\b", re.I)
_PREDICATE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|became|become|got|get|gets|remained|stayed|seemed)"
    r"(?:\s+(?:\w+ly|much|far|a bit|a little|slightly|no|not))*\s*$",
    re.I,
)
_PREPOSITION_AFTER = re.compile(
    r"\s*(?:$|[.,;:]|(?:over|in|during|after|at|by|with|from|among|for|between|across|within|"
    r"when|while|compared|than|on|as)\b)",
    re.I,
)
_AFTER_CLAUSE = re.compile(
    r"[,;:()]|\b(?:but|whereas|while|although|though|however|than)\b"
    r"|\b(?:and|or)\s+(?=(?:\w+ed|was|were|is|are|had|has|have|did|does|do|not|no|they|it|we|he|"
    r"she|this|these|those|there|showed?|found|made|led|fell|rose|took)\b)",
    re.I,
)
# "no effect on relapses", "no difference in fatigue": a null said of the noun after it.
_NULL_NOUN = re.compile(
    r"(?:differences?|effects?|changes?|benefits?|improvements?|link|association|impact|"
    r"reductions?|increases?|decreases?)$",
    re.I,
)
# "better at recalling words", "slower at walking": a direction said of a skill.
_SKILL_AFTER = re.compile(r"\s+at\s+(\w+ing)\b", re.I)
_THAN_NORMAL = re.compile(r"\s+than\s+(?:normal|usual|expected|average|typical)\b", re.I)
# "less likely to relapse": the direction is the likelihood of what follows.
_LIKELY_AFTER = re.compile(r"\s+(?:likely|unlikely|often|frequently|common)\s+to\b", re.I)
_OBJECT_PREPOSITION = re.compile(r"\s*(?:on|in|of|for|to|with|between)\b", re.I)
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Sentences that do not state a result as found: questions, aims, conditions, hedges, beliefs.
_CONDITIONAL = re.compile(
    r"\?\s*$|\b(?:if|whether|wanted to|aim(?:ed)? to|in order to|"
    r"to (?:see|find out|test|learn|know|check|compare|assess|evaluate|examine|determine|"
    r"investigate|establish|clarify|explore)|"
    r"unclear|not clear|unknown|not known|uncertain|may|might|could|possibly|suggests?|"
    r"thought|believed|expected|hoped?)\b",
    re.I,
)
# A negation earlier in the same clause ("did not provide any benefit", "none of the trials
# found it better") turns a direction into "no difference".
_CLAUSE_NEGATION = re.compile(
    r"\b(?:not|no|never|none|neither|nor|without|n't|failed to|unable to|rul(?:ed|es|e|ing) out)\b",
    re.I,
)
CLAUSE_NEGATION_WORDS = 6
_TOKENS = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass(frozen=True)
class Claim:
    """A direction word and the stems of the words it is about (in its clause)."""

    polarity: str
    about: dict[str, float]  # stem -> weight
    # the names its words stand for (an abbreviation's long form, a term's plain phrase), each
    # as stem -> weight: shared only when another claim names most of one
    stands_for: tuple[dict[str, float], ...] = ()
    # the content word written right before each word ("magnetic" before "stimulation")
    modifiers: dict[str, str] = field(default_factory=dict)
    # said of taking something away ("blocking TWEAK slowed cyst growth"): not comparable with
    # a claim about the thing itself ("TWEAK increased cyst growth")
    inverted: bool = False
    # the words of `about` as written ("shrinking", "brain"), for looking them up again
    words: tuple[str, ...] = ()
    said: str = ""  # the direction word as written ("slowed")
    said_at: int = 0  # where it starts in the sentence


def claims_in(sentence: str, expand: Callable[[str], list[list[str]]] | None = None) -> list[Claim]:
    """The directions a sentence states, each with the content stems it is about; `expand`
    gives the names a piece of text stands for, one list of words each (a source's
    abbreviations and glossary terms)."""
    out = []
    sentence = _without_parentheses(sentence)
    matches = _directions(sentence)
    for n, m in enumerate(matches):
        polarity = m.lastgroup or ""
        if polarity != "null" and _negated_in_clause(sentence, m.start()):
            polarity = "null"
        elif polarity in _TURNED and _IN_CONTROL_ARM.match(sentence, m.end()):
            polarity = _TURNED[polarity]
        # What it is about: its subject when it is said of one ("relapses were reduced",
        # "fatigue increased over time"), else the words after it, up to the next direction
        # word ("had fewer relapses", "lower vitamin D levels").
        start = matches[n - 1].end() if n else 0
        before = _CLAUSE.split(sentence[max(start, m.start() - 80) : m.start()])[-1]
        end = matches[n + 1].start() if n + 1 < len(matches) else len(sentence)
        after = _AFTER_CLAUSE.split(sentence[m.end() : min(end, m.end() + 100)])[0]
        norm = _THAN_NORMAL.match(sentence, m.end())
        if norm:  # "higher than normal blood sugar": said of what follows
            after = _AFTER_CLAUSE.split(sentence[norm.end() : min(end, norm.end() + 100)])[0]
        skill = _SKILL_AFTER.match(sentence, m.end())
        if skill:  # "worse at recalling words": said of the skill, not of who had it
            after = skill.group(1)  # the skill itself: "recalling", whatever is recalled
        said_of_subject = (
            _PREDICATE_BEFORE.search(before) or _PREPOSITION_AFTER.match(sentence, m.end())
        ) and not (_LIKELY_AFTER.match(sentence, m.end()) or norm or skill)
        words = content_words(after)[:_REACH_AFTER]
        window = after
        if said_of_subject or not words:
            subject = _PREDICATE_BEFORE.sub("", before)
            if content_words(subject):
                if _NULL_NOUN.search(m.group(0)) and _OBJECT_PREPOSITION.match(after):
                    window = subject + " " + after  # "X had no effect on Y": both
                    words = content_words(subject)[-_REACH_BEFORE:] + words
                else:
                    words, window = content_words(subject)[-_REACH_BEFORE:], subject
        own = {stem(w) for w in content_words(m.group(0))} | _POLARITY_STEMS
        about = {k: v for k, v in _weighed(words).items() if k not in own}
        names = []
        for group in expand(window) if expand is not None else []:
            name = {k: v for k, v in _weighed(group).items() if k not in own and k not in about}
            if name:
                names.append(name)
        if about or names:
            # "Blocking X slowed A and helped B": both are said of taking X away
            inverted = bool(_TAKEN_AWAY.search(_CLAUSE.split(sentence[: m.start()])[-1]))
            written = tuple(w for w in words if stem(w) in about)
            out.append(
                Claim(
                    polarity,
                    about,
                    tuple(names),
                    _modifiers(window),
                    inverted,
                    written,
                    m.group(0),
                    m.start(),
                )
            )
    return out


def _weighed(words: list[str]) -> dict[str, float]:
    return {stem(w): word_weight(w) for w in words}


# Taking a thing away, said before a direction in its clause.
_TAKEN_AWAY = re.compile(
    r"\b(?:block(?:ing|ed)|inhibit(?:ing|ed)|inhibition of|remov(?:ing|ed|al of)|"
    r"knock(?:ing|ed)?[ -](?:out|down)|knockout of|delet(?:ing|ed|ion of)|silenc(?:ing|ed)|"
    r"disrupt(?:ing|ed|ion of))\b|\banti-(?=\w)",
    re.I,
)
_WORD_OR_MARK = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")


def _modifiers(text: str) -> dict[str, str]:
    """Stem -> the stem of the content word written right before it, with nothing between
    ("magnetic stimulation": stimul -> magnet); a function word or a mark breaks the chain."""
    out: dict[str, str] = {}
    previous = None
    for token in _WORD_OR_MARK.findall(text):
        words = content_words(token) if token[0].isalpha() else []
        if not words:
            previous = None
            continue
        for word in words:
            key = stem(word)
            if previous:
                out.setdefault(key, previous)
            previous = key
    return out


# "benefits and harms", "better or worse", "increase or decrease": a pair of opposite
# directions names what was weighed, and states neither.
_OR_AND = re.compile(r"\s+(?:and|or|and/or)\s+", re.I)
# "a strategy to improve", "designed to reduce", "to better understand": a purpose or a manner,
# not a result.
_PURPOSE_BEFORE = re.compile(
    r"\b(?:strateg(?:y|ies)|ways?|approach(?:es)?|designed|intended|aims?|aimed|aiming|goals?|"
    r"attempts?|efforts?|undertaken|meant|in order)\s+to\s+$",
    re.I,
)
_TO_BETTER = re.compile(r"\bto\s+$", re.I)


def _pair_of_opposites(sentence: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether direction words `a` and `b` (in this order) are opposites joined by and/or."""
    between = sentence[a.end() : b.start()]
    return bool(_OR_AND.fullmatch(between)) and (b.lastgroup or "") in _OPPOSITE.get(
        a.lastgroup or "", set()
    )


# A direction word right after a negated one, as its object: "not linked with reduced
# worsening disability", "did not slow the decline": the second names what the first acts on,
# and the pair says no difference. (Unnegated, "increased the reduction" is the reduction's
# claim too, so both stay.)
_OBJECT_OF_DIRECTION = re.compile(r"\s+(?:(?:the|a|an|any|further)\s+)?", re.I)
_DIRECTION_NOUNS = frozenset("decline loss increase decrease reduction rise fall drop".split())


def _directions(sentence: str) -> list[re.Match[str]]:
    """The direction words of `sentence` that state a direction of their own."""
    found = list(_DIRECTION.finditer(sentence))
    out = []
    for n, m in enumerate(found):
        polarity = m.lastgroup or ""
        if _NOT_DIRECTION.match(sentence, m.end()):
            continue
        if (n + 1 < len(found) and _pair_of_opposites(sentence, m, found[n + 1])) or (
            n and _pair_of_opposites(sentence, found[n - 1], m)
        ):
            continue  # "the benefits and harms of the drug"
        before = sentence[max(0, m.start() - 30) : m.start()]
        if _PURPOSE_BEFORE.search(before) or (
            m.group(0).lower() == "better" and _TO_BETTER.search(before)
        ):
            continue  # "a strategy to improve", "to better understand"
        if (
            polarity in ("up", "down")
            and m.group(0).lower() in ("more", "less")
            and (_ADVERB_AFTER.match(sentence, m.end()))
        ):
            continue  # "more slowly": the adverb carries it
        if _COMPARISON_GROUP.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue
        if (
            polarity in ("better", "worse")
            and n
            and m.start() - found[n - 1].end() < _OUTCOME_REACH
            and _BECOMING_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()])
        ):
            continue  # "did not stop disability getting worse": the verb before carries it
        if (
            n
            and _OBJECT_OF_DIRECTION.fullmatch(sentence[found[n - 1].end() : m.start()])
            and (m.group(0).lower().endswith("ing") or m.group(0).lower() in _DIRECTION_NOUNS)
            and (
                found[n - 1].lastgroup == "null"
                or _negated_in_clause(sentence, found[n - 1].start())
            )
        ):
            continue  # "not linked with reduced worsening disability": no claim of its own
        if (
            polarity == "effect"
            and not m.group(0).lower().endswith("ed")
            and not _AUXILIARY_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()])
        ):
            continue
        out.append(m)
    return out


def _without_parentheses(sentence: str) -> str:
    """`sentence` with bracketed asides blanked out (same length, so offsets hold): "did not
    prevent the long-term (12, 18, 24 months) disability progression"."""
    previous = None
    while previous != sentence:
        previous = sentence
        sentence = _PARENTHESES.sub(lambda m: " " * len(m.group(0)), sentence)
    return sentence


# "no evidence that X improves Y", "did not find convincing evidence that X is more
# effective": the denied evidence covers its whole that-clause, however long.
_NO_EVIDENCE_THAT = re.compile(
    r"\b(?:no|not|n't|never|without|lack of|little)\s+(?:\w+\s+){0,3}?evidence\s+"
    r"(?:that|of|for|to (?:show|suggest|support))\b[^,;:.()]*$",
    re.I,
)


def _negated_in_clause(sentence: str, start: int) -> bool:
    if _NEGATOR.search(sentence[max(0, start - 60) : start]):
        return True
    if _NO_EVIDENCE_THAT.search(sentence[max(0, start - 160) : start]):
        return True
    clause = _CLAUSE.split(sentence[max(0, start - 80) : start])[-1]
    words = clause.split()[-CLAUSE_NEGATION_WORDS:]
    if any(_DIRECTION.fullmatch(w.strip(".,;:").lower()) for w in words):
        return False  # another direction word stands between: the negation is its own
    text = " ".join(words)
    found = list(_CLAUSE_NEGATION.finditer(text))
    if not found:
        return False
    last = found[-1]
    if last.group(0).lower() in ("no", "none") and re.search(r"\b(?:and|or)\b", text[last.end() :]):
        return False  # "had no flagella and released less toxin": "no" is its noun's
    return True


MIN_ROOT = 4  # a stem this long that starts another is its root ("cyst" -> "cystic", "grow")


def _same_root(a: str, b: str) -> bool:
    """Whether one stem starts the other ("grow"/"growth", "cyst"/"cystic")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_ROOT and short != long and long.startswith(short)


def _shared_weight(a: Claim, b: Claim) -> float:
    """The weight of what `a` is about that `b` is about too: `b`'s own words, and the names
    its abbreviations and terms stand for, except a word of a name that `a` gives another
    modifier ("magnetic stimulation" is not the "nerve stimulation" of TENS, transcutaneous
    electrical nerve stimulation; "both proteins" may be the protein of PAPP-A)."""
    shared = 0.0
    for k, w in a.about.items():
        if k in b.about:
            shared += min(w, b.about[k])
        else:
            kin = [v for s, v in b.about.items() if _same_root(k, s)]
            if kin:
                shared += PREFIX_CREDIT * min(w, max(kin))
    for name in b.stands_for:
        words = list(name)
        for k, w in a.about.items():
            if k not in name or k in b.about:
                continue
            at = words.index(k)
            theirs = words[at - 1] if at else None
            mine = a.modifiers.get(k)
            if mine and theirs and mine != theirs and mine not in name:
                continue
            shared += min(w, name[k])
    return shared


# "Hyperkalaemia is a condition where the potassium level is higher than normal", "X is
# defined as ...": what a term means, not a result of the study.
_DEFINITION = re.compile(
    r"^[^,;:]{1,60}?\b(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?"
    r"(?:condition|disease|disorder|syndrome|state|situation|term|name|problem|illness)s?\s+"
    r"(?:where|in which|when|that|of|with)\b"
    r"|\b(?:is|are)\s+defined\s+as\b"
    r"|^[^,;:]{1,60}?\b(?:is|are)\s+[^,;:]{1,40}?\b(?:where|in which)\b",
    re.I,
)


def _contradiction(
    summary_sentence: str,
    source_sentences: list[str],
    expand: Callable[[str], list[list[str]]] | None = None,
) -> tuple[str, str] | None:
    """(summary's polarity, the source sentence saying the opposite), when the source's claims
    about the same things say the opposite. Two claims turned round together ("higher vitamin D,
    fewer relapses" for "lower vitamin D, more relapses") say the same thing."""
    if _CONDITIONAL.search(summary_sentence) or _DEFINITION.search(summary_sentence):
        return None
    mine = claims_in(summary_sentence)
    if not mine:
        return None
    theirs = [(text, c) for text in source_sentences for c in claims_in(text, expand)]
    flips: list[tuple[str, str]] = []
    matched = 0
    for claim in mine:
        if any(
            other is not claim
            and other.polarity in _OPPOSITE[claim.polarity]
            and _shared_weight(claim, other) >= SAME_THING_WEIGHT
            for other in mine
        ):
            continue  # the summary itself reports both ("one trial found less pain, another not")
        need = max(SAME_THING_WEIGHT, SAME_THING_SHARE * sum(claim.about.values()))
        # a claim about taking a thing away is compared only with claims of the same kind
        related = [
            (t, c)
            for t, c in theirs
            if c.inverted == claim.inverted and _shared_weight(claim, c) >= need
        ]
        if not related:
            continue
        matched += 1
        if any(c.polarity == claim.polarity for _, c in related):
            continue
        opposite = [(t, c) for t, c in related if c.polarity in _OPPOSITE[claim.polarity]]
        if opposite and len(opposite) == len(related):
            flips.append((claim.polarity, opposite[0][0]))
    turned_round = len(flips) == 2 and matched == 2 and {p for p, _ in flips} == {"up", "down"}
    if flips and not turned_round:
        return flips[0]
    return None


# ---------------------------------------------------------------- how large an effect was

# "small and inconsistent improvements in fatigue" / "large, steady drops in fatigue": the size
# (or steadiness) a sentence gives an effect, said of what follows "in", "on" or "of".
_SMALL = r"small|slight|modest|little|minor|marginal|minimal|inconsistent|uneven|mixed|weak"
_LARGE = r"large|big|substantial|marked|major|dramatic|considerable|strong|steady|consistent"
_EFFECT_NOUN = (
    r"(?:improvement|drop|reduction|decrease|fall|increase|rise|gain|benefit|effect|change|"
    r"difference|decline|worsening|slowing)s?"
)
_MAGNITUDE = re.compile(
    rf"\b(?P<size>(?:(?:{_SMALL}|{_LARGE})(?:,?\s+(?:and|but|yet|or)\s+|,\s*|\s+)){{1,3}})"
    rf"(?:\w+\s+)?{_EFFECT_NOUN}\s+(?:in|on|of|for)\s+(?P<what>[^.;:,()]{{1,60}})",
    re.I,
)
_SIZE_WORD = re.compile(rf"\b(?:(?P<small>{_SMALL})|(?P<large>{_LARGE}))\b", re.I)


@lru_cache(maxsize=8192)  # a paper's result sentences are read again for every summary sentence
def _sizes(sentence: str) -> tuple[tuple[str, dict[str, float]], ...]:
    """(small or large, the stems of what the effect was in) for each sized effect of the
    sentence; "no large change" sizes nothing, and sizes of both kinds cancel."""
    out = []
    sentence = _without_parentheses(sentence)
    for m in _MAGNITUDE.finditer(sentence):
        if _negated_in_clause(sentence, m.start()):
            continue
        kinds = {w.lastgroup for w in _SIZE_WORD.finditer(m.group("size"))}
        if len(kinds) != 1:
            continue
        about = _weighed(content_words(m.group("what"))[:_REACH_BEFORE])
        if about:
            out.append((kinds.pop() or "", about))
    return tuple(out)


def _size_contradiction(summary_sentence: str, source_sentences: list[str]) -> str | None:
    """The source sentence that sizes the same effect the other way ("small improvements in
    fatigue" where the summary says "large drops in fatigue"), when every source sentence that
    sizes it does."""
    if _CONDITIONAL.search(summary_sentence):
        return None
    for size, about in _sizes(summary_sentence):
        need = max(SAME_THING_WEIGHT, SAME_THING_SHARE * sum(about.values()))
        related = [
            (text, theirs)
            for text in source_sentences
            for theirs, what in _sizes(text)
            if sum(min(w, what[k]) for k, w in about.items() if k in what) >= need
        ]
        if related and all(theirs != size for _, theirs in related):
            return related[0][0]
    return None


# ---------------------------------------------------------------- numbers and what they count


def _misattributed(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, noun in the summary, noun in the source) for each number the summary ties to
    people, animals or studies where every use of it in the source counts something else."""
    out = []
    known = source_numbers(source.full_text)
    for value, offset, written in number_mentions(sentence):
        if value not in known:
            continue  # a number not in the source at all is the faithfulness check's
        noun = counted(sentence, offset + len(written), offset)
        group = noun_class(noun or "")
        if noun is None or group is None:
            continue
        theirs = [
            counted(s.text, off + len(w), off)
            for s in split_source(source)
            for v, off, w in number_mentions(s.text)
            if v == value
        ]
        if not theirs or any(
            n is None or n in UNCLEAR or n in group or stem(n) == stem(noun) for n in theirs
        ):
            continue
        out.append((written, noun, str(theirs[0])))
    return out


def _moved_numbers(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, what the summary ties it to, the number the paper gives for that) for numbers
    the paper has, but not in the sentence this summary sentence draws on (found by its words
    alone), where that sentence gives a different number of the same kind ("550 adults" where
    the paper says 1106 adults took part and 550 is one arm)."""
    mentions = number_mentions(sentence)
    if not mentions:
        return []
    sentences = split_source(source)
    words_only = overlaps(source, _DIGITS.sub(" ", sentence), numbers=False)
    if not words_only:
        return []
    best = max(words_only, key=lambda i: (words_only[i], -i))
    evidence = sentences[best].text
    theirs = [
        (v, unit_of(evidence, off + len(w), off), w) for v, off, w in number_mentions(evidence)
    ]
    known = source_numbers(source.full_text)
    out = []
    for value, offset, written in mentions:
        unit = unit_of(sentence, offset + len(written), offset)
        if value not in known or unit is None or unit == _STUDY_UNIT:
            continue  # counts of studies repeat across a review's sentences: too easy to confuse
        if _RATE_BEFORE.search(sentence[max(0, offset - 12) : offset]):
            continue
        if any(v == value and (u == unit or u is None) for v, u, _ in theirs):
            continue
        rivals = [w for v, u, w in theirs if v != value and u == unit]
        if not rivals:
            continue
        homes = [
            s.index
            for s in sentences
            if s.index != best and value in {v for v, _, _ in number_mentions(s.text)}
        ]
        home = max((words_only.get(i, 0.0) for i in homes), default=1.0)
        top = words_only[best]
        if top < MOVED_MIN_SUPPORT or home >= top - MOVED_MARGIN or home >= top * MOVED_RATIO:
            continue  # the summary may draw on the number's own sentence as well
        out.append((written, sentence[offset : offset + 40].split(".")[0], rivals[0]))
    return out


_DIGITS = re.compile(r"\d[\d,.]*\s*%?")
# "72 out of 100", "67 of the 72 patients": the second number is a base, not a count moved.
_RATE_BEFORE = re.compile(
    r"\b(?:out of|per|in every|of every|of (?:the|all|these|those))\s+$", re.I
)
_STUDY_UNIT = "class:" + min(STUDY_NOUNS)


# ---------------------------------------------------------------- overreach

_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|if|whether|hope|hoped|one day|future|not yet|"
    r"more research|further research|need(?:s|ed)? to|would need|it is possible|suggests?|"
    r"in (?:mice|rats|animals|cells|the lab|a dish)|animal|mouse|cell|cells)\b",
    re.I,
)
_IN_PEOPLE = re.compile(
    r"\b(?:people|patients|humans|persons|everyone|anyone|adults|children|women|men|"
    r"MS patients|people with MS|those with MS)\b",
    re.I,
)
_EFFECT_AS_FACT = re.compile(
    r"\b(?:can|will|does|do|did)? ?(?:increases?|reduces?|lowers?|raises|improves?|"
    r"protects?|prevents?|causes?|drives?|triggers?|worsens?|slows?|stops?|helps?|treats?|"
    r"heals|repairs?|restores?|boosts?|blocks?)\b",
    re.I,
)
_ADDRESSES_READER = re.compile(
    r"\b(?:you|your|questions?|talk (?:to|with)|ask|doctors?|nurses?|care team|team that)\b", re.I
)
_CAUSE_WORDS = re.compile(
    r"\b(?:causes?|caused|causing|leads? to|led to|results? in|resulted in|triggers?|triggered|"
    r"drives?|drove|prevents?|prevented|protects? against|protected against|is responsible for|"
    r"are responsible for|makes? (?:\w+ )?(?:worse|better)|because of|due to|thanks to)\b",
    re.I,
)
_NEGATED_CAUSE = re.compile(
    r"\b(?:not|cannot|can't|no|unclear|unknown|whether|if|may|might|could)\b[^.]{0,60}$", re.I
)


def _overreach(sentence: str, design: StudyDesign, evidence: list[str]) -> str | None:
    """Why `sentence` claims more than a study of this design can show, if it does. What the
    paper itself states the same way (its aligned `evidence` sentences) is not overreach."""
    if design in (StudyDesign.LAB, StudyDesign.ANIMAL):
        person = _IN_PEOPLE.search(sentence)
        effect = _EFFECT_AS_FACT.search(sentence)
        if effect and _NEGATOR.search(sentence[max(0, effect.start() - 40) : effect.start()]):
            effect = None
        if _ADDRESSES_READER.search(sentence):
            return None  # a pointer or an aside to the reader, not a finding
        if person and effect and not _HEDGE.search(sentence):
            if any(_IN_PEOPLE.search(e) and not _HEDGE.search(e) for e in evidence):
                return None
            where = "in cells" if design == StudyDesign.LAB else "in animals"
            return f"states an effect in people as fact, but this study was done {where}"
    if design == StudyDesign.OBSERVATIONAL and STUDY_CLAIM.search(sentence):
        if any(_states_cause(e) for e in evidence):
            return None
        m = _states_cause(sentence)
        if m:
            return f"uses cause words ({m.group(0)!r}) for what this study can only show as a link"
    return None


def _states_cause(sentence: str) -> re.Match[str] | None:
    """The first cause words `sentence` states without negating or hedging them."""
    for m in _CAUSE_WORDS.finditer(sentence):
        if not _NEGATED_CAUSE.search(sentence[: m.start()]):
            return m
    return None


# ---------------------------------------------------------------- the check


def _held_to_source(link: EvidenceLink) -> bool:
    """Whether a sentence must be found in the paper: everything the headline and "what the
    study did" say; elsewhere, only what reports the study's results (background on MS and
    judgements of a study's limits are the summary's own)."""
    if link.section in ("headline", "what_the_study_did"):
        return True
    if link.section == "limitations":
        return bool(re.search(r"\d", link.text) or claims_in(link.text))
    return bool(STUDY_CLAIM.search(link.text))


# "People who started early gained the most.", "Those with X did best.", "... lost the most
# weight": a result for a subgroup, which the paper must report (not "helped most children",
# not "which works best").
_BEST_OF = re.compile(
    r"\b(?:gain(?:ed|s)?|improv(?:ed|es)?|benefit(?:ed|s)?|did|do|does|help(?:ed|s)?|"
    r"respond(?:ed|s)?|work(?:ed|s)?|fared|chang(?:ed|es)|fell|dropped|rose|lost)\s+"
    r"(?:the\s+(?:most|least)\s+[a-z]+\b(?<!\blikely)|(?:the\s+)?(?:most|best|least|worst)"
    r"(?=\s*(?:[.,;:!]|$)|\s+(?:in|on|at|of|from|when|if|after|among|with|by|overall)\b))",
    re.I,
)
_WHICH_BEFORE = re.compile(r"\b(?:which|what|how|whether)\b", re.I)
_UNSURE = re.compile(r"\?|\b(?:unclear|not clear|unknown|not known|uncertain|if)\b", re.I)
_MODAL_BEFORE = re.compile(
    r"\b(?:may|might|could|would|to|seem(?:ed|s)?(?: to)?)\s+(?:(?:also|still|not|\w+ly)\s+)?$",
    re.I,
)
# What a paper's results say when they compare subgroups or name a best. "most" and "least"
# name a best only as "the most", "most likely" or before an adjective ("most effective"):
# "scores on most tests" is a majority and "at least" a floor, neither a best.
_SUBGROUP = re.compile(
    r"\b(?:best|greatest|largest|strongest|highest|lowest|worst|subgroups?|subsets?|"
    r"particularly|especially|pronounced|interaction|stratified|depending on)\b"
    r"|\bthe (?:most|least)\b"
    r"|(?<!\bat )\b(?:most|least) (?:likely|\w+(?:ive|ful|ent|ant|able|ible|ly))\b",
    re.I,
)


def _best_of(sentence: str) -> str | None:
    """The superlative of a subgroup result the sentence states ("gained the most"), if any;
    a question or a hedge states none ("which drug works best is unclear")."""
    m = _BEST_OF.search(sentence)
    if (
        not m
        or _UNSURE.search(sentence)
        or _WHICH_BEFORE.search(sentence[: m.start()])
        or _MODAL_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()])
    ):
        return None
    return m.group(0)


def _compares_subgroups(sentences: list[SourceSentence]) -> bool:
    """Whether any result or conclusion of the paper compares subgroups or names a best."""
    return any(
        s.role in (Role.RESULTS, Role.CONCLUSION)
        and _SUBGROUP.search(_without_parentheses(s.text))  # not "to 280 (strongest)"
        for s in sentences
    )


# "It slowed the shrinking of the brain", "The drug reduced the risk of falls": a past-tense
# verb of change with its object, the form in which a summary reports what a study did to
# something. A participle before a noun ("increased risk", "raised toilet seats") describes,
# and a verb after "is", "can", "to" or "which" states a general fact, not this study's result.
_RESULT_VERB_OBJECT = re.compile(r"\s+(?:the|a|an|their|his|her|its|this|these|those|both)\b", re.I)
_GENERAL_BEFORE = re.compile(
    r"\b(?:is|are|be|been|can|could|may|might|will|would|to|that|which|who)\s+$", re.I
)
# The share of such a result's object that the paper's results and conclusions must hold, and
# that the whole paper must hold, for the result to be one the paper reports.
OUTCOME_IN_RESULTS = 0.01
OUTCOME_IN_PAPER = 0.5
OUTCOME_MIN_WEIGHT = 4.0  # everyday words ("the body's ability") say too little to judge by
_OUTCOME_POLARITIES = frozenset({"up", "down", "better", "worse"})


def _outcome_not_reported(
    source: Source, sentence: str, sentences: list[SourceSentence]
) -> str | None:
    """What a stated result was done to ("slowed the shrinking of the brain": shrinking,
    brain), when no result or conclusion of the paper mentions it and the paper as a whole
    hardly does: a finding the paper does not report, however well the sentence's other words
    (the drug, the disease) are supported. A question, an aim or a hedge states no result; a
    paper without result sentences is not judged."""
    if _CONDITIONAL.search(sentence) or _not_a_claim(sentence):
        return None
    results = frozenset(s.index for s in sentences if s.role in _RESULT_ROLES)
    if not results:
        return None
    everywhere = frozenset(s.index for s in sentences)
    for claim in claims_in(sentence):
        if (
            claim.polarity not in _OUTCOME_POLARITIES
            or not claim.words
            or sum(claim.about.values()) < OUTCOME_MIN_WEIGHT
            or not claim.said.lower().endswith("ed")
            or not _RESULT_VERB_OBJECT.match(sentence, claim.said_at + len(claim.said))
            or _GENERAL_BEFORE.search(sentence[max(0, claim.said_at - 30) : claim.said_at])
        ):
            continue
        if sentence.lower().find(claim.words[0], claim.said_at) < 0:
            continue  # said of its subject ("a stricter test increased the reduction")
        text = " ".join(claim.words)
        if (
            found_share(source, text, results) < OUTCOME_IN_RESULTS
            and found_share(source, text, everywhere) < OUTCOME_IN_PAPER
        ):
            return text
    return None


_RESULT_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION})


def _not_a_claim(sentence: str) -> bool:
    """A question or a heading ("What did we find?") claims nothing."""
    return sentence.rstrip().endswith("?") or len(sentence.split()) < MIN_CLAIM_WORDS


def _without_invented_numbers(found: Alignment, source: Source) -> tuple[float, float]:
    """Support score and novel share leaving out numbers the source lacks altogether: those
    are the faithfulness check's to report, once."""
    known = source_numbers(source.full_text)
    invented = [n for n in found.novel if n[:1].isdigit() and n not in known]
    if not invented:
        return found.score, found.novel_share
    rest = found.weight - NUMBER_WEIGHT * len(invented)
    if rest <= 0:
        return 1.0, 0.0
    novel = found.novel_share * found.weight - NUMBER_WEIGHT * len(invented)
    return found.score * found.weight / rest, max(0.0, novel) / rest


_FINDING_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION, Role.LIMITATION})


def _one_line(text: str) -> str:
    """A paper's sentence as a message quotes it: its line breaks (a text file's wrapping) are
    spaces, not a '\\n' in the quote."""
    return " ".join(text.split())


def _finding(
    link: EvidenceLink,
    message: str,
    hint: str,
    check: str = CHECK,
    severity: Severity = Severity.ERROR,
) -> Finding:
    return Finding(
        check=check,
        severity=severity,
        section=link.section,
        span=link.text,
        message=message,
        hint=hint,
    )


def check_support(source: Source, design: DesignInfo, links: list[EvidenceLink]) -> list[Finding]:
    """Unsupported, contradicted, misattributed-number and overreach errors, one sentence at a
    time, from the evidence links of a summary."""
    sentences = split_source(source)

    def expand(text: str) -> list[list[str]]:
        return stand_in_groups(source, text)

    findings: list[Finding] = []
    # what the paper's results and conclusions say, as found (not asked or hoped)
    findings_said = [
        s.text for s in sentences if s.role in _FINDING_ROLES and not _CONDITIONAL.search(s.text)
    ]
    for link in links:
        found = align(source, link.text)
        quoted = f"{link.text!r}"
        is_design, wrong_kind = design_statement(link.text, source.full_text)
        # a sentence sizing an effect the other way is reported as that, not as unsupported
        sized = link.kind == "content" and _size_contradiction(link.text, findings_said)
        if sized:
            findings.append(
                _finding(
                    link,
                    f"Contradicts the source: {quoted} gives the effect another size than "
                    f"the paper does: {_one_line(sized)!r}.",
                    "Say how large and how steady the effect was the way the paper does.",
                    CONTRADICTION,
                )
            )
        if wrong_kind:
            findings.append(
                _finding(
                    link,
                    f"Not supported by the source: {quoted} calls it {wrong_kind}, but the paper "
                    "does not describe one.",
                    "Say what kind of study the paper reports (a lab study in cells, a study in "
                    "animals, a trial, a review of earlier studies, a study that followed people).",
                )
            )
        elif link.kind == "content" and not is_design and not sized and _held_to_source(link):
            score, novel_share = _without_invented_numbers(found, source)
            weak = score < LOW_SUPPORT and found.novel and found.weight >= MIN_CLAIM_WEIGHT
            novel = novel_share >= NOVEL_SHARE and len(found.novel) >= 2
            if (weak or novel) and not _not_a_claim(link.text):
                # An error only for a finding the paper lacks; other sentences whose words the
                # paper lacks are often plain explanations of its terms: an editor reads them.
                sure = (
                    novel_share >= SURE_NOVEL_SHARE
                    and (_FINDING_CUE.search(link.text) or _COMPOSITION.search(link.text))
                    and not _REVIEW_PROCESS.search(link.text)
                )
                missing = ", ".join(found.novel[:6] or found.missing[:6])
                findings.append(
                    _finding(
                        link,
                        f"Not supported by the source: {quoted} (support {found.score:.2f}; "
                        f"not in the source: {missing}).",
                        "Say only what the paper reports; remove the sentence or rewrite it "
                        "from the paper's own results.",
                        severity=Severity.ERROR if sure else Severity.WARNING,
                    )
                )
                continue
        if link.kind == "content" and not is_design and _held_to_source(link):
            tool = method_as_topic(source, link.text)
            if tool:
                findings.append(
                    _finding(
                        link,
                        f"Not supported by the source: {quoted} says the study looked at "
                        f"{tool!r}, but the paper only used it as a means of its work.",
                        "Say what the paper studied (its aim), and name the tool only as "
                        "how it was measured, if at all.",
                    )
                )
                continue
            absent = _outcome_not_reported(source, link.text, sentences)
            if absent:
                findings.append(
                    _finding(
                        link,
                        f"Not supported by the source: {quoted} reports a change in "
                        f"{absent!r}, but the paper's results and conclusions never mention it.",
                        "Say only what the paper reports; remove the sentence or rewrite it "
                        "from the paper's own results.",
                    )
                )
                continue
        if link.kind == "content" and not is_design and not wrong_kind:
            best = _best_of(link.text)  # a subgroup's result, in any section
            if best and not _compares_subgroups(sentences):
                findings.append(
                    _finding(
                        link,
                        f"Not supported by the source: {quoted} says who did {best!r}, but the "
                        "paper's results compare no subgroups and name no best.",
                        "Say only what the paper reports; remove the sentence or rewrite it "
                        "from the paper's own results.",
                    )
                )
                continue
        # a frame sentence (a design caveat, the care-team pointer) states no result to contradict
        if link.kind == "content" and found.score >= MIN_OVERLAP_FOR_CONTRADICTION:
            near = overlaps(source, link.text)
            candidates = [
                sentences[i].text
                for i in sorted(set(found.sentences) | {i for i, v in near.items() if v >= NEAR})
                if sentences[i].role in _FINDING_ROLES
                and not _CONDITIONAL.search(sentences[i].text)
            ]
            opposite = _contradiction(link.text, candidates, expand)
            if opposite:
                polarity, evidence = opposite
                findings.append(
                    _finding(
                        link,
                        f"Contradicts the source: {quoted} says {_SAYS[polarity]}, but the "
                        f"paper says: {_one_line(evidence)!r}.",
                        "Report the result the way the paper does, including results that "
                        "showed no difference.",
                        CONTRADICTION,
                    )
                )
        flagged: set[str] = set()
        for number, said, theirs in _moved_numbers(link.text, source):
            flagged.add(number)
            findings.append(
                _finding(
                    link,
                    f"The number {number} is in the source, but not for this: the sentences "
                    f"this one draws on give {theirs} ({said!r} in {quoted}).",
                    "Check which number the paper gives for this and use that one.",
                    NUMBERS,
                )
            )
        for number, noun, theirs in _misattributed(link.text, source):
            flagged.add(number)
            findings.append(
                _finding(
                    link,
                    f"The number {number} counts {theirs} in the source, not {noun}: {quoted}.",
                    f"Use {number} only for what the paper counts with it.",
                    NUMBERS,
                )
            )
        for number, said, theirs in misplaced_counts(link.text, source):
            if number in flagged:
                continue
            flagged.add(number)
            findings.append(
                _finding(
                    link,
                    f"The number {number} is in the source, but not as {said!r}: the paper "
                    f"gives {theirs} ({quoted}).",
                    "Check what the paper counts with this number, and whether it is a part "
                    "or the whole.",
                    NUMBERS,
                )
            )
        if link.kind == "content":
            why = _overreach(link.text, design.design, [sentences[i].text for i in found.sentences])
            if why:
                findings.append(
                    _finding(
                        link,
                        f"Overreach: {quoted} {why}.",
                        "Say what was found and where (in cells, in mice, a link in people), "
                        "with 'may' where it is not yet shown.",
                        OVERREACH,
                    )
                )
    return findings


_SAYS = {
    "up": "an increase",
    "down": "a decrease",
    "better": "an improvement",
    "worse": "a worsening",
    "null": "no difference",
    "effect": "a change",
}
