"""Paraphrase: the everyday words a plain summary uses for a paper's technical terms.

A summary says "a short piece of its DNA that can flip" where the paper says "an invertible
sequence", "thinking" where it says "cognitive", "the support network around cells" where it
says "extracellular matrix". Word overlap finds none of these; the support check would call a
faithful sentence unsupported. data/lay_glosses.tsv lists such glosses (vetted by hand, one
way: lay words -> the technical terms they stand for); a lay phrase in a summary sentence
counts as found where the paper has one of its terms.

- `glossed(source, sentence, within)`: the content words of `sentence` that gloss a term the
  source has, in the source sentences `within` (by index), or anywhere when `within` is None.
- `outcome_words(sentence)`: the words of `sentence` that name a health outcome people know
  by its everyday name (data/outcome_words.tsv: "mood", "sleep", "blood pressure"); the table
  also glosses them ("mood" is found in a paper on depression).
- `kind_word(word)`: whether a word names a kind of thing ("proteins", "levels"): it stands
  for any thing of that kind the paper names.
- `with_glosses(source, sentence, found)`: `found` (an alignment) with glossed words counted
  as found: moved out of its missing and novel words, its score and novel share made again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources

from .. import caseless
from ..evidence import Alignment, content_words, split_source, stem, word_weight
from ..ingest import Source

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


_Gloss = tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]
_FILES = ("lay_glosses.tsv", "outcome_words.tsv")


@cache
def _table() -> tuple[tuple[_Gloss, ...], frozenset[str], frozenset[int]]:
    """The glosses of both tables, as (the lay phrase's stems, the patterns of its technical
    terms); the stems of the words for a kind of thing (a line whose terms are "*"); and which
    glosses (by position) are outcomes (data/outcome_words.tsv)."""
    glosses: list[_Gloss] = []
    kinds: set[str] = set()
    outcomes: set[int] = set()
    for name in _FILES:
        text = resources.files("plainsum").joinpath(f"data/{name}").read_text("utf-8")
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lay, terms = line.split("\t")
            stems = tuple(stem(w) for w in _words(lay))
            if terms.strip() == "*":
                kinds.update(stems)
                continue
            if name == "outcome_words.tsv":
                outcomes.add(len(glosses))
            glosses.append((stems, (_terms_pattern(terms),)))
    return tuple(glosses), frozenset(kinds), frozenset(outcomes)


MIN_PREFIX = 4  # a shorter term ("bp", "qol") is matched whole, never as the start of a word


@cache
def one_word_glosses() -> dict[str, tuple[str, ...]]:
    """Each one-word lay phrase of data/lay_glosses.tsv (lower case) -> the technical terms of
    one word it glosses, as the starts of words they are ("itching" -> "prurit", "itch")."""
    text = resources.files("plainsum").joinpath(f"data/{_FILES[0]}").read_text("utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lay, terms = line.split("\t")
        words = _words(lay)
        one = [t.strip().lower() for t in terms.split(",") if len(t.split()) == 1]
        if len(words) == 1 and one and terms.strip() != "*":
            out.setdefault(words[0], []).extend(one)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@cache
def phrase_glosses() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each lay phrase of data/lay_glosses.tsv with several content words (lower case) and the
    technical terms of one word it glosses ("blood sugar" -> "glucose", "glycaem")."""
    text = resources.files("plainsum").joinpath(f"data/{_FILES[0]}").read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lay, terms = line.split("\t")
        words = tuple(w.lower() for w in content_words(lay))
        one = tuple(t.strip().lower() for t in terms.split(",") if len(t.split()) == 1)
        if len(words) > 1 and one and terms.strip() != "*":
            out.append((words, one))
    return tuple(out)


def _glosses() -> tuple[_Gloss, ...]:
    return _table()[0]


def kind_word(word: str) -> bool:
    """Whether `word` names a kind of thing ("proteins", "levels"), which stands for any thing
    of that kind a paper names."""
    return stem(word.lower()) in _table()[1]


def outcome_words(sentence: str) -> frozenset[str]:
    """The content words of `sentence` that name an outcome of data/outcome_words.tsv
    ("mood", "blood pressure", "slept")."""
    listed = _table()[2]
    return frozenset(
        w for covered, line in _lay_matches(sentence) if line in listed for w in covered
    )


def _words(text: str) -> list[str]:
    """The lower-case words of `text`, hyphenated words by their parts."""
    return [w.lower() for w in _WORD.findall(text.replace("-", " ").replace("/", " "))]


def _terms_pattern(terms: str) -> re.Pattern[str]:
    """A line's technical terms as one pattern: each word at the start of a word, any ending,
    the words joined by spaces or hyphens ("up regulat" matches "up-regulated";
    "upregulation" is its own term)."""
    parts = [
        r"[\s-]*".join(re.escape(p) for p in term.strip().lower().split())
        for term in terms.split(",")
        if term.strip()
    ]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\w*", re.I)


@lru_cache(maxsize=4096)
def _lay_matches(sentence: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """(the content words a lay phrase covers in `sentence`, the table line), for each lay
    phrase of the table the sentence uses, in table order."""
    words = _words(sentence)
    stems = [stem(w) for w in words]
    by_first = _by_first_stem()
    found = set()
    for i, first in enumerate(stems):
        for k, lay in by_first.get(first, ()):
            if tuple(stems[i : i + len(lay)]) == lay:
                covered = tuple(content_words(" ".join(words[i : i + len(lay)])))
                if covered:
                    found.add((k, i, covered))
    return tuple((covered, k) for k, _, covered in sorted(found))


@cache
def _by_first_stem() -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """The table's lay phrases (line, stems) by their first stem."""
    out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for k, (lay, _) in enumerate(_glosses()):
        if lay:
            out.setdefault(lay[0], []).append((k, lay))
    return {first: tuple(v) for first, v in out.items()}


@lru_cache(maxsize=256)
def _term_sentences(source: Source, line: int) -> frozenset[int]:
    """The source sentences (by index) that have one of the table line's technical terms."""
    _, patterns = _glosses()[line]
    return frozenset(
        s.index for s in split_source(source) if any(caseless.search(p, s.text) for p in patterns)
    )


def glossed(source: Source, sentence: str, within: frozenset[int] | None = None) -> frozenset[str]:
    """The content words of `sentence` that gloss a technical term the source has (in the
    sentences `within`, or anywhere)."""
    out: set[str] = set()
    for covered, line in _lay_matches(sentence):
        where = _term_sentences(source, line)
        if where if within is None else where & within:
            out.update(covered)
    return frozenset(out)


def with_glosses(source: Source, sentence: str, found: Alignment) -> Alignment:
    """`found` with the words that gloss the paper's terms counted as found: a word missing
    from its sentences is found when they have the term, a word novel to the paper when the
    paper has it anywhere."""
    if not found.weight or not (found.missing or found.novel):
        return found
    anywhere = glossed(source, sentence)
    # a sentence whose every word is a gloss aligns with no sentence: its glosses are its own
    near = glossed(source, sentence, frozenset(found.sentences)) if found.sentences else anywhere
    if not anywhere:
        return found
    gained = sum(word_weight(w) for w in found.missing if w in near)
    known = [w for w in found.novel if w in anywhere]
    return replace(
        found,
        score=round(min(1.0, found.score + gained / found.weight), 3),
        missing=tuple(w for w in found.missing if w not in near),
        novel=tuple(w for w in found.novel if w not in anywhere),
        novel_share=round(
            max(0.0, found.novel_share - sum(word_weight(w) for w in known) / found.weight), 3
        ),
    )
