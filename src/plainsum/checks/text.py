"""Small text helpers the checks share: a cheap sentence splitter, the sentence around a match,
word frequency, and a negation test. Pure functions; caches hold only word-level facts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from typing import Protocol, TypeVar

from .. import caseless
from ..lexicon import zipf
from ..memo import cached_list
from ..schemas import Finding, PlainSummary, Severity
from ..whole_word import whole_word_at

__all__ = [
    "CLAUSE_CUTS",
    "NEGATION",
    "clause_bounds",
    "rule_findings",
    "known_abbreviations",
    "matches_in_sentences",
    "negated",
    "sentence_at",
    "sentence_spans",
    "sentence_with",
    "split_sentences",
    "zipf",  # wordfreq's Zipf frequency, from the shipped word table (plainsum.lexicon)
]

# A sentence ends at . ! or ? (and any closing quote or bracket) followed by space and something
# that can start a sentence. Far cheaper than pysbd, and good enough to point at a sentence.
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')\]]))\s+(?=[A-Z0-9\"'(\[])")
_LINE = re.compile(r"[^\n]+")

# Words that cancel what follows them in the same clause: "no cure", "does not prove".
NEGATION = re.compile(
    r"\b(?:no|not|never|nor|neither|without|cannot|can't|isn't|aren't|doesn't|don't|didn't|"
    r"won't|wasn't|weren't|couldn't|wouldn't|hasn't|haven't|unable|unlikely|yet to|far from|"
    r"rather than|absence of|lack of|lacks|instead of|too (?:early|soon|small|few))\b",
    re.I,
)
NEGATION_WINDOW = 40  # characters before a word in which a negation cancels it
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|and|while|whereas|although|though)\b|\bbut\b", re.I)


@cached_list  # eight checks ask about each section's text
def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`; a line break always ends one."""
    spans = []
    for line in _LINE.finditer(text):
        start = line.start()
        for gap in _SENTENCE_SPLIT.finditer(text, line.start(), line.end()):
            spans.append((start, gap.start()))
            start = gap.end()
        spans.append((start, line.end()))
    return [(a, b) for a, b in spans if text[a:b].strip()]


class KeyedPattern(Protocol):
    """A rule of a word-pattern check: its pattern, and words one of which it needs."""

    @property
    def pattern(self) -> re.Pattern[str]: ...

    @property
    def keywords(self) -> tuple[str, ...]: ...


R = TypeVar("R", bound=KeyedPattern)


def matches_in_sentences(
    text: str, rules: Iterable[R]
) -> Iterator[tuple[R, re.Match[str], str, int, int]]:
    """Each match of each rule in `text`, rule by rule, with the stripped sentence it falls in
    and its start and end within that sentence. A rule with `keywords` none of which is in
    the text is skipped without running its pattern; sentences are split only when needed."""
    spans: list[tuple[int, int]] | None = None
    lower = text.lower()
    for rule in rules:
        if rule.keywords and not any(map(lower.__contains__, rule.keywords)):  # no generator
            continue
        for match in caseless.finditer(rule.pattern, text):
            if spans is None:
                spans = sentence_spans(text)
            a, b = next(((a, b) for a, b in spans if match.start() < b), (0, len(text)))
            raw = text[a:b]
            shift = a + len(raw) - len(raw.lstrip())
            yield rule, match, raw.strip(), match.start() - shift, match.end() - shift


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, stripped, none empty."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that holds the character at `offset`."""
    for a, b in sentence_spans(text):
        if offset < b:
            return text[a:b].strip()
    return text.strip()


def sentence_with(text: str, token: str) -> str | None:
    """The first sentence that holds `token` as a whole word (case ignored), if any."""
    for sentence in split_sentences(text):
        if whole_word_at(sentence, token) is not None:
            return sentence
    return None


# Where one clause ends and the next begins, for the checks that read a claim's own clause: a
# semicolon or colon, or a contrast ("..., but", "..., while", "although").
CLAUSE_CUTS = re.compile(r"[;:]|,\s*(?:but|while|whereas|although|though)\b|\bbut\b", re.I)


def clause_bounds(
    sentence: str, start: int, end: int, cuts: re.Pattern[str] = CLAUSE_CUTS
) -> tuple[int, int]:
    """(a, b): the clause of `sentence` that holds the span start..end, from the end of the
    last cut at or before `start` to the end of the first cut at or after `end` (the sentence's
    ends where there is none)."""
    points = [m.end() for m in cuts.finditer(sentence)]
    a = max((c for c in points if c <= start), default=0)
    b = min((c for c in points if c >= end), default=len(sentence))
    return a, b


def negated(text: str, start: int, window: int = NEGATION_WINDOW) -> bool:
    """Whether a negation in the same clause, within `window` characters, precedes `start`."""
    before = text[max(0, start - window) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    before = before.rsplit(".", 1)[-1]
    return bool(NEGATION.search(before))


@cache
def known_abbreviations() -> frozenset[str]:
    """Abbreviations lay readers know (data/known_abbreviations.txt): they need no explaining."""
    text = resources.files("plainsum").joinpath("data/known_abbreviations.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def rule_findings(
    summary: PlainSummary, check: str, find: Callable[[str], Sequence[RuleHit]]
) -> list[Finding]:
    """One error finding per hit `find` reports in each section (the sentence is the span).

    Shared by the checks whose rules each carry a message and a hint (safety, foreign text)."""
    findings = []
    for section, text in summary.sections().items():
        for item in find(text):
            findings.append(
                Finding(
                    check=check,
                    severity=Severity.ERROR,
                    section=section,
                    span=item.sentence,
                    message=f"{item.rule.message} ('{item.words}' in: {item.sentence!r})",
                    hint=item.rule.hint,
                )
            )
    return findings


class _Rule(Protocol):
    @property
    def message(self) -> str: ...
    @property
    def hint(self) -> str: ...


class RuleHit(Protocol):
    """What a rule-based finder reports: the rule, the words that matched, their sentence."""

    @property
    def rule(self) -> _Rule: ...
    @property
    def words(self) -> str: ...
    @property
    def sentence(self) -> str: ...
