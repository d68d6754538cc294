"""The evidence index: a paper's sentences, and what each contains as evidence.

`split_source` gives the source's sentences with their roles and spans in `Source.text`;
`source_index` what each holds as stems, stem prefixes and numbers, counting as its own the
long forms of its abbreviations as the paper defines them (and the abbreviation where it uses
the long form) and the glossary's plain phrases for its terms (`stand_ins`). Built once per
paper; plainsum.evidence aligns summary sentences against it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import TYPE_CHECKING

from .evidence_words import base_stem, content_words, number_values, stem
from .ingest import HEADINGS, Source
from .word_start import word_char

if TYPE_CHECKING:
    from .plain.sentences import Role

PREFIX_LETTERS = 5  # stems that share this many first letters half-match ("inflamm"/"inflam")


@dataclass(frozen=True)
class SourceSentence:
    """One sentence of the source: position, text, role and span in `Source.text`."""

    index: int
    text: str
    start: int
    end: int
    role: Role


@dataclass(frozen=True)
class SourceIndex:
    """What each source sentence contains, as stems, stem prefixes and numbers."""

    sentences: list[SourceSentence]
    stems: list[frozenset[str]]
    prefixes: list[frozenset[str]]
    numbers: list[frozenset[str]]
    title_stems: frozenset[str] = field(default_factory=frozenset)
    by_stem: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_prefix: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_number: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # what each piece of evidence a summary sentence needs is given by which sentences
    # (`evidence._credits`), kept: a summary says most of its words in several sentences
    credits: dict[object, dict[int, float]] = field(default_factory=dict, compare=False, repr=False)


# Whitespace that does not stay as it is: a run of two or more, or one that is not a space
# (\s is exactly str.isspace).
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")


class _Offsets:
    """The offset in a text of each character of its flattened form (`_flat`): the flattened
    text is pieces each copied from one stretch of the text, so an offset is its piece's start
    in the text plus how far into the piece it is (found by bisection: a paper's text is
    thousands of characters, its whitespace runs a few hundred)."""

    __slots__ = ("flat_starts", "length", "text_starts")

    def __init__(self, flat_starts: list[int], text_starts: list[int], length: int) -> None:
        self.flat_starts = flat_starts
        self.text_starts = text_starts
        self.length = length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i: int) -> int:
        if not 0 <= i < self.length:
            raise IndexError(i)
        k = bisect_right(self.flat_starts, i) - 1
        return self.text_starts[k] + i - self.flat_starts[k]


def _flat(text: str) -> tuple[str, _Offsets]:
    """`text` with whitespace runs as one space, and the offset in `text` of each character
    (leading whitespace dropped)."""
    pos = len(text) - len(text.lstrip())
    chars: list[str] = []
    flat_starts: list[int] = []
    text_starts: list[int] = []
    length = 0
    for m in _SPACE_RUN.finditer(text, pos):
        start = m.start()
        # text[pos:start] and then one space for the run, which stands where the run starts
        chars.append(text[pos:start])
        chars.append(" ")
        flat_starts.append(length)
        text_starts.append(pos)
        length += start - pos + 1
        pos = m.end()
    chars.append(text[pos:])
    flat_starts.append(length)
    text_starts.append(pos)
    length += len(text) - pos
    return "".join(chars), _Offsets(flat_starts, text_starts, length)


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
    """`_extras`, one list per name it stands for (one long form, one plain phrase). Worked out
    once per paper and text (kept on `defs`, the paper's own): the index reads each sentence,
    and the checks ask again about the same sentences (`stand_ins`, `stand_in_groups`)."""
    kept = defs.groups.get(text)
    if kept is None:
        kept = defs.groups[text] = tuple(tuple(g) for g in _worked_out_groups(text, defs))
    return [list(group) for group in kept]


def _worked_out_groups(text: str, defs: _Definitions) -> list[list[str]]:
    extra: list[list[str]] = []
    if defs.items:
        lower = text.lower()
        used = shorts_used(text, defs.shorts)
        for short, long_lower, long_words, short_words in defs.items:
            if short in used:
                extra.append(list(long_words))
            elif long_lower in lower:
                extra.append(list(short_words))
    pattern, _ = _glossary_plain()
    lower_pattern = _glossary_lower()
    if lower_pattern is not None and text.isascii():
        terms = _whole_matches(lower_pattern, text.lower())
    else:
        terms = [term.lower() for term in _whole_matches(pattern, text)]
    for term in terms:
        words = _plain_words(term)
        if words is not None:
            extra.append(list(words))
    return [group for group in extra if group]


def _whole_matches(pattern: re.Pattern[str], text: str) -> list[str]:
    """The text of each match of `pattern` in `text`: `findall`'s list, which makes no match
    objects, when the pattern has no groups (it would list theirs)."""
    if pattern.groups:
        return [m.group(0) for m in pattern.finditer(text)]
    return pattern.findall(text)


@cache
def _glossary_lower() -> re.Pattern[str] | None:
    """The glossary's pattern without IGNORECASE, for ASCII text lower-cased: the same matches
    at the same places (an ASCII text's `lower()` keeps its length, its spaces and its word
    characters, and the pattern's letters are all lower case ASCII), twice as fast (the engine
    tells a term's branches apart by their first letter only without IGNORECASE). None, and
    the pattern itself is used, when its letters are not all lower case ASCII."""
    pattern, _ = _glossary_plain()
    letters = re.sub(r"\\.", "", pattern.pattern)  # escapes (\\s, \\w) are no letters
    if not pattern.pattern.isascii() or letters != letters.lower():
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


@lru_cache(maxsize=8192)
def _plain_words(term: str) -> tuple[str, ...] | None:
    """The content words of the glossary's plain phrase for `term` (lower case); None when the
    glossary has no entry for it."""
    _, entries = _glossary_plain()
    try:
        return tuple(content_words(entries[term]))
    except KeyError:
        return None


@lru_cache(maxsize=65536)  # a word is read once, however many sentences it is in
def _word_keys(word: str) -> tuple[str, ...]:
    """A word's stem, and its comparative's base stem when it has one ("faster": "fast")."""
    base = base_stem(word)
    return (stem(word), base) if base else (stem(word),)


def _keys(words: list[str]) -> tuple[set[str], set[str]]:
    stems: set[str] = set().union(*map(_word_keys, words))
    prefixes = {s[:PREFIX_LETTERS] for s in stems if len(s) >= PREFIX_LETTERS}
    return stems, prefixes


@dataclass(frozen=True)
class _Definitions:
    """A paper's abbreviations: short -> long form, a pattern finding the shorts, and for each
    definition (short, long form lower-cased, the long form's content words, the short
    lower-cased as a word), worked out once per paper rather than once per sentence."""

    definitions: dict[str, str]
    shorts: tuple[str, ...]  # longest first (`shorts_used`)
    items: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]
    # `_extra_groups` of each text asked about, kept (read, never changed, by that function)
    groups: dict[str, tuple[tuple[str, ...], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )


@lru_cache(maxsize=64)
def _definitions(source: Source) -> _Definitions:
    from .plain.abbreviations import find_definitions
    from .plain.standard_forms import standard_definitions

    definitions = find_definitions(source.full_text)
    # a short form the paper uses undefined stands for its vetted long form, which the
    # drafter writes out (plain/standard_forms.py)
    definitions = {**standard_definitions(source.full_text, definitions), **definitions}
    shorts = tuple(sorted(definitions, key=len, reverse=True))
    items = tuple(
        (short, long.lower(), tuple(content_words(long)), (short.lower(),))
        for short, long in definitions.items()
    )
    return _Definitions(definitions, shorts, items)


def shorts_used(text: str, shorts: tuple[str, ...]) -> set[str]:
    """The short forms `text` uses, each standing alone or with a plural "s": exactly the
    first groups of `re.finditer(rf"(?<![\\w-])({'|'.join(map(re.escape, shorts))})s?(?![\\w])",
    text)`, worked out with `str.find` rather than a pattern compiled for every paper (the
    compiler cost a paper about as much as every search made with the pattern).

    As the engine does: a match starts where no word character or hyphen comes before; at
    one start the short forms are tried in `shorts`' order, each with its "s" first and then
    without, the first followed by no word character winning; the next match starts where
    this one ends."""
    starts: dict[int, list[str]] = {}
    for short in shorts:
        if not short:  # the empty alternative: leave it to the engine
            pattern = "|".join(map(re.escape, shorts))
            found = re.finditer(rf"(?<![\w-])({pattern})s?(?![\w])", text)
            return {m.group(1) for m in found}
        at = text.find(short)
        while at >= 0:
            if not at or not (word_char(text[at - 1]) or text[at - 1] == "-"):
                starts.setdefault(at, []).append(short)
            at = text.find(short, at + 1)
    used: set[str] = set()
    cursor = 0
    for at in sorted(starts):
        if at < cursor:
            continue
        for short in starts[at]:
            end = at + len(short)
            if text.startswith("s", end):
                end += 1
            if not word_char(text[end : end + 1]):
                used.add(short)
                cursor = end
                break
    return used


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
def stand_in_expander(source: Source) -> Callable[[str], list[list[str]]]:
    """`stand_in_groups` of `source` as one function per source: `polarity.claims_in` keeps a
    sentence's claims by the function it is given, so every check that reads the paper's claims
    with this one (the support check, the hedged contradictions) works each out once."""
    return partial(stand_in_groups, source)


@lru_cache(maxsize=64)
def source_index(source: Source) -> SourceIndex:
    sentences = split_source(source)
    defs = _definitions(source)
    stems, prefixes, numbers = [], [], []
    for s in sentences:
        words = content_words(s.text) + _extras(s.text, defs)
        st, pr = _keys(words)
        stems.append(frozenset(st))
        prefixes.append(frozenset(pr))
        numbers.append(frozenset(number_values(s.text)))
    title = frozenset(_keys(content_words(source.title or ""))[0])
    return SourceIndex(
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
    """key -> indexes of the sets that hold it (in order). Built as tuples directly: most keys
    are in one sentence, so a key's tuple is made once, not a list then a tuple."""
    out: dict[str, tuple[int, ...]] = {}
    get = out.get
    for i, keys in enumerate(sets):
        one = (i,)
        for key in keys:
            held = get(key)
            out[key] = one if held is None else held + one
    return out
