"""A short form the paper never defines, read from the definition of a longer one it opens.

"pyruvate dehydrogenase E1alpha subunit gene (PDHA1)" names PDHA1; the paper then says "PDH
activity" and "PDH deficiency" without defining PDH. PDH opens PDHA1, and the first words of
the words PDHA1 stands for spell it ("pyruvate dehydrogenase"): that is the paper's own meaning of
PDH. (PDHA1 itself is no definition the drafter writes out: its last words, "subunit gene", are not
spelled by it.)
Left undefined, the gate names PDH in every sentence that holds it, and a repair that drops them
leaves a thin body (plaba 18206410); written out, each sentence stays whole.

Only a reading every letter of the short form supports is taken: the short form opens the longer
one, and the long form's first two or more words spell it, each giving its first letter (minor
words may be skipped); of several such readings the one with the most word initials.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .long_form_guess import best_long_form

__all__ = ["prefix_definitions"]

_TOKEN = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?![\w-])")
# "words (CODE)" or "words (CODE;" / "(CODE,": a bracket that names a code after its words
_BRACKETED = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9-]{1,11})\s*[;,)]")
_CLAUSE_END = re.compile(r"[.;:()\[\]]\s*")
_MINOR = frozenset({"of", "and", "the", "in", "for", "with", "to", "a", "an", "on", "by", "or"})
_PARTS = re.compile(r"[^\s-]+[\s-]*")
_PLURAL_ENDS = frozenset({"s", "es"})
MIN_WORDS = 2  # one word spelling a short form from its inner letters is a guess


def _initials(letters: str, words: list[str]) -> int | None:
    """How many word initials the best spelling of `letters` by `words` uses, each word giving
    its first letter and then perhaps more of its own letters in order (minor words may give
    none); None when they cannot spell it."""
    if not words:
        return None if letters else 0
    word, rest = words[0].lower(), words[1:]
    best = _initials(letters, rest) if word in _MINOR else None
    if letters and word[0] == letters[0]:
        for n in _inner_takes(letters, word):
            after = _initials(letters[n:], rest)
            if after is not None and (best is None or after + 1 > best):
                best = after + 1
    return best


def _inner_takes(letters: str, word: str) -> list[int]:
    """How many of `letters` `word` may give: its first letter, then each further letter found
    in order after it."""
    takes = [1]
    at = 1
    for n in range(1, len(letters)):
        found = word.find(letters[n], at)
        if found < 0:
            break
        takes.append(n + 1)
        at = found + 1
    return takes


def _opening(short: str, long_form: str) -> str | None:
    """The first words of `long_form` that spell `short` with the most word initials (then the
    fewest words): "branched chain ketoacid dehydrogenase" for BCKD, never "branched chain
    ketoacid" with the D from inside its last word; "glutamic acid decarboxylase" whole for GAD
    of "glutamic acid decarboxylase (GADA)", never "glutamic acid". A hyphen parts words as a
    space does ("chronic kidney disease" of "chronic kidney disease-mineral and bone disorder")."""
    if "/" in long_form:
        return None  # "myalgic encephalomyelitis/chronic fatigue syndrome": two names in one
    parts = _PARTS.findall(long_form)  # (each word with the space or hyphen after it)
    words = [p.rstrip(" -") for p in parts]
    letters = "".join(c for c in short.lower() if c.isalnum())
    best: tuple[int, int] | None = None  # (initials, words)
    for n in range(MIN_WORDS, len(words) + 1):
        if words[n - 1].lower() in _MINOR:
            continue
        initials = _initials(letters, words[:n])
        if initials is not None and (best is None or initials > best[0]):
            best = (initials, n)
    if best is None:
        return None
    return "".join(parts[: best[1]]).rstrip(" -").strip(",;:")


def prefix_definitions(definitions: dict[str, str], text: str) -> dict[str, str]:
    """Short form -> long form for each short form `text` uses but never defines that opens a
    longer one the paper names in brackets after its words ("pyruvate dehydrogenase E1alpha
    subunit gene (PDHA1)") and is spelled by those words' first ones."""
    return dict(_prefix_definitions(tuple(definitions.items()), text))


@lru_cache(maxsize=64)
def _prefix_definitions(
    definitions: tuple[tuple[str, str], ...], text: str
) -> tuple[tuple[str, str], ...]:
    defined = dict(definitions)
    named = list(definitions) + [
        (m.group(1), long_form)
        for m in _BRACKETED.finditer(text)
        if m.group(1) not in defined
        and (long_form := best_long_form(m.group(1), _clause_before(text, m.start()))) is not None
    ]
    found: dict[str, str] = {}
    for short in dict.fromkeys(_TOKEN.findall(text)):
        if short in defined or short in found or len(short) < 2:
            continue
        if _as_statistic(short, text):
            continue  # "95% CI", "OR 1.4": a statistic's name, never a longer code's opening
        for longer, long_form in named:
            if (
                len(longer) <= len(short)
                or not longer.startswith(short)
                or longer.removeprefix(short) in _PLURAL_ENDS
            ):
                continue  # ("RCTs" defines RCT itself: the drafter says it in the singular)
            opening = _opening(short, long_form)
            if opening is not None:
                found[short] = opening
                break
    return tuple(found.items())


def _clause_before(text: str, at: int) -> str:
    """The words of `text` before `at` back to the clause's start."""
    return _CLAUSE_END.split(text[max(0, at - 200) : at])[-1]


def _as_statistic(short: str, text: str) -> bool:
    """Whether `text` uses `short` as the name of a statistic: after "95%" or before a figure."""
    if not _may_be_statistic(short, text):
        return False  # the pattern below, made for each short form, need not be compiled
    code = re.escape(short)
    return bool(
        re.search(rf"\b95\s?% ?{code}s?\b|(?<![\w-]){code}s?[+-]?\s?[=:,]?\s?[-−]?\d", text)
    )


_STATISTIC_REACH = 7  # "s", "+", " ", "=", " ", "-" and then the digit, after the short form


def _may_be_statistic(short: str, text: str) -> bool:
    """A necessary condition for `_as_statistic`, found with `str.find` alone: some use of
    `short` has "%" in the two characters before it ("95%", "95% ") or a digit (any decimal
    digit, as the pattern's digit class) in the `_STATISTIC_REACH` characters after it. Most short
    forms of a paper have neither, and their pattern is never compiled (a compile each, a
    paper's largest cost of patterns made at run time in the offline drafter)."""
    at = text.find(short)
    while at >= 0:
        if "%" in text[max(0, at - 2) : at]:
            return True
        end = at + len(short)
        if any(c.isdecimal() for c in text[end : end + _STATISTIC_REACH]):
            return True
        at = text.find(short, at + 1)
    return False
