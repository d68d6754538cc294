"""The shipped word table (data/words.txt, built by tools/build_words.py): syllables and English
word frequencies without loading the CMU dictionary, wordfreq's lists or pyphen's patterns.

`zipf(word)` equals wordfreq's `zipf_frequency(word, "en")` to the digit: a word made of letters
(ASCII, or Latin and Greek letters), apostrophes and hyphens is tokenised here exactly as
wordfreq tokenises it (a French elision such as "l'arc" as two tokens, "l" and "arc") and its
tokens' frequencies are combined with wordfreq's formula; any other shape (digits, other
scripts) is handed to wordfreq itself. `syllables(word)` is the CMU dictionary's count, else
pyphen's count (stored for every word wordfreq knows, and computed from pyphen's English
patterns, stored too, for any other word). The table is read once per process, on first use
(a few milliseconds: one file read, a JSON header, no per-word objects); each lookup is a
bisect in a sparse index and a find in one block of lines."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

__all__ = [
    "TABLE_PATH",
    "any_letters_zipf",
    "glossary_pattern",
    "hyphen_syllables",
    "live_zipf",
    "sources",
    "syllables",
    "tokens",
    "zipf",
]

TABLE_PATH = Path(__file__).parent / "data" / "words.txt"
FORMAT = 1
BLOCK = 64  # lines per block of the sparse index: a find scans about 1 KB

# wordfreq's zipf_frequency(minimum=0) floors frequencies at zipf_to_freq(0) = 10**0 / 1e9.
_MINIMUM = 10**0.0 / 1e9
_FLOOR = round(math.log(_MINIMUM, 10) + 9, 2)  # the Zipf figure of a word it does not know
# A run of letters joined by apostrophes, with stray apostrophes around it (not part of a token).
_LATIN_PART = re.compile(r"['’]*([A-Za-z]+(?:['’][A-Za-z]+)*)['’]*")
# wordfreq splits 1-2 letters + "'" + a vowel or h at a token's start ("l'arc" -> "l", "arc").
_ELISION = re.compile(r"[A-Za-z]{1,2}'[AEHIOUYaehiouy]")
_SCRIPTS = ("LATIN ", "GREEK ", "MICRO SIGN")  # "µg": wordfreq case-folds µ to Greek mu


class _Table(NamedTuple):
    data: bytes  # the whole file; data[body - 1] is the newline before the first word
    hyphenation: tuple[int, int]  # where the JSON line of pyphen's patterns lies in data
    body: int
    firsts: list[bytes]  # first word of each block
    offsets: list[int]  # byte offset of each block in the body, then the body's length
    header: dict[str, Any]


@cache
def _table() -> _Table:
    data = TABLE_PATH.read_bytes()
    comment_end = data.index(b"\n")
    header_end = data.index(b"\n", comment_end + 1)
    header = json.loads(data[comment_end + 1 : header_end])
    if header.get("format") != FORMAT:
        raise RuntimeError(f"{TABLE_PATH.name} has format {header.get('format')}, not {FORMAT}")
    patterns_end = data.index(b"\n", header_end + 1)
    body = patterns_end + 1
    firsts = [first.encode("utf-8") for first, _ in header["index"]]
    offsets = [offset for _, offset in header["index"]] + [len(data) - body]
    return _Table(data, (header_end + 1, patterns_end), body, firsts, offsets, header)


@lru_cache(maxsize=131072)
def _entry(word: str) -> tuple[int, int | None] | None:
    """(syllables, wordfreq bucket or None) of a word the table holds, else None."""
    if not word or "\t" in word or "\n" in word:
        return None
    try:
        key = word.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None
    row = _row(_table(), key)
    if row is None:
        return None
    syllables_, bucket = row.split(b"\t")
    return int(syllables_), int(bucket) if bucket else None


def _row(table: _Table, key: bytes) -> bytes | None:
    """What the table's line for the word `key` holds after it (syllables, a tab, the bucket),
    or None when it has no such line."""
    block = bisect_right(table.firsts, key) - 1
    if block < 0:
        return None
    start = table.body + table.offsets[block] - 1  # the newline before the block's first line
    end = table.body + table.offsets[block + 1]
    needle = b"\n" + key + b"\t"
    found = table.data.find(needle, start, end)
    if found < 0:
        return None
    return table.data[found + len(needle) : table.data.index(b"\n", found + len(needle))]


def syllables(word: str) -> int:
    """Syllables of a lower-case word: the CMU dictionary's first pronunciation, else pyphen's
    hyphenation points + 1."""
    entry = _entry(word)
    return hyphen_syllables(word) if entry is None else entry[0]


class _Hyphenation(NamedTuple):
    left: int
    right: int
    maxlen: int
    patterns: dict[str, tuple[int, tuple[int, ...]]]


@cache
def _hyphenation() -> _Hyphenation:
    table = _table()
    start, end = table.hyphenation
    raw = json.loads(table.data[start:end])
    patterns = {key: (value[0], tuple(value[1:])) for key, value in raw["patterns"].items()}
    return _Hyphenation(raw["left"], raw["right"], max(map(len, patterns)), patterns)


@lru_cache(maxsize=65536)
def hyphen_syllables(word: str) -> int:
    """pyphen's `Pyphen(lang="en_US").positions(word)` + 1, from the patterns stored in the
    table (the same steps as pyphen's `HyphDict.positions`, quirks included), so a word in
    neither list costs no pyphen import (about 0.1 s)."""
    hyphenation = _hyphenation()
    lower = word.lower()
    pointed = f".{lower}."
    references = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        stop = min(i + hyphenation.maxlen, len(pointed)) + 1
        for j in range(i + 1, stop):
            pattern = hyphenation.patterns.get(pointed[i:j])
            if not pattern:
                continue
            offset, values = pattern
            span = slice(i + offset, i + offset + len(values))
            references[span] = map(max, values, references[span])
    right = len(word) - hyphenation.right
    points = [i - 1 for i, reference in enumerate(references) if reference % 2]
    return 1 + sum(1 for point in points if hyphenation.left <= point <= right)


def _letters(part: str) -> bool:
    """Whether `part` is one wordfreq token as it stands: Latin or Greek letters only, NFC."""
    return (
        part.isalpha()
        and unicodedata.is_normalized("NFC", part)
        and all(unicodedata.name(ch, "").startswith(_SCRIPTS) for ch in part)
    )


def tokens(word: str) -> list[str] | None:
    """wordfreq's English tokens of `word` (case-folded, curly apostrophes straightened), or
    None when the word has a shape this module does not reproduce (then ask wordfreq)."""
    out = []
    for part in word.split("-"):
        latin = _LATIN_PART.fullmatch(part)
        if latin:
            core = latin.group(1)
            while _ELISION.match(core):  # "l'arc" is "l" and "arc" to wordfreq
                cut = core.index("'")
                out.append(core[:cut].lower())
                core = core[cut + 1 :]
            out.append(core.replace("’", "'").lower())
        elif not part.strip("'’"):
            continue  # nothing, or only apostrophes: no token
        elif _letters(part):
            out.append(part.casefold())
        else:
            return None
    return out


def _rounded_zipf(freq: float) -> float:
    """wordfreq's last steps: three significant digits, then the Zipf scale to 0.01."""
    unrounded = max(freq, _MINIMUM)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(math.log(round(unrounded, leading_zeroes + 3), 10) + 9, 2)


@lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`: how common a word is in English, 0 (unknown) to
    about 8 ("the"); 3.0 is about once per million words."""
    parts = tokens(word)
    if parts is None:
        return live_zipf(word)
    if not parts:
        return _FLOOR
    one_over = 0.0
    for token in parts:
        entry = _entry(token)
        if entry is None or entry[1] is None:
            return _FLOOR
        one_over += 1.0 / 10 ** (-entry[1] / 100)
    return _rounded_zipf(1.0 / one_over)


def any_letters_zipf(words: Iterable[str], figure: float) -> bool:
    """Whether `zipf(w) >= figure` for any of `words`, each of lower-case ASCII letters alone
    (one token to wordfreq, itself): looked up in the table without tokenising and without
    `zipf`'s cache. The misspelling check asks it of the hundreds of words one slip away from
    a rare word, most of them no word at all."""
    table = _table()
    unknown = _FLOOR >= figure  # what a word the table lacks, or knows no frequency of, gives
    for word in words:
        row = _row(table, word.encode("ascii"))
        bucket = None if row is None else row[row.index(b"\t") + 1 :]
        if (_bucket_zipf(int(bucket)) >= figure) if bucket else unknown:
            return True
    return False


@cache  # a few hundred buckets
def _bucket_zipf(bucket: int) -> float:
    """`zipf` of one token in frequency bucket `bucket`, by `zipf`'s own steps."""
    return _rounded_zipf(1.0 / (1.0 / 10 ** (-bucket / 100)))


def live_zipf(word: str) -> float:
    """wordfreq itself (loads its English list: about 0.3 s the first time in a process)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def sources() -> dict[str, str]:
    """The packages (name -> version) the table was built from."""
    return dict(_table().header["sources"])


def glossary_pattern(sha256: str) -> str | None:
    """The glossary's prefix-tree pattern precomputed for the glossary.tsv with this SHA-256,
    or None when the glossary was edited after the table was built."""
    header = _table().header
    return header["glossary_pattern"] if header.get("glossary_sha256") == sha256 else None
