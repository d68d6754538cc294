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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from . import prefilter
from .ingest import HEADINGS, Source
from .memo import SIZE, cached_list
from .schemas import SECTIONS, EvidenceLink, PlainSummary, StudyDesign

if TYPE_CHECKING:
    from .design import DesignInfo
    from .plain.sentences import Role

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
    "stand_in_groups",
    "stand_ins",
    "summary_sentences",
]

MAX_SUPPORT_SENTENCES = 3  # a summary sentence may merge at most this many source sentences
MIN_GAIN = 0.12  # a further source sentence must add this share of the weight to be linked
PREFIX_LETTERS = 5  # stems that share this many first letters half-match ("inflamm"/"inflam")
PREFIX_CREDIT = 0.6
NUMBER_WEIGHT = 3.0
MAX_WEIGHT = 4.0
MIN_WEIGHT = 0.4
WEIGHT_ORIGIN = 6.5  # weight = WEIGHT_ORIGIN - Zipf, clamped to MIN_WEIGHT..MAX_WEIGHT

# Words that carry no evidence: function words, and the words summaries use to frame a report.
_STOP = frozenset(
    """a about above after again against all also am among an and any are aren't as at be
    because been before being below between both but by can cannot could did didn't do does
    doesn't doing don't down during each either few for from further had has have having he her
    here hers herself him himself his how however i if in into is isn't it it's its itself just
    let's me more most my myself no nor not of off on once only or other others our ours
    ourselves out over own same she should so some such than that that's the their theirs them
    themselves then there there's these they this those through thus to too under until up upon
    us very via was wasn't we were weren't what when where whether which while who whom whose
    why will with within without would you your yours yourself yourselves may might must shall
    one ones also yet still even much many well often called known
    study studies studied researchers researcher scientists authors team paper article report
    reported found find finds showed shown show shows looked look looks looking see seen
    suggest suggests suggested result results work worked research review reviewed trial trials
    people person group groups got get gets getting checked check checks took take takes gave
    give gives used use uses using made make makes did done went came asked told kept put tried
    wanted know knew""".split()
)

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

# Words and numbers as tokens; findall gives a word's text and "" for a number.
_TOKEN = re.compile(r"([A-Za-z][A-Za-z'’]*)|\d[\d,.·]*")
_SUFFIX_APOSTROPHE = re.compile(r"['’](?:s)?$")
_SPACES = re.compile(r"\s+")


# ---------------------------------------------------------------- words


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    from snowballstemmer import stemmer

    return stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word ('relapses' -> 'relaps')."""
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=65536)
def word_weight(word: str) -> float:
    """How much a word counts as evidence: rare words more than everyday ones."""
    from .checks.text import zipf

    return max(MIN_WEIGHT, min(MAX_WEIGHT, WEIGHT_ORIGIN - zipf(word)))


@cached_list  # the gate and the drafter ask for the same sentences' words many times a draft
def content_words(text: str) -> list[str]:
    """Lower-case content words of `text` (no stop words, possessives dropped), in order;
    hyphenated words count by their parts."""
    out = []
    for token in _TOKEN.findall(text.replace("-", " ").replace("‐", " ").replace("/", " ")):
        if not token:  # a number
            continue
        word = token.lower()
        if "'" in word or "’" in word:
            word = _SUFFIX_APOSTROPHE.sub("", word)
        if len(word) > 1 and word not in _STOP:
            out.append(word)
    return out


def _numbers(text: str) -> set[str]:
    from .checks.faithfulness import numbers_in

    return numbers_in(text)


@lru_cache(maxsize=SIZE)  # the gate sets each body sentence against every other one
def content_stems(text: str, numbers: Callable[[str], Iterable[str]] = _numbers) -> frozenset[str]:
    """A sentence's content stems and its numbers, as `numbers` reads them: by default their
    values (digits outside names, spelled-out numbers as digits, as the alignment compares
    them), so two results that differ only in their numbers ("127 out of 1,000 had serious
    side effects", "770 out of 1,000 had side effects") are two results."""
    return frozenset(stem(w) for w in content_words(text)) | frozenset(numbers(text))


# ---------------------------------------------------------------- the source


@dataclass(frozen=True)
class SourceSentence:
    """One sentence of the source: position, text, role and span in `Source.text`."""

    index: int
    text: str
    start: int
    end: int
    role: Role


@dataclass(frozen=True)
class _Index:
    """What each source sentence contains, as stems, stem prefixes and numbers."""

    sentences: list[SourceSentence]
    stems: list[frozenset[str]]
    prefixes: list[frozenset[str]]
    numbers: list[frozenset[str]]
    title_stems: frozenset[str] = field(default_factory=frozenset)
    by_stem: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_prefix: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_number: dict[str, tuple[int, ...]] = field(default_factory=dict)


# Whitespace that does not stay as it is: a run of two or more, or one that is not a space
# (\s is exactly str.isspace).
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")


def _flat(text: str) -> tuple[str, list[int]]:
    """`text` with whitespace runs as one space, and the offset in `text` of each character
    (leading whitespace dropped)."""
    pos = len(text) - len(text.lstrip())
    chars: list[str] = []
    offsets: list[int] = []
    for m in _SPACE_RUN.finditer(text, pos):
        start = m.start()
        chars.append(text[pos:start])
        offsets.extend(range(pos, start))
        chars.append(" ")
        offsets.append(start)
        pos = m.end()
    chars.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(chars), offsets


def _is_heading(text: str) -> bool:
    return " ".join(text.lower().rstrip(":").split()) in HEADINGS


@lru_cache(maxsize=64)
def split_source(source: Source | str) -> list[SourceSentence]:
    """The sentences of `source` with roles and (start, end) spans in `Source.text`."""
    from .ingest import parse
    from .plain.sentences import classify

    if isinstance(source, str):
        source = parse(source)
    flat, offsets = _flat(source.text)
    out: list[SourceSentence] = []
    cursor = 0
    for sentence in classify(source):
        text = " ".join(sentence.text.split())
        if not text or _is_heading(text):
            continue
        at = flat.find(text, cursor)
        if at < 0:
            at = flat.find(text)
        if at < 0:  # not found verbatim (should not happen): keep it without a real span
            start = end = offsets[cursor] if cursor < len(offsets) else len(source.text)
        else:
            start = offsets[at]
            end = offsets[at + len(text) - 1] + 1
            cursor = at + len(text)
        out.append(
            SourceSentence(len(out), source.text[start:end] or text, start, end, sentence.role)
        )
    return out


@cache
def _glossary_plain() -> tuple[re.Pattern[str], dict[str, str]]:
    from .plain.glossary import load_glossary

    glossary = load_glossary()
    return glossary.pattern, glossary.entries


def _extras(text: str, defs: _Definitions) -> list[str]:
    """Words a source sentence stands for beyond its own: the long forms of its abbreviations
    (and abbreviations of its long forms), and the glossary's plain phrases for its terms."""
    return [w for group in _extra_groups(text, defs) for w in group]


def _extra_groups(text: str, defs: _Definitions) -> list[list[str]]:
    """`_extras`, one list per name it stands for (one long form, one plain phrase)."""
    extra: list[list[str]] = []
    if defs.items:
        lower = text.lower()
        used = {m.group(1) for m in defs.shorts.finditer(text)} if defs.shorts else ()
        for short, long_lower, long_words, short_words in defs.items:
            if short in used:
                extra.append(list(long_words))
            elif long_lower in lower:
                extra.append(list(short_words))
    pattern, _ = _glossary_plain()
    for m in pattern.finditer(text):
        words = _plain_words(m.group(0).lower())
        if words is not None:
            extra.append(list(words))
    return [group for group in extra if group]


@lru_cache(maxsize=8192)
def _plain_words(term: str) -> tuple[str, ...] | None:
    """The content words of the glossary's plain phrase for `term` (lower case); None when the
    glossary has no entry for it."""
    _, entries = _glossary_plain()
    try:
        return tuple(content_words(entries[term]))
    except KeyError:
        return None


def _keys(words: list[str]) -> tuple[set[str], set[str]]:
    stems = {stem(w) for w in words} | {b for w in words if (b := _base(w))}
    prefixes = {s[:PREFIX_LETTERS] for s in stems if len(s) >= PREFIX_LETTERS}
    return stems, prefixes


@dataclass(frozen=True)
class _Definitions:
    """A paper's abbreviations: short -> long form, a pattern finding the shorts, and for each
    definition (short, long form lower-cased, the long form's content words, the short
    lower-cased as a word), worked out once per paper rather than once per sentence."""

    definitions: dict[str, str]
    shorts: re.Pattern[str] | None
    items: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]


@lru_cache(maxsize=64)
def _definitions(source: Source) -> _Definitions:
    from .plain.abbreviations import find_definitions

    definitions = find_definitions(source.full_text)
    shorts = None
    if definitions:
        alternation = "|".join(re.escape(k) for k in sorted(definitions, key=len, reverse=True))
        shorts = re.compile(rf"(?<![\w-])({alternation})s?(?![\w])")
    items = tuple(
        (short, long.lower(), tuple(content_words(long)), (short.lower(),))
        for short, long in definitions.items()
    )
    return _Definitions(definitions, shorts, items)


def stand_ins(source: Source, text: str) -> list[str]:
    """Content words a piece of `source`'s text stands for beyond its own: the paper's long
    forms of its abbreviations and the glossary's plain words for its terms."""
    return _extras(text, _definitions(source))


def stand_in_groups(source: Source, text: str) -> list[list[str]]:
    """`stand_ins`, one list of words per name: each long form or plain phrase on its own, so
    a reader can ask whether a sentence names that thing or only shares a word with it
    ("magnetic stimulation" is not "transcutaneous electrical nerve stimulation")."""
    return _extra_groups(text, _definitions(source))


@lru_cache(maxsize=64)
def _index(source: Source) -> _Index:
    sentences = split_source(source)
    defs = _definitions(source)
    stems, prefixes, numbers = [], [], []
    for s in sentences:
        words = content_words(s.text) + _extras(s.text, defs)
        st, pr = _keys(words)
        stems.append(frozenset(st))
        prefixes.append(frozenset(pr))
        numbers.append(frozenset(_numbers(s.text)))
    title = frozenset(_keys(content_words(source.title or ""))[0])
    return _Index(
        sentences,
        stems,
        prefixes,
        numbers,
        title,
        by_stem=_invert(stems),
        by_prefix=_invert(prefixes),
        by_number=_invert(numbers),
    )


def _invert(sets: list[frozenset[str]]) -> dict[str, tuple[int, ...]]:
    """key -> indexes of the sets that hold it."""
    out: dict[str, list[int]] = {}
    for i, keys in enumerate(sets):
        for key in keys:
            out.setdefault(key, []).append(i)
    return {k: tuple(v) for k, v in out.items()}


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
    base = _base(word)
    found = {stem(word), *(stem(w) for w in _SYNONYMS.get(word, ()))}
    return frozenset(found | {base} if base else found)


@lru_cache(maxsize=65536)
def _base(word: str) -> str | None:
    """The stem of a comparative's base word ("faster" -> "fast"), which Snowball keeps whole."""
    for suffix in ("est", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            root = word[: -len(suffix)]
            if len(root) >= 4 and root[-1] == root[-2]:  # "bigger" -> "big"
                root = root[:-1]
            return stem(root)
    return None


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
    for number in sorted(_numbers(sentence)):
        units.append((number, frozenset({number}), NUMBER_WEIGHT, True))
    return tuple(units)


def _credits(unit: tuple[str, frozenset[str], float, bool], index: _Index) -> dict[int, float]:
    """Source sentence -> the credit it gives `unit` (sentences that give none are left out)."""
    _, alternatives, weight, is_number = unit
    if is_number:
        return {i: weight for a in alternatives for i in index.by_number.get(a, ())}
    out = {
        i: weight * PREFIX_CREDIT
        for a in alternatives
        if len(a) >= PREFIX_LETTERS
        for i in index.by_prefix.get(a[:PREFIX_LETTERS], ())
    }
    out.update({i: weight for a in alternatives for i in index.by_stem.get(a, ())})
    return out


def overlaps(source: Source, sentence: str, *, numbers: bool = True) -> dict[int, float]:
    """Source sentence index -> the share of `sentence`'s weight it holds (sentences holding
    none are left out); `numbers=False` weighs its words alone."""
    index = _index(source)
    units = [u for u in _units(sentence) if numbers or not u[3]]
    total = sum(u[2] for u in units)
    if not total:
        return {}
    out: dict[int, float] = {}
    for unit in units:
        for i, credit in _credits(unit, index).items():
            out[i] = out.get(i, 0.0) + credit / total
    return out


def found_share(source: Source, text: str, sentences: frozenset[int]) -> float:
    """The share of `text`'s weight (its content words and numbers) found anywhere in the
    source sentences `sentences` (by index): each word counts once, wherever it is found,
    with the same stems, synonyms, stand-ins and prefix credit as `align`."""
    index = _index(source)
    units = _units(text)
    total = sum(u[2] for u in units)
    if not total:
        return 0.0
    found = 0.0
    for unit in units:
        found += max((c for i, c in _credits(unit, index).items() if i in sentences), default=0.0)
    return found / total


@lru_cache(maxsize=4096)
def align(source: Source, sentence: str) -> Alignment:
    """The support score of `sentence` in `source` and the source sentences that give it."""
    index = _index(source)
    units = _units(sentence)
    total = sum(u[2] for u in units)
    if not units or not index.sentences or total == 0:
        return Alignment(
            0.0, (), novel=tuple(u[0] for u in units), novel_share=1.0 if units else 0.0
        )
    credits = [_credits(u, index) for u in units]
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
    from .plain.sentences import split_sentences

    return split_sentences(text)


def summary_sentences(summary: PlainSummary) -> list[SummarySentence]:
    """Every sentence of `summary`, headline first; the headline is one sentence."""
    out = [SummarySentence("headline", 0, " ".join(summary.headline.split()))]
    for name in SECTIONS[1:]:
        for i, text in enumerate(split_summary_section(getattr(summary, name))):
            out.append(SummarySentence(name, i, text))
    return out


_MS_WORD = r"(?:MS|multiple sclerosis)"
_STUDIED = (
    r"(?:about|part of|stud(?:y|ied)|look(?:ed)?\s+(?:directly\s+)?at|test(?:ed)?|"
    r"includ(?:e|ed)|involv(?:e|ed)|cover(?:ed)?|focus(?:ed)? on|examin(?:e|ed)|address(?:ed)?|"
    r"the focus)"
)
_WHO = r"(?:(?:the|people|anyone|patients|persons|with|directly|at|on|in|disease|illness)\s+){0,4}"
# "This study was not about MS." / "The link to MS is not part of this study." / "No one with MS
# took part." Sentences that say MS was not what the paper studied.
_NOT_ABOUT_MS = re.compile(
    rf"\b(?:not|n't|never)\s+(?:\w+\s+){{0,2}}?{_STUDIED}\s+{_WHO}{_MS_WORD}\b"
    rf"|\b{_MS_WORD}\b(?:\s+\w+){{0,3}}\s+(?:is|was|are|were)\s+not\s+(?:directly\s+)?"
    rf"{_STUDIED}"
    rf"|\b(?:no one|nobody|none|no people|no patients|no participants)\s+(?:\w+\s+){{0,2}}"
    rf"with {_MS_WORD}\b"
    rf"|\b(?:nothing to do with|unrelated to|not related to|does not mention|did not mention)\s+"
    rf"{_WHO}{_MS_WORD}\b",
    re.I,
)


DESIGN_FRAME_WORDS = 8  # longer design statements carry content ("a trial that cut ...")


@cache
def _design_frames() -> re.Pattern[str]:
    """The drafters' design sentences ("This was a study in {animals}."), any animal."""
    from .plain.frames import DESIGN_SENTENCE

    slot, animals = re.escape("{animals}"), r"[\w -]+"
    templates = (re.escape(t).replace(slot, animals) for t in DESIGN_SENTENCE.values())
    return re.compile("|".join(f"^{t}$" for t in templates), re.I)


# A sentence about the summary itself, not the study: "Most of its details are too technical to
# put into plain words here.", "A short summary like this one cannot list every limit."
_ABOUT_THE_SUMMARY = re.compile(
    r"\btoo (?:technical|complex|complicated|detailed) to (?:put|say|explain|describe|give)\b"
    r"[^.]{0,30}\b(?:here|in this summary)\b"
    r"|^(?:a|this) (?:short |brief )?summary(?: like this(?: one)?)? (?:cannot|can't|does not|"
    r"doesn't|could not) (?:list|cover|give|include|say)\b"
    # what the paper's own summary leaves unsaid: "The study's summary does not say what this
    # means for people with MS." (true of the abstract read, and no claim about the study)
    r"|^(?:the|its|this) (?:(?:study|paper|review|trial|article|authors)['’]s? )?"
    r"(?:summary|abstract) (?:does not|doesn't|did not|didn't) (?:say|state|tell|explain|"
    r"report|discuss)\b(?: \w+){0,3}? (?:what|how|whether|why)\b",
    re.I,
)


@lru_cache(maxsize=8192)  # kept per sentence: a repair keeps most sentences of a draft
def frame_kind(sentence: str, design: StudyDesign | None = None) -> str | None:
    """The kind of frame sentence `sentence` is: "not_about_ms", "care_team",
    "caveat:NAME" (a design caveat the gate recognises), "design" (what kind of study it
    was: "This was a study in mice.") or "note" (a sentence about the summary itself: "Most
    of its details are too technical to put into plain words here."), else None (content).

    With a `design`, a caveat of that design is preferred, and a sentence that reads only like
    another design's caveat and gives a number ("Only 30 people took part." in a study of
    mice) is content: its number and words are checked against the source like any other."""
    from .checks.caveats import CAVEATS
    from .checks.study_statements import design_statement

    if prefilter.search(_NOT_ABOUT_MS, sentence):
        return "not_about_ms"
    if _ABOUT_THE_SUMMARY.search(sentence):
        return "note"
    other = None  # the first caveat found that is another design's
    for name, caveat in CAVEATS.items():
        found = getattr(caveat, "in_sentence", caveat.present)  # one sentence: no re-split
        if not found(sentence):
            continue
        if name == "care_team":
            return "care_team"
        if design is None or design in caveat.designs:
            return f"caveat:{name}"
        other = other or name
    if other:
        return None if re.search(r"\d", sentence) else f"caveat:{other}"
    # a short statement of the design and nothing else ("It was a study in rats.")
    text = sentence.strip()
    short = len(text.split()) <= DESIGN_FRAME_WORDS and not re.search(r"\d", text)
    if _design_frames().match(text) or (short and design_statement(text, "")[0]):
        return "design"
    return None


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
