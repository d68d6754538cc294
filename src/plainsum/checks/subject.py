"""What was studied is named: a summary that never names the paper's treatment, exposure,
condition or organism tells a reader nothing they can use (`unnamed_subject`).

Two independent readers found drafts that passed every other check while never saying what was
studied or in whom ("A study reports its findings. Most of its details are too technical ...";
a review of contraceptives summarised only as "breastfeeding length did not differ").

The paper's subject terms are the content words of its title and aim sentences, and the content
words it uses in two sentences or more (a review's results name its treatment and condition
again and again): words rare enough to name a particular thing (Zipf 5 or rarer,
`SUBJECT_WEIGHT`), not the words any paper uses for its design, people or statistics, and not
an adverb or a participle. The summary names a term when it uses a word of the same stem (or
the same first letters, "progressive" for "progression"), or the paper's long form of an
abbreviation or the glossary's plain phrase for a term, whole ("high blood pressure" for
"hypertension").

Measured on the 1,141 human lay summaries of ../shared/data: 1 (0.1%) names none of its paper's
subject terms, so the rule is an error. It is a floor: it does not ask that the condition be
named beside the treatment. Tried and left out: requiring two terms (2.3% of the human
summaries flagged), and a condition read from the aim ("... for painful bladder syndrome"):
0.9% of human summaries, but half of its hits on offline drafts were wrong (a phrase that is no
condition, "healthy adults"; a plain name the stand-ins miss, "bleeding inside the brain").

Not every subject term names what was studied: a review of growth hormone for children with
cystic fibrosis uses "height", "levels" and "improvement" as often as "CF", and a draft naming
only its outcomes ("improvement in height") says nothing of the treatment or the people. So a
summary must name a core term (`core_terms`): one of the title's and aim's, the condition of
the people studied ("children with CF"), or the paper's most frequent term that is no measure
(height, level, dose, score ...) and no direction word (improve, reduce ...), or any term used
in half as many sentences as that one. An abbreviation the paper never defines is named by
words that spell out its capitals ("oral hygiene advice" for OHA). Measured on the human lay
summaries: 3 of 1,141 (0.3%) name no core term, against 1 naming no subject term before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from .. import caseless
from ..evidence import (
    PREFIX_LETTERS,
    content_words,
    split_source,
    stand_in_groups,
    stem,
    word_weight,
)
from ..ingest import Source
from ..memo import SIZE
from ..plain.sentences import Role
from ..whole_word import whole_word_at
from ..word_start import word_char
from .long_forms import paper_definitions

SUBJECT_WEIGHT = 1.5  # evidence weight (Zipf 5 or rarer) of a word that can name what was studied
FREQUENT_TERMS = 8  # the paper's most frequent such words (each in two sentences or more) count
MIN_SENTENCES = 2

# Words any paper uses for its design, its people, its outcomes and its statistics.
GENERAL = _GENERAL = frozenset(
    stem(w)
    for w in """patient patients participant participants individual individuals adult adults
    child children subject subjects effect effects effective effectiveness efficacy evidence
    outcome outcomes treatment treatments therapy therapies intervention interventions review
    reviews systematic trial trials data assess determine evaluate compare compared comparison
    clinical practice objective objectives aim aims main whether quality certainty low moderate
    high use role current available randomised randomized randomly controlled conclusion
    conclusions demonstrate study studies people person group groups result results sclerosis
    multiple ms bias meta analysis analyses heterogeneity confidence interval random adverse
    events event included estimate ratio risk mean difference grade evidence assessed
    significant versus placebo control controls follow median interquartile respectively pooled
    sensitivity specificity sensitivities specificities adjusted unadjusted wmd nnt nnh os pfs
    dfs efs mmse hrqol sae saes rct rcts ci or rr hr md smd iqr sd se auc roc""".split()
)
_NOT_A_NAME = re.compile(r"(?:ly|ed|ing)$")
# Words that measure or grade what was studied rather than name it: a paper's most frequent
# word may be one ("height", "levels"), and a summary naming only these names no subject.
MEASURES = _MEASURES = frozenset(
    stem(w)
    for w in """level dose dosage duration function score scale rate measure measurement value
    mass height weight length size volume time period inconsistency consistency accuracy
    precision range threshold cutoff baseline number amount proportion percentage frequency
    severity intensity response outcome endpoint parameter marker index count""".split()
)
# The people a paper studied, and their condition after "with" ("children with cystic
# fibrosis", "adults who have asthma"), or before the people ("CF patients").
_PEOPLE = (
    r"(?:people|persons|patients|individuals|participants|children|adults|adolescents|women|"
    r"men|infants|babies|newborns|neonates|those)"
)
_CONDITIONS = (
    re.compile(
        rf"\b{_PEOPLE}\s+(?:(?:who|that)\s+(?:have|had|has)|with|suffering from|diagnosed with)"
        r"\s+((?:[\w'-]+\s+){0,2}[\w'-]+)",
        re.I,
    ),
    re.compile(rf"\b([\w'-]+)\s+{_PEOPLE}\b", re.I),
)
# Where the people are named after a space: where a match of `_CONDITIONS[1]` must end.
_PEOPLE_AFTER_SPACE = re.compile(rf"(?<=\s){_PEOPLE}\b", re.I)


def _run_char(ch: str) -> bool:
    return word_char(ch) or ch in "'-"  # [\w'-]


def named_before_people(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_CONDITIONS[1]` ("CF patients") in `text`, as `finditer` gives them,
    searched for only from the word before each place the people are named: the pattern tried
    at every word of a paper cost more than the rest of the subject check. No match can start
    before that word: a match is a word, spaces and the people, and the people it ends with
    are the first named after a space that it may hold (tests/test_checks_subject.py holds
    the two to the same matches)."""
    named_by, people = _CONDITIONS[1], _PEOPLE_AFTER_SPACE
    at = 0
    while (named := caseless.search(people, text, at + 2)) is not None:
        start = named.start()
        while start > at and text[start - 1].isspace():
            start -= 1
        while start > at and _run_char(text[start - 1]):
            start -= 1
        m = caseless.search(named_by, text, start)
        if m is None:
            return
        yield m
        at = m.end()


# Frequent terms used in at least this share of the sentences that its most frequent term is
# (no measure, no direction word) count as naming what the paper studied.
CORE_SHARE = 0.5
# Words an aim uses for what the study did, not what it studied ("to investigate ..."), and
# words that grade a condition without naming it ("acute", "severe").
_AIM_WORDS = frozenset(
    stem(w)
    for w in """investigate examine explore describe summarize summarise address identify
    characterize characterise exploit comprehensive estimate establish review""".split()
)
GRADES = frozenset(
    stem(w)
    for w in """acute chronic severe mild moderate advanced early late recurrent persistent
    primary secondary new newly""".split()
)


@lru_cache(maxsize=SIZE)
def _can_name(word: str) -> bool:
    """Whether a content word can name what was studied: rare enough, not a general word, not an
    adverb or a participle ("respectively", "adjusted", "measuring")."""
    return (
        word_weight(word) >= SUBJECT_WEIGHT
        and stem(word) not in _GENERAL
        and not _NOT_A_NAME.search(word)
    )


def _aim_text(source: Source) -> str:
    aims = [s.text for s in split_source(source) if s.role == Role.AIM]
    return " ".join([source.title or "", *aims]).strip()


# What an aim tests, after "the effect of", "whether", "if", up to what it is for or in whom:
# "To assess if insulin given to maintain glucose ..." -> "insulin given".
_TESTED = re.compile(
    r"\b(?:(?:effects?|efficacy|effectiveness|safety|benefits?|role|use|impact) of|whether|if)\s+"
    r"(?P<what>(?:(?!(?:for|on|in|to|versus|vs|compared|with|among|at|when|after|during|"
    r"improves?|reduces?|influences?|affects?)\b)[\w'-]+\s+){1,6})",
    re.I,
)


def treatment_terms(source: Source) -> dict[str, str]:
    """The terms of what the paper's title or aim says it tested ("the effect of X on Y":
    X's words), stem -> word; empty when no aim says it in that shape."""
    out: dict[str, str] = {}
    for m in caseless.finditer(_TESTED, _aim_text(source)):
        for w in content_words(m["what"]):
            if _can_name(w):
                out.setdefault(stem(w), w)
    return out


def subject_terms(source: Source) -> dict[str, str]:
    """The paper's subject terms, stem -> the word as the paper first writes it: its title's and
    aim's words that can name a thing, and such words the paper uses in `MIN_SENTENCES`
    sentences or more (its `FREQUENT_TERMS` most frequent first)."""
    return dict(_subject_terms(source))


@lru_cache(maxsize=64)
def _counted(source: Source) -> tuple[Counter[str], dict[str, str]]:
    """How many sentences use each word that can name a thing (by stem), and its first form."""
    counts: dict[str, int] = {}  # a Counter at the end: its += on a new stem is slow
    first: dict[str, str] = {}
    for sentence in split_source(source):
        for word in dict.fromkeys(content_words(sentence.text)):
            if _can_name(word):
                key = stem(word)
                counts[key] = counts.get(key, 0) + 1
                first.setdefault(key, word)
    return Counter(counts), first


def _sentence_counts(source: Source) -> Counter[str]:
    return _counted(source)[0]


@lru_cache(maxsize=64)  # once per paper: a batch checks each paper's drafts and repairs
def _subject_terms(source: Source) -> tuple[tuple[str, str], ...]:
    counts, first = _counted(source)
    terms = {s: first[s] for s, n in counts.most_common(FREQUENT_TERMS) if n >= MIN_SENTENCES}
    terms.update({s: first[s] for s, n in counts.items() if n >= MIN_SENTENCES})
    for word in content_words(_aim_text(source)):
        if _can_name(word):
            terms.setdefault(stem(word), word)
    return tuple(terms.items())


def core_terms(source: Source) -> dict[str, str]:
    """The subject terms that name what was studied, not how it was measured: the title's and
    aim's, the condition of the people studied, and the `CORE_FREQUENT` most frequent terms
    that are no measure and no direction word; all subject terms when none of these is found."""
    return dict(_core_terms(source))


@lru_cache(maxsize=64)
def _core_terms(source: Source) -> tuple[tuple[str, str], ...]:
    from .polarity_words import DIRECTION  # a direction word ("improve") names nothing

    terms = subject_terms(source)
    counts = _sentence_counts(source)
    core: dict[str, str] = {}
    for word in content_words(_aim_text(source)):
        if _can_name(word) and stem(word) not in _AIM_WORDS:
            core.setdefault(stem(word), word)
    text = source.full_text
    for m in (*caseless.finditer(_CONDITIONS[0], text), *named_before_people(text)):
        for word in content_words(m.group(1)):
            if _can_name(word) and stem(word) not in GRADES:
                core.setdefault(stem(word), word)
    frequent = [s for s in terms if s not in _MEASURES and not DIRECTION.fullmatch(terms[s])]
    if frequent:  # most frequent first
        top = counts[frequent[0]]
        for s in frequent:
            if counts[s] >= CORE_SHARE * top:
                core.setdefault(s, terms[s])
    if not core:
        return tuple(terms.items())
    # the most used first, as the message lists a few
    return tuple(sorted(core.items(), key=lambda kv: -counts.get(kv[0], 0)))


def names_subject(source: Source, text: str, terms: dict[str, str] | None = None) -> bool:
    """Whether `text` names one of the paper's subject terms, by its stem, its first letters, or
    a long form or plain phrase of one, whole."""
    terms = subject_terms(source) if terms is None else terms
    stems = {stem(w) for w in content_words(text)}
    # stems of five letters or more share their first letters ("progress", "progressive")
    prefixes = {s[:PREFIX_LETTERS] for s in stems if len(s) >= PREFIX_LETTERS}
    if any(
        t in stems or len(t) >= PREFIX_LETTERS and t[:PREFIX_LETTERS] in prefixes for t in terms
    ):
        return True
    written = [as_written(source, w) for w in terms.values()]
    # (an abbreviation's long form, as the paper defines it, has plain phrases too: "DMT" is
    # named by "disease-slowing drug", the glossary's words for "disease-modifying therapy")
    defined = paper_definitions(source.full_text) if any(map(is_abbreviation, written)) else {}
    long_forms = [defined[w] for w in written if w in defined]
    named_by = " ".join([_aim_text(source), *written, *long_forms])
    for group in stand_in_groups(source, named_by):
        words = {stem(w) for w in group} - _GENERAL - GRADES  # "long-lasting" for "chronic"
        if words and words <= stems:
            return True
    return any(spelled_out(w, text) for w in written if is_abbreviation(w))


# An abbreviation the paper may never define ("OHA", "rhGH"), and the content words of a
# summary that spell out its capitals ("oral hygiene advice", "growth hormone"), one first
# letter each; two letters ("CF") only by words rare enough to name a thing ("cystic
# fibrosis"), as common words would spell them by chance.
_ABBREVIATION = re.compile(r"^(?=(?:\w*[A-Z]){2})[A-Za-z]{2,6}$")
SPELLING_WEIGHT = 1.4  # (Zipf 5.1 or rarer) each word spelling out a two-letter abbreviation


def is_abbreviation(word: str) -> bool:
    """Whether `word` (as the paper writes it) is an abbreviation: two capitals or more in six
    letters or fewer ("CF", "rhGH")."""
    return _ABBREVIATION.match(word) is not None


def spelled_out(abbreviation: str, text: str) -> bool:
    """Whether `text` has a run of content words whose first letters spell the capitals of
    `abbreviation`."""
    letters = "".join(c for c in abbreviation if c.isupper()).lower()
    words = content_words(text)
    if len(letters) == 2:
        words = [w if word_weight(w) >= SPELLING_WEIGHT else "-" for w in words]
    return letters in "".join(w[0].lower() for w in words)


def as_written(source: Source, word: str) -> str:
    """`word` as the paper first writes it, in its own case ("OHA", not "oha"), so that its
    long form is found for an abbreviation."""
    at = whole_word_at(source.full_text, word, hyphen=True)
    return word if at is None else source.full_text[at : at + len(word)]


def unnamed_subject(source: Source, summary_text: str) -> list[str] | None:
    """The paper's subject terms (a few, for the message) when a summary's whole text names
    none of them; None when it names one, or the paper has none."""
    if _names_aim_term(source, summary_text):
        return None  # a core term, whatever the others are: they are not worked out
    terms = core_terms(source)
    if not terms or names_subject(source, summary_text, terms):
        return None
    return list(terms.values())[:6]


def _names_aim_term(source: Source, text: str) -> bool:
    """Whether `text` names, by its stem or its first letters as `names_subject` reads them, a
    core term of the title's and aim's words (`_core_terms` keeps every one: the summary names
    a core term then, whatever the paper's other core terms are)."""
    aim = {
        stem(word)
        for word in content_words(_aim_text(source))
        if _can_name(word) and stem(word) not in _AIM_WORDS
    }
    if not aim:
        return False
    stems = {stem(w) for w in content_words(text)}
    prefixes = {s[:PREFIX_LETTERS] for s in stems if len(s) >= PREFIX_LETTERS}
    return any(
        t in stems or len(t) >= PREFIX_LETTERS and t[:PREFIX_LETTERS] in prefixes for t in aim
    )


# Words an aim uses around what it tested that name no treatment by themselves: its kind
# ("pharmacological", "methods", "types"), its place in care ("adjunctive"), the way it is
# given ("intravesical": a summary names the drugs given so) or a grade of it.
# Measured on the aims of ../shared/data: the only words left of some aims' "effect of ..."
# ("the effects of different types of ...", "the effect of adjunctive ...").
_NOT_A_TREATMENT = frozenset(
    stem(w)
    for w in """pharmacological nonpharmacological non-pharmacological adjunctive adjunct
    dependent methods method types type classes class kinds kind forms form strategies
    strategy approaches approach programmes programs modalities modality different various
    available existing standard conventional novel intravesical intravenous intramuscular
    subcutaneous topical systemic intranasal inhaled""".split()
)


def untested_treatment(source: Source, summary_text: str) -> list[str] | None:
    """What the paper's aim says it tested (a few of its words, for the message) when a
    summary's whole text names none of it; None when it names one, or no aim says what was
    tested in the shape `treatment_terms` reads."""
    terms = {s: w for s, w in treatment_terms(source).items() if s not in _NOT_A_TREATMENT}
    if not terms or names_subject(source, summary_text, terms):
        return None
    # the members an aim lists in brackets after what it tested name it too: "tumour necrosis
    # factor inhibitors (adalimumab, certolizumab, ...)" is named by "certolizumab"
    aim = _aim_text(source)
    members: dict[str, str] = {}
    for m in caseless.finditer(_TESTED, aim):
        listed = _LISTED_AFTER.match(aim, m.end("what"))
        for w in content_words(listed["members"]) if listed else []:
            if _can_name(w):
                members.setdefault(stem(w), w)
    if members and names_subject(source, summary_text, members):
        return None
    return [as_written(source, w) for w in terms.values()][:6]


_LISTED_AFTER = re.compile(r"\s*\((?P<members>[^()]+)\)")
