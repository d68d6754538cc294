"""Replace medical and academic jargon with plain words, from the glossary shipped in
`plainsum/data/glossary.tsv` (term -> plain phrase, written for the project)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Glossary:
    """Term -> plain phrase, with one compiled pattern that prefers the longest term."""

    entries: dict[str, str]
    pattern: re.Pattern[str]

    def plain(self, text: str) -> str:
        """`text` with every glossary term replaced by its plain phrase."""

        def swap(m: re.Match[str]) -> str:
            found = m.group(0)
            plain = self.entries[found.lower()]
            if found[:1].isupper() and plain[:1].islower() and not found[1:2].isupper():
                plain = plain[:1].upper() + plain[1:]
            return plain

        return self.pattern.sub(swap, text)


def _trie_pattern(terms: list[str]) -> str:
    """One regular expression for many terms, as a prefix tree: far faster than a flat
    alternation, and it still prefers the longest term (the boundary check backtracks)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items(), reverse=True)  # longer branches first
            if ch != ""
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def parse_glossary(text: str) -> Glossary:
    """Build a `Glossary` from TSV text (comment lines start with #)."""
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        term, sep, plain = line.partition("\t")
        if not sep or not term.strip() or not plain.strip():
            raise ValueError(f"glossary line {number} is not 'term<TAB>plain phrase'")
        if re.search(r"\d", plain):
            raise ValueError(f"glossary line {number}: a plain phrase may not hold a number")
        entries[term.strip().lower()] = plain.strip()
    alternation = _trie_pattern(sorted(entries))
    pattern = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", re.I)
    # Multi-word terms can match with any whitespace, so look them up normalised.
    normalised = dict(entries)
    return Glossary(entries=_SpaceInsensitive(normalised), pattern=pattern)


class _SpaceInsensitive(dict[str, str]):
    def __getitem__(self, key: str) -> str:
        return super().__getitem__(" ".join(key.split()))


@lru_cache(maxsize=1)
def load_glossary() -> Glossary:
    """The glossary shipped with plainsum."""
    text = resources.files("plainsum").joinpath("data/glossary.tsv").read_text(encoding="utf-8")
    return parse_glossary(text)


def plain_words(text: str) -> str:
    """`text` with jargon replaced by the shipped glossary's plain phrases."""
    return load_glossary().plain(text)
