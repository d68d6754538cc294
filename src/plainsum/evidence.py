"""Evidence links: which source sentences support each sentence of a summary.

The one home of sentence alignment in plainsum: the gate's checks and both drafters call it.

Public API
----------
- `split_source(source) -> list[SourceSentence]`: the source's sentences, each with its index,
  text, role (background, aim, methods, results, conclusion, limitation) and (start, end)
  character span in `Source.text`. The sentences and roles are those of
  `plainsum.plain.sentences.classify` (the drafter's splitter), located in the text so they
  carry offsets; a heading line alone is not a sentence.
- `summary_sentences(summary) -> list[SummarySentence]`: every sentence of a summary, by
  section, with its position in the section.
- `frame_kind(sentence) -> str | None`: what kind of frame sentence this is ("caveat:NAME",
  "care_team", "not_about_ms", "design", "note"), recognised by meaning with the gate's caveat
  detection, or None for a content sentence.
- `align(source, sentence) -> Alignment`: the support score of one sentence (0..1, the share of
  its weighted content words and numbers found in the best one to three source sentences) and
  those sentences, best first.
- `link_summary(source, summary, design=None) -> list[EvidenceLink]`: an `EvidenceLink` per
  summary sentence (headline first): kind "frame" or "content", supporting sentence indexes,
  their spans, the score. Frame sentences need no evidence; they are still aligned.

How sentences are aligned (lexical, no network): words are lower-cased and stemmed (Snowball),
everyday words and the words summaries use to frame a report ("the researchers found") carry no
weight, and rarer words weigh more (wordfreq Zipf). A source sentence also "contains" the long
form of every abbreviation it uses as the paper defines it (and the abbreviation where it uses
the long form), the plain phrase the project's glossary gives for its technical terms (so "loss
of myelin" aligns with "demyelination"), and a few lay synonyms (patients -> people). Numbers
are compared as values (plainsum.checks.faithfulness) and weigh like rare words.

The pieces live by idea, and this module re-exports their public names: how words and numbers
are read in plainsum.evidence_words, the paper's sentences and what each contains in
plainsum.evidence_index, frame sentences in plainsum.evidence_frames; the alignment and the
links are here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .evidence_frames import frame_kind
from .evidence_index import (
    PREFIX_LETTERS,
    SourceIndex,
    SourceSentence,
    source_index,
    split_source,
    stand_in_expander,
    stand_in_groups,
    stand_ins,
)
from .evidence_words import (
    base_stem,
    content_stems,
    content_words,
    number_values,
    stem,
    word_weight,
)
from .ingest import Source
from .plain.sentences import split_sentences
from .schemas import SECTIONS, EvidenceLink, PlainSummary, StudyDesign

if TYPE_CHECKING:
    from .design import DesignInfo

__all__ = [
    "Alignment",
    "SourceSentence",
    "SummarySentence",
    "align",
    "content_stems",
    "content_words",
    "found_share",
    "frame_kind",
    "link_summary",
    "overlaps",
    "split_source",
    "split_summary_section",
    "word_alternatives",
    "stand_in_expander",
    "stand_in_groups",
    "stand_ins",
    "stem",
    "summary_sentences",
    "word_weight",
]

MAX_SUPPORT_SENTENCES = 3  # a summary sentence may merge at most this many source sentences
MIN_GAIN = 0.12  # a further source sentence must add this share of the weight to be linked
PREFIX_CREDIT = 0.6
NUMBER_WEIGHT = 3.0

# Lay words -> source words they stand for (stems are taken of both sides).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "people": ("patients", "participants", "subjects", "individuals", "adults", "persons"),
    "person": ("patient", "participant", "subject", "individual"),
    "mice": ("mouse", "murine", "animals", "rodents"),
    "rats": ("rat", "animals", "rodents"),
    "animals": ("mice", "mouse", "rats", "rat", "rodents", "murine", "animal"),
    "fewer": ("less", "lower", "reduced", "decreased", "reduction", "decrease", "fall"),
    "less": ("fewer", "lower", "reduced", "decreased", "reduction", "decrease"),
    "lower": ("less", "fewer", "reduced", "decreased", "reduction", "decrease"),
    "cut": ("reduced", "reduction", "decreased", "lower", "lowered"),
    "more": ("higher", "increased", "greater", "increase", "elevated"),
    "higher": ("more", "increased", "greater", "elevated", "increase"),
    "better": ("improved", "improvement", "improve", "greater", "higher", "beneficial"),
    "worse": ("worsened", "worsening", "deterioration", "poorer", "increased"),
    "helped": ("improved", "effective", "benefit", "beneficial", "reduced"),
    "help": ("improve", "effective", "benefit", "beneficial", "reduce"),
    "dummy": ("placebo", "sham"),
    "fake": ("placebo", "sham"),
    "drug": ("medication", "medicine", "agent", "therapy", "treatment"),
    "drugs": ("medications", "medicines", "agents", "therapies", "treatments"),
    "medicine": ("drug", "medication", "agent", "therapy", "treatment"),
    "medicines": ("drugs", "medications", "agents", "therapies", "treatments"),
    "side": ("adverse",),
    "harms": ("adverse", "safety", "toxicity"),
    "harm": ("adverse", "safety", "toxicity"),
    "safe": ("safety", "tolerated", "tolerability", "adverse"),
    "link": ("associated", "association", "correlated", "correlation", "related"),
    "linked": ("associated", "association", "correlated", "correlation", "related"),
    "tiredness": ("fatigue",),
    "tired": ("fatigue",),
    "walking": ("gait", "ambulation", "walk"),
    "brain": ("cerebral", "cortex", "cortical", "brain"),
    "nerve": ("neuronal", "axonal", "neural", "axon", "neuron"),
    "nerves": ("neurons", "axons", "neural", "neuronal", "axonal"),
    "weeks": ("week", "wk", "wks"),
    "months": ("month", "mo"),
    "years": ("year", "yr", "yrs"),
    "attacks": ("relapses", "relapse", "exacerbations"),
    "flare": ("relapse", "exacerbation"),
    "flares": ("relapses", "exacerbations"),
    "skin": ("cutaneous", "dermal"),
    "blood": ("serum", "plasma"),
    "gut": ("intestinal", "intestine", "bowel"),
    "bladder": ("urinary",),
    "exercise": ("training", "physical activity"),
    "fall": ("decline", "decrease", "reduction"),
    "rise": ("increase", "elevation"),
}


# ---------------------------------------------------------------- alignment


@dataclass(frozen=True)
class Alignment:
    """How well the source supports one sentence."""

    score: float
    sentences: tuple[int, ...]  # source sentence indexes, best first
    missing: tuple[str, ...] = ()  # weighted words and numbers not found in those sentences
    novel: tuple[str, ...] = ()  # words and numbers found nowhere in the source
    novel_share: float = 0.0  # their share of the sentence's weight
    weight: float = 0.0  # the sentence's total weight


@lru_cache(maxsize=65536)
def _alternatives(word: str) -> frozenset[str]:
    base = base_stem(word)
    found = {stem(word), *(stem(w) for w in _SYNONYMS.get(word, ()))}
    return frozenset(found | {base} if base else found)


def word_alternatives(word: str) -> frozenset[str]:
    """The stems the alignment takes as `word` (its stem, base stem and synonyms' stems)."""
    return _alternatives(word)


@lru_cache(maxsize=8192)  # a summary's sentences are aligned against every paper of a batch
def _units(sentence: str) -> tuple[tuple[str, frozenset[str], float, bool], ...]:
    """(label, alternative stems, weight, is_number) for each piece of evidence a sentence
    needs: its content words (each once) and its numbers."""
    seen: set[str] = set()
    units = []
    for word in content_words(sentence):
        if word in seen:
            continue
        seen.add(word)
        units.append((word, _alternatives(word), word_weight(word), False))
    for number in sorted(number_values(sentence)):
        units.append((number, frozenset({number}), NUMBER_WEIGHT, True))
    return tuple(units)


def _credits(unit: tuple[str, frozenset[str], float, bool], index: SourceIndex) -> dict[int, float]:
    """Source sentence -> the credit it gives `unit` (sentences that give none are left out).
    Worked out once per paper and unit (kept on the index, read by every caller, never
    changed): the summary's sentences share most of their words."""
    kept = index.credits.get(unit)
    if kept is not None:
        return kept
    _, alternatives, weight, is_number = unit
    if is_number:
        out = {i: weight for a in alternatives for i in index.by_number.get(a, ())}
    else:
        out = {
            i: weight * PREFIX_CREDIT
            for a in alternatives
            if len(a) >= PREFIX_LETTERS
            for i in index.by_prefix.get(a[:PREFIX_LETTERS], ())
        }
        out.update({i: weight for a in alternatives for i in index.by_stem.get(a, ())})
    index.credits[unit] = out
    return out


# A summary sentence is aligned (`align`), then its overlaps are read by the support,
# headline, hedge and why-it-matters checks, and its words' shares by others: each of its
# units' credits is worked out once per paper. The dictionaries are shared: read, never
# changed, by the functions of this module.
@lru_cache(maxsize=4096)
def _unit_credits(
    source: Source, sentence: str
) -> tuple[tuple[tuple[str, frozenset[str], float, bool], dict[int, float]], ...]:
    """(unit, the credit each source sentence gives it) for each unit of `sentence`."""
    index = source_index(source)
    return tuple((u, _credits(u, index)) for u in _units(sentence))


def overlaps(source: Source, sentence: str, *, numbers: bool = True) -> dict[int, float]:
    """Source sentence index -> the share of `sentence`'s weight it holds (sentences holding
    none are left out); `numbers=False` weighs its words alone."""
    return dict(_overlaps(source, sentence, numbers))  # a copy: the caller's own


@lru_cache(maxsize=4096)
def _overlaps(source: Source, sentence: str, numbers: bool) -> dict[int, float]:
    credits = [(u, c) for u, c in _unit_credits(source, sentence) if numbers or not u[3]]
    total = sum(u[2] for u, _ in credits)
    if not total:
        return {}
    out: dict[int, float] = {}
    for _, credit in credits:
        for i, c in credit.items():
            out[i] = out.get(i, 0.0) + c / total
    return out


def found_share(source: Source, text: str, sentences: frozenset[int]) -> float:
    """The share of `text`'s weight (its content words and numbers) found anywhere in the
    source sentences `sentences` (by index): each word counts once, wherever it is found,
    with the same stems, synonyms, stand-ins and prefix credit as `align`."""
    credits = _unit_credits(source, text)
    total = sum(u[2] for u, _ in credits)
    if not total:
        return 0.0
    found = 0.0
    for _, credit in credits:
        found += max((c for i, c in credit.items() if i in sentences), default=0.0)
    return found / total


@lru_cache(maxsize=4096)
def align(source: Source, sentence: str) -> Alignment:
    """The support score of `sentence` in `source` and the source sentences that give it."""
    index = source_index(source)
    units = _units(sentence)
    total = sum(u[2] for u in units)
    if not units or not index.sentences or total == 0:
        return Alignment(
            0.0, (), novel=tuple(u[0] for u in units), novel_share=1.0 if units else 0.0
        )
    credits = [c for _, c in _unit_credits(source, sentence)]
    by_sentence: dict[int, list[tuple[int, float]]] = {}
    for k, credit in enumerate(credits):
        for i, c in credit.items():
            by_sentence.setdefault(i, []).append((k, c))
    best = [0.0] * len(units)
    chosen: list[int] = []
    while len(chosen) < MAX_SUPPORT_SENTENCES and by_sentence:
        top_gain, top = 0.0, -1
        for i, pairs in by_sentence.items():
            gain = sum(c - best[k] for k, c in pairs if c > best[k])
            if gain > top_gain or (gain == top_gain and top >= 0 and i < top):
                top_gain, top = gain, i
        if top < 0 or top_gain <= 0 or (chosen and top_gain / total < MIN_GAIN):
            break
        chosen.append(top)
        for k, c in by_sentence.pop(top):
            best[k] = max(best[k], c)
    missing = tuple(u[0] for u, b in zip(units, best, strict=True) if b == 0)
    novel = [u for u, c in zip(units, credits, strict=True) if not c]
    return Alignment(
        round(sum(best) / total, 3),
        tuple(chosen),
        missing,
        tuple(u[0] for u in novel),
        round(sum(u[2] for u in novel) / total, 3),
        total,
    )


# ---------------------------------------------------------------- the summary


@dataclass(frozen=True)
class SummarySentence:
    section: str
    index: int
    text: str


def split_summary_section(text: str) -> list[str]:
    """The sentences of one summary section (the drafter's splitter)."""
    return split_sentences(text)


def summary_sentences(summary: PlainSummary) -> list[SummarySentence]:
    """Every sentence of `summary`, headline first; the headline is one sentence."""
    out = [SummarySentence("headline", 0, " ".join(summary.headline.split()))]
    for name in SECTIONS[1:]:
        for i, text in enumerate(split_summary_section(getattr(summary, name))):
            out.append(SummarySentence(name, i, text))
    return out


def link_summary(
    source: Source,
    summary: PlainSummary,
    design: DesignInfo | StudyDesign | None = None,
) -> list[EvidenceLink]:
    """An evidence link for every sentence of `summary`, headline first, in reading order.

    With a `design` (a DesignInfo or a StudyDesign), a sentence that reads only like another
    design's caveat and gives a number is content and needs evidence (see `frame_kind`).
    """
    kind_of = design if design is None or isinstance(design, StudyDesign) else design.design
    sentences = split_source(source)
    links = []
    for s in summary_sentences(summary):
        found = align(source, s.text)
        framed = s.section != "headline" and frame_kind(s.text, kind_of)
        kind = "frame" if framed else "content"
        links.append(
            EvidenceLink(
                section=s.section,
                index=s.index,
                text=s.text,
                kind=kind,
                source_sentences=list(found.sentences),
                spans=[(sentences[i].start, sentences[i].end) for i in found.sentences],
                score=found.score,
            )
        )
    return links
