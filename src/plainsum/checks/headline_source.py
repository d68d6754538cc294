"""Where a headline stands in the paper: the paper's main sentences (its conclusions, or its
results), and whether the sentence that holds the headline best is a side result, the aim, a
method, the background or a results sentence the conclusions are not about (see
`plainsum.checks.headline`)."""

from __future__ import annotations

import re

from ..evidence import (
    SourceSentence,
    align,
    content_words,
    overlaps,
    split_source,
    stand_ins,
    stem,
    word_weight,
)
from ..ingest import Source
from ..plain.case_story import opens_on_case
from ..plain.sentences import Role
from .headline_claims import claims
from .headline_side import HETEROGENEITY

# Words too general to say which treatment, condition or outcome a conclusion is about (the
# design and reporting words of any paper among them).
GENERAL = frozenset(
    stem(w)
    for w in """patient patients participant participants individual individuals adult adults
    child children subject subjects effect effects effective effectiveness efficacy evidence
    outcome outcomes treatment treatments therapy therapies intervention interventions review
    systematic trial data assess determine evaluate compare compared comparison clinical
    practice objective objectives aim aims main whether quality certainty low moderate high
    use role current available randomised randomized randomly controlled conclusion conclusions
    demonstrate""".split()
)
MIN_TERMS = 3  # content words a headline needs before it can be said to be about something else
RARE = 2.5  # evidence weight (Zipf 4 or rarer) of a word that names a particular thing
MARGIN = 0.25  # how much better a results sentence must hold the headline than any conclusion
ALIGNED = 0.7  # a headline this well matched by one results sentence repeats that sentence

_MAIN_ROLES = (Role.CONCLUSION,)


def main_sentences(source: Source) -> list[int]:
    """The paper's conclusion sentences, or its results when it has no conclusion."""
    sentences = split_source(source)
    main = [s.index for s in sentences if s.role in _MAIN_ROLES]
    if not main:
        main = [s.index for s in sentences if s.role == Role.RESULTS]
    return main


def _stems(source: Source, text: str) -> set[str]:
    """The stems of `text`'s content words and of the words its abbreviations and terms stand
    for in `source`, less the words too general to name a topic."""
    words = content_words(text) + stand_ins(source, text)
    return {stem(w) for w in words} - GENERAL


# Who (or what) a study is about, named in nearly every sentence of a paper: no topic of its
# own ("treated mice", "people with MS" name no result).
_POPULATION = frozenset(
    stem(w)
    for w in """people person ms multiple sclerosis men women man woman adult adults older
    younger young old children child infant infants mice mouse rat rats animal animals rodent
    rodents cell cells""".split()
)


def topic_stems(source: Source, text: str) -> set[str]:
    """What a text is about: the stems of its content words and of the words its
    abbreviations stand for, less the general and the population words."""
    return _stems(source, text) - _POPULATION


def _key_terms(source: Source, main: list[int], sentences: list[SourceSentence]) -> set[str]:
    """The conclusions' key terms: the stems they share with the paper's aim or title (what
    the paper set out to learn about), and their rare words (a drug's name, a condition).
    Empty when the paper states neither aim nor title, or its conclusions name nothing of
    them: then nothing says what the paper is about."""
    topic = " ".join(
        [source.title or "", *(s.text for s in sentences if s.role == Role.AIM)]
    ).strip()
    if not topic or not main:
        return set()
    conclusions = " ".join(sentences[i].text for i in main)
    shared = _stems(source, conclusions) & _stems(source, topic)
    if not shared:
        return set()  # conclusions that name nothing the paper set out to study
    rare = {stem(w) for w in content_words(conclusions) if word_weight(w) >= RARE} - GENERAL
    return shared | rare


def _names_any(stems: set[str], keys: set[str]) -> bool:
    """Whether a stem is a key term or shares its first letters with one ("progress" and
    "progressive" both name progression)."""
    prefixes = {k[:5] for k in keys if len(k) >= 5}
    return bool(stems & keys) or any(len(s) >= 5 and s[:5] in prefixes for s in stems)


def another_result(
    source: Source, headline: str, main: list[int], sentences: list[SourceSentence]
) -> set[str] | None:
    """The conclusions' key terms when the headline repeats a results or methods sentence, no
    conclusion sentence holds nearly as much of it, and it names none of those terms; else None."""
    if not main or any(sentences[i].role != Role.CONCLUSION for i in main):
        return None  # without conclusions the results are the main finding
    if len(set(content_words(headline))) < MIN_TERMS:
        return None  # too few words to tell what a headline is about
    matched = align(source, headline)
    if matched.score < ALIGNED or not matched.sentences:
        return None
    if any(
        i in main or sentences[i].role not in (Role.RESULTS, Role.METHODS)
        for i in matched.sentences
    ):
        return None
    shares = overlaps(source, headline)
    if max((shares.get(i, 0.0) for i in main), default=0.0) > matched.score - MARGIN:
        return None  # a conclusion says nearly as much of it
    # who was studied is no key term: "Microglia were fewer in treated mice" names no result
    # of a paper that concludes vitamin D improved myelin repair in mice
    keys = _key_terms(source, main, sentences) - _POPULATION
    if not keys or _names_any(topic_stems(source, headline), keys):
        return None
    return keys


# The outcome a paper names as its main one: "The primary outcome was ...", "Primary end points
# were ...", "The main outcome measure was ...".
_PRIMARY = re.compile(
    r"\b(?:primary|main) (?:efficacy )?(?:outcome|end ?point|measure)s?\b(?: measures?)? "
    r"(?:was|were|is|are|included)\b",
    re.I,
)


# A headline that says the question stays open, about the whole of it: "A review found no
# studies of ...", "no clear evidence about ...", "This review did not determine ...".
_NOTHING_SETTLED = re.compile(
    r"\bno (?:\w+ )?(?:evidence|data|studies|trials|rcts)\b|\b(?:unclear|uncertain)\b|"
    r"\b(?:did|does|could|can)(?: not|n't) (?:\w+ )?(?:determine|show|tell|find|identify|say)\b",
    re.I,
)
_HARMS = re.compile(
    r"\b(?:safety|adverse|harms?|side[- ]effects?|tolerab\w*|reactogenicity)\b", re.I
)


def off_primary(
    source: Source, headline: str, main: list[int], sentences: list[SourceSentence]
) -> set[str] | None:
    """What the headline should name, when the paper names its primary outcome, its
    conclusions are about that outcome, and the headline names neither the outcome nor
    anything the conclusions say beyond the paper's topic (its title, aim and background):
    "Most people with gout did not mind the text reminders" for a trial whose primary outcome
    and conclusion are reaching a target urate level. Else None."""
    if not main or any(sentences[i].role != Role.CONCLUSION for i in main):
        return None  # without conclusions the results are the main finding
    said = topic_stems(source, headline)
    if len(said) < MIN_TERMS:
        return None  # too few words to tell what a headline is about
    primary = [s.text for s in sentences if _PRIMARY.search(s.text)]
    if not primary or _NOTHING_SETTLED.search(headline):
        return None  # a verdict on the whole question: "no studies", "did not determine ..."
    if _HARMS.search(" ".join(primary)):
        return None  # harms are a primary outcome, in words no list holds ("injection-site pain")
    outcome = topic_stems(source, _PRIMARY.sub(" ", " ".join(primary)))
    concluded = topic_stems(source, " ".join(sentences[i].text for i in main))
    if not outcome & concluded:
        return None  # the conclusions are about something else than the primary outcome
    topic = " ".join(
        [source.title or "", *(s.text for s in sentences if s.role in (Role.AIM, Role.BACKGROUND))]
    )
    own = outcome | (concluded - topic_stems(source, topic))
    return None if _names_any(said, own) else own


# A sentence that opens by marking its result as an aside ("Interestingly, ...", "We also
# found ..."): a side result, even among the conclusions.
_ASIDE = re.compile(
    r"^(?:interestingly|curiously|surprisingly|incidentally|in addition|additionally|also|"
    r"moreover|furthermore|besides|secondary (?:outcomes?|analys[ie]s)|as a secondary|"
    r"(?:we|they|the authors) also (?:found|observed|noted|saw|showed)|a (?:further|secondary) "
    r"(?:finding|analysis))\b",
    re.I,
)
# What a study set out to learn or did: the aim or the method said as such.
_AIM_OR_METHOD = re.compile(
    r"^(?:objectives?|aims?|purpose|background|methods?)\b"
    r"|\bto (?:assess|determine|investigate|evaluate|examine|explore|compare|test|study|"
    r"characteri[sz]e|describe|identify|find out|see|learn|measure|review)\b"
    r"|\b(?:aim|objective|purpose|goal|question)s? (?:of (?:this|the|our) \w+ )?"
    r"(?:was|were|is|are)\b"
    r"|\bwe (?:investigated|examined|assessed|evaluated|studied|explored|compared|tested|sought|"
    r"aimed|searched|included|recruited|enrolled|randomi[sz]ed|measured|used|analy[sz]ed|"
    r"reviewed|collected|followed)\b"
    r"|\b(?:were|was) (?:randomi[sz]ed|recruited|enrolled|included|allocated|assigned|searched)\b",
    re.I,
)


# A paper whose conclusion only says what it covers: "The discussion is a comparative study of
# the drawbacks of ...", "This article reviews the treatments ...".
_SELF_DESCRIBED = re.compile(
    r"^(?:in )?(?:this|the|our) (?:article|paper|discussion|overview|chapter|narrative review)"
    r"\b,? (?:we )?(?:is|was|discuss\w*|describ\w*|summari[sz]\w*|consider\w*|cover\w*|"
    r"outlin\w*|present\w*|review\w*|provid\w*)\b",
    re.I,
)


def aligned_kind(
    source: Source, headline: str, main: list[int], sentences: list[SourceSentence]
) -> str | None:
    """What the source sentence that holds a headline best is, when it is not a finding: "the
    heterogeneity" (how much the studies differed), "a side result" (a result the paper marks
    as an aside), "the aim or method" or "the background"; None when it is a finding, when the
    match is loose, or when a main sentence holds the headline nearly as well."""
    if len(set(content_words(headline))) < MIN_TERMS:
        return None
    matched = align(source, headline)
    if matched.score < ALIGNED or not matched.sentences:
        return None
    best = sentences[matched.sentences[0]]
    shares = overlaps(source, headline)
    own = shares.get(best.index, 0.0)
    if _ASIDE.search(best.text) and len(main) > 1:
        kind = "a side result"
    elif claims(headline):
        return None  # the headline says what was found; where it aligns is the aligner's luck
    elif HETEROGENEITY.search(best.text):
        kind = "the heterogeneity (how much the studies differed)"
    elif opens_on_case(best.text):
        # a case report's opening on its case ("We report a 34-year-old woman with MS who
        # developed ..."), background or aim by its place: the case is what it found (not the
        # workup told after it: "Physical examination revealed a painful mass")
        return None
    elif best.role in (Role.AIM, Role.METHODS) or _AIM_OR_METHOD.search(best.text):
        if main and all(_SELF_DESCRIBED.search(sentences[i].text) for i in main):
            return None  # the paper's last word is what it covers: no finding to head with
        kind = "the aim or method"
    elif best.role == Role.BACKGROUND:
        kind = "the background"
    else:
        return None
    rivals = [i for i in main if i != best.index and not _ASIDE.search(sentences[i].text)]
    if max((shares.get(i, 0.0) for i in rivals), default=0.0) > own - MARGIN:
        return None  # a main sentence says nearly as much of it
    return kind


_ONLY = re.compile(r"^only\b", re.I)


def stressed_result(
    source: Source, headline: str, main: list[int], sentences: list[SourceSentence]
) -> bool:
    """Whether an "Only ..." headline repeats a results sentence that no conclusion holds
    nearly as well, and the conclusions stress nothing with "only"."""
    if not _ONLY.search(headline) or not main:
        return False
    if any(sentences[i].role != Role.CONCLUSION for i in main):
        return False  # without conclusions the results are the main finding
    if any(re.search(r"\bonly\b", sentences[i].text, re.I) for i in main):
        return False
    matched = align(source, headline)
    if matched.score < ALIGNED or not matched.sentences or matched.sentences[0] in main:
        return False
    shares = overlaps(source, headline)
    return max((shares.get(i, 0.0) for i in main), default=0.0) <= matched.score - MARGIN
