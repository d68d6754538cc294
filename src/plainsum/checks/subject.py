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
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..evidence import (
    PREFIX_LETTERS,
    content_words,
    split_source,
    stand_in_groups,
    stem,
    word_weight,
)
from ..ingest import Source
from ..plain.sentences import Role

SUBJECT_WEIGHT = 1.5  # evidence weight (Zipf 5 or rarer) of a word that can name what was studied
FREQUENT_TERMS = 8  # the paper's most frequent such words (each in two sentences or more) count
MIN_SENTENCES = 2

# Words any paper uses for its design, its people, its outcomes and its statistics.
_GENERAL = frozenset(
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


def subject_terms(source: Source) -> dict[str, str]:
    """The paper's subject terms, stem -> the word as the paper first writes it: its title's and
    aim's words that can name a thing, and such words the paper uses in `MIN_SENTENCES`
    sentences or more (its `FREQUENT_TERMS` most frequent first)."""
    return dict(_subject_terms(source))


@lru_cache(maxsize=64)  # once per paper: a batch checks each paper's drafts and repairs
def _subject_terms(source: Source) -> tuple[tuple[str, str], ...]:
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for sentence in split_source(source):
        for word in dict.fromkeys(content_words(sentence.text)):
            if _can_name(word):
                counts[stem(word)] += 1
                first.setdefault(stem(word), word)
    terms = {s: first[s] for s, n in counts.most_common(FREQUENT_TERMS) if n >= MIN_SENTENCES}
    terms.update({s: first[s] for s, n in counts.items() if n >= MIN_SENTENCES})
    for word in content_words(_aim_text(source)):
        if _can_name(word):
            terms.setdefault(stem(word), word)
    return tuple(terms.items())


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
    named_by = " ".join([_aim_text(source), *terms.values()])
    for group in stand_in_groups(source, named_by):
        words = {stem(w) for w in group} - _GENERAL
        if words and words <= stems:
            return True
    return False


def unnamed_subject(source: Source, summary_text: str) -> list[str] | None:
    """The paper's subject terms (a few, for the message) when a summary's whole text names
    none of them; None when it names one, or the paper has none."""
    terms = subject_terms(source)
    if not terms or names_subject(source, summary_text, terms):
        return None
    return list(terms.values())[:6]
