"""Evidence words: how the alignment reads a sentence's words and numbers.

Words are lower-cased and stemmed (Snowball); function words and the words summaries use to
frame a report ("the researchers found") are no evidence (`content_words`); rarer words weigh
more (wordfreq Zipf, `word_weight`); numbers are read as values (`number_values`). Used by
plainsum.evidence and, through it, by the gate's checks and the drafters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from .lexicon import zipf
from .memo import SIZE, cached_list

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

# Words and numbers as tokens; findall gives a word's text and "" for a number.
_TOKEN = re.compile(r"([A-Za-z][A-Za-z'’]*)|\d[\d,.·]*")
_SUFFIX_APOSTROPHE = re.compile(r"['’](?:s)?$")


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    """Snowball's English stemmer: PyStemmer's C build of it when installed (snowballstemmer
    hands `stemmer()` over to it), else snowballstemmer's pure-Python one. Both run the same
    Snowball program (tests/test_stemmer.py holds them to the same stems); the C one takes a
    tenth of the time, about 0.7 ms of a batch worker's CPU a paper, whose new words it stems."""
    from snowballstemmer import stemmer

    return stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word ('relapses' -> 'relaps')."""
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=65536)
def word_weight(word: str) -> float:
    """How much a word counts as evidence: rare words more than everyday ones."""
    return max(MIN_WEIGHT, min(MAX_WEIGHT, WEIGHT_ORIGIN - zipf(word)))


@cached_list  # the gate and the drafter ask for the same sentences' words many times a draft
def content_words(text: str) -> list[str]:
    """Lower-case content words of `text` (no stop words, possessives dropped), in order;
    hyphenated words count by their parts."""
    words = map(
        _content_word, _TOKEN.findall(text.replace("-", " ").replace("‐", " ").replace("/", " "))
    )
    return list(filter(None, words))  # the words that are not ""


@lru_cache(maxsize=65536)  # a word is read once, however many sentences it is in
def _content_word(token: str) -> str:
    """The content word a token of `content_words` is, or "" for a number ("" from `_TOKEN`),
    a stop word or a single letter."""
    word = token.lower()
    if "'" in word or "’" in word:
        word = _SUFFIX_APOSTROPHE.sub("", word)
    return word if len(word) > 1 and word not in _STOP else ""


def number_values(text: str) -> set[str]:
    return _numbers_in()(text)


@cache
def _numbers_in() -> Callable[[str], set[str]]:
    """The gate's number reader (`checks.faithfulness.numbers_in`), imported once: the checks
    import this module, and an import in `number_values` cost 2 us at each of its calls."""
    from .checks.faithfulness import numbers_in

    return numbers_in


@lru_cache(maxsize=SIZE)  # the gate sets each body sentence against every other one
def content_stems(
    text: str, numbers: Callable[[str], Iterable[str]] = number_values
) -> frozenset[str]:
    """A sentence's content stems and its numbers, as `numbers` reads them: by default their
    values (digits outside names, spelled-out numbers as digits, as the alignment compares
    them), so two results that differ only in their numbers ("127 out of 1,000 had serious
    side effects", "770 out of 1,000 had side effects") are two results."""
    return frozenset(stem(w) for w in content_words(text)) | frozenset(numbers(text))


@lru_cache(maxsize=65536)
def base_stem(word: str) -> str | None:
    """The stem of a comparative's base word ("faster" -> "fast"), which Snowball keeps whole."""
    for suffix in ("est", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            root = word[: -len(suffix)]
            if len(root) >= 4 and root[-1] == root[-2]:  # "bigger" -> "big"
                root = root[:-1]
            return stem(root)
    return None
