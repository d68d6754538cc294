"""The head a word stands after: "fear of falling" is about fear, "worried less about relapses"
about worrying (see contradiction_same.of_another_head).

`head_before(text, word)` reads what `re.search(rf"\\b([A-Za-z]+) (less |more )?(?:of|about)
(?:[A-Za-z-]+ ){{0,2}}?{re.escape(word)}\\b", text)` reads (its first match's groups 1 and 2),
without a pattern compiled for every word: the contradiction check asks it about the words
each claim shares with another, new words with every paper, and compiling their patterns cost
more than all its other work (`re`'s own cache, which the gate's patterns overflow, kept few).

How the pattern reads a text, and so this module: a match starts at a word boundary, and its
head is the whole run of ASCII letters from there (a shorter run would be followed by a letter,
not the space); "less " or "more " is taken when it stands next, and "of " or "about " must
follow (neither of which starts like "less" or "more", so nothing else is tried); then the word
is tried at once, after one word, after two (each a run of letters and hyphens and one space),
followed by a word boundary. Heads are tried left to right, the first that holds wins.
"""

from __future__ import annotations

import re

from ..word_start import word_char

__all__ = ["head_before"]

# Where a head ends: after an ASCII letter, before " (less |more )?(of|about) " (group 1).
_HEAD_END = re.compile(r"(?<=[A-Za-z])(?=( (less |more )?(?:of|about) ))")
_MAX_BETWEEN = 2  # words between "of" and the word


def _letter(ch: str) -> bool:
    return "a" <= ch <= "z" or "A" <= ch <= "Z"


def _boundary(text: str, at: int) -> bool:
    """Whether `at` is a word boundary (`\\b`) in `text`."""
    before = at > 0 and word_char(text[at - 1])
    return before != (at < len(text) and word_char(text[at]))


def _word_follows(text: str, at: int, word: str) -> bool:
    """Whether `word`, then a word boundary, stands at `at` or after one or two words (runs of
    letters and hyphens, each followed by one space)."""
    for _ in range(_MAX_BETWEEN + 1):
        if text.startswith(word, at) and _boundary(text, at + len(word)):
            return True
        end = at
        while end < len(text) and (_letter(text[end]) or text[end] == "-"):
            end += 1
        if end == at or not text.startswith(" ", end):
            return False
        at = end + 1
    return False


def head_before(text: str, word: str) -> tuple[str, bool] | None:
    """(the head, whether "less" or "more" follows it) of the first "<head> (less |more )?(of|
    about) " that `word` follows within two words in `text`, or None."""
    for m in _HEAD_END.finditer(text):
        end = start = m.start()
        while start and _letter(text[start - 1]):
            start -= 1
        if start and word_char(text[start - 1]):
            continue  # no word boundary before the run: no match starts in it
        if _word_follows(text, end + len(m.group(1)), word):
            return text[start:end], bool(m.group(2))
    return None
