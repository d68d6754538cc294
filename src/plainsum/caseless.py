"""Case-insensitive patterns run as case-sensitive ones on the lower-cased text: the same
matches, found sooner.

Python's regex engine is slow with IGNORECASE: it compares every character through its lower
case and finds no literal to jump to, so the gate's direction, condition and cue patterns
(`\\b(?:increas\\w*|higher|more|...)\\b`, case ignored) cost it tens of microseconds a sentence,
and it asks them about every sentence of the paper and of the summary. The same pattern
without IGNORECASE, run on the lower-cased text, finds the same places several times faster
(the direction pattern a third of the time; a cue that is seldom there a tenth or less).

`search`, `finditer` and `match` answer as the pattern's own methods do (the same `Match`
objects, made by the pattern itself on the text: groups, `lastgroup` and spans are its own):
the twin finds where a match starts, and the pattern matches there. They hold when
- the twin exists (`word_start.caseless_twin`: every letter the pattern names is ASCII lower
  case, a class with an upper-case letter has its lower case too, no back reference or inline
  flag), and the pattern cannot match empty (an empty match decides where `finditer` goes on);
- the text lowers letter for letter (`lowered`): no letter outside ASCII, which case folding
  could take to an ASCII one ("ſ" is "s" without case); otherwise the pattern itself runs.
The leftmost match of the twin in the lowered text starts where the pattern's leftmost match
starts in the text, and there the pattern's match is the twin's (the same program, the same
choices); `finditer` goes on from each match's end in both. `search` and `match` ask the twin
with its branches gathered behind the openings they share (`word_start.gathered`): it matches
at the same places, sooner, and the pattern itself gives the match found there.
tests/test_caseless.py compares them on every pattern of the package.

Most of these questions are answered no: before either pattern runs, the text is asked whether
it holds one of the strings every match of the pattern contains (`prefilter.required`, worked
out once per pattern), a few substring tests where the engine would try the pattern at every
position; when it holds none, there is no match (for a pattern that ignores case, the strings
are lower case and the lowered text is asked). Not for a pattern needing one of more than
`MAX_STRINGS` strings (`no (?:clear|significant|...)`, a hundred): each substring test reads
the whole text, and so many cost more than the engine's one pass finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import required_strings
from .memo import SIZE
from .word_start import caseless_twin, gathered

__all__ = ["finditer", "holds_one", "lowered", "match", "search", "starts", "twin"]

# more required strings than this: the pattern is run without asking them
MAX_STRINGS = required_strings.MAX_STRINGS

# A letter outside ASCII: its case folding may reach an ASCII letter ("ſ", "K", "İ").
_FOREIGN_LETTER = re.compile(r"(?![\x00-\x7f])[^\W\d_]")
# id(pattern) -> (pattern, its twin or None, the strings one of which every match holds or
# None, the twin with its branches gathered or the twin); the pattern is kept, so its id is
# never reused.
_Kept = tuple[
    re.Pattern[str], re.Pattern[str] | None, tuple[str, ...] | None, re.Pattern[str] | None
]
_twins: dict[int, _Kept] = {}


@lru_cache(maxsize=SIZE)  # each sentence is asked about by many patterns
def lowered(text: str) -> str | None:
    """`text` lower-cased, or None when a letter outside ASCII may fold into ASCII (then
    lower-casing is not what ignoring case does, and "İ" even lowers to two characters)."""
    if text.isascii() or not _FOREIGN_LETTER.search(text):
        return text.lower()
    return None


def twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern`'s case-sensitive twin for lowered text, or None when it has none."""
    return (_twins.get(id(pattern)) or _keep(pattern))[1]


def starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern`'s twin with its branches gathered (`word_start.gathered`), or the twin: it
    finds where `pattern`'s matches start in the lowered text, sooner, but may take another
    branch there (`search` and `match` ask it, `finditer` goes on from the twin's own ends);
    None when `pattern` has no twin."""
    return (_twins.get(id(pattern)) or _keep(pattern))[3]


def _keep(pattern: re.Pattern[str]) -> _Kept:
    from .prefilter import needed  # prefilter asks this module to lower its texts

    strings = needed(pattern)
    if strings is not None and len(strings) > MAX_STRINGS:
        strings = None
    twin = caseless_twin(pattern)
    found = None if twin is None else gathered(twin) or twin
    kept = _twins[id(pattern)] = (pattern, twin, strings, found)
    return kept


def holds_one(text: str, strings: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `strings`. A loop: for the few strings a pattern needs it
    takes half the time of `any(map(text.__contains__, strings))`, which makes a bound method,
    a map and a call to `any` before its first test; it is asked some 1,200 times a paper."""
    for string in strings:
        if string in text:
            return True
    return False


def _absent(strings: tuple[str, ...] | None, pattern: re.Pattern[str], text: str) -> bool:
    """Whether `text` holds none of `strings` (`pattern`'s required strings): then `pattern`
    cannot match in it. A pattern that ignores case has lower-case strings, asked of the
    lowered text (never of a text whose letters may fold otherwise: no answer there)."""
    if strings is None:
        return False
    if pattern.flags & re.IGNORECASE:
        low = lowered(text)
        if low is None:
            return False
        text = low
    return not holds_one(text, strings)


def search(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """`pattern.search(text, pos)`."""
    _, _, strings, found = _twins.get(id(pattern)) or _keep(pattern)
    low = lowered(text) if found is not None else None
    if found is None or low is None:
        return None if _absent(strings, pattern, text) else pattern.search(text, pos)
    if strings is not None and not holds_one(low, strings):
        return None
    m = found.search(low, pos)
    return None if m is None else pattern.match(text, m.start())


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`. Most texts cannot match: they get an empty iterator at once,
    not a generator (about a third of the cost of a call the gate makes some 400 times a
    paper)."""
    _, fast, strings, _ = _twins.get(id(pattern)) or _keep(pattern)
    low = lowered(text) if fast is not None else None
    if fast is None or low is None:
        return iter(()) if _absent(strings, pattern, text) else pattern.finditer(text)
    if strings is not None and not holds_one(low, strings):
        return iter(())
    return _matched(pattern, text, fast.finditer(low))


def _matched(
    pattern: re.Pattern[str], text: str, found: Iterator[re.Match[str]]
) -> Iterator[re.Match[str]]:
    """`pattern`'s own match at each place its twin `found` a match in the lowered text."""
    for m in found:
        yield pattern.match(text, m.start())  # type: ignore[misc]


def match(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """`pattern.match(text, pos)`."""
    _, _, strings, found = _twins.get(id(pattern)) or _keep(pattern)
    low = lowered(text) if found is not None else None
    if found is None or low is None:
        return None if _absent(strings, pattern, text) else pattern.match(text, pos)
    if strings is not None and not holds_one(low, strings):
        return None
    return None if found.match(low, pos) is None else pattern.match(text, pos)
