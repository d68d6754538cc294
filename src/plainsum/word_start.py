"""A pattern that starts at a word boundary, searched the fast way: the same answer, sooner.

The gate's concept patterns (`\\b(?:people|humans?|...)\\b`, case ignored) are the slow kind
for Python's regex engine: a leading `\\b` hides the pattern's first letters from it, and so
does ignoring case, so it tries the whole alternation at every position of the text. The same
pattern without its leading `\\b`s and without ignoring case, run on the lower-cased text, lets
the engine jump to the letters a match can start with; each place it matches is then kept only
at a word boundary, and the search goes on from the next character when it is not one.

`variant(pattern)` gives that faster pattern, or None when the answers could differ:
- every top-level branch must start with `\\b` (else it is left alone);
- a pattern that ignores case is run on the lower-cased text, which gives its own answers only
  when lower-casing is the whole of what ignoring case does: every letter it names is ASCII and
  lower case, a class that holds an upper-case letter holds its lower case too (`[A-Za-z]`,
  not `[A-Z]`), and there are no back references or inline flags; the caller lower-cases only a
  text whose letters are all ASCII (`prefilter.lowered`: Unicode case folding lets "ſ" match "s").
`found(fast, text)` is then `pattern.search(text) is not None` (`text` lower-cased when the
pattern ignores case).
"""

from __future__ import annotations

import re
from string import ascii_uppercase
from typing import Any

from . import regex_cache

__all__ = [
    "REFERS_BACK",
    "by_first_letter",
    "caseless_twin",
    "found",
    "gathered",
    "literal_prefix",
    "top_level_branches",
    "variant",
    "word_char",
]


def top_level_branches(pattern: str) -> list[str]:
    """`pattern` split at the "|" signs that are outside every group and class."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


# A pattern that refers back to a group, or holds a comment: its branches would not read alone,
# or in another order, as they read in it.
REFERS_BACK = re.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?\(|\(\?#")
# The zero-width openings `gathered` puts in front of the branches that share one.
_OPENINGS = (r"\b", "^")


def gathered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that can match at exactly the places `pattern` can (where a match starts), its
    top-level branches that open with the same `\\b` or `^` gathered behind one (`\\bA|^B|\\bC`
    -> `\\b(?:A|C)|^B`), or None when nothing gathers. The engine moves an opening that every
    branch shares out in front of the alternation, and tries the branches only where it holds;
    one branch that opens otherwise (`^(?:because|as) ...` among thirty `\\b` branches) stops
    that, and every branch is tried at every place (the drafter's limitation cue: 56 -> 12 us a
    sentence). A match can start at a place exactly when one of the branches matches there, in
    any order; at a place where two match, the order decides which is taken, so only where a
    match starts is the pattern's (`caseless.search` takes the pattern's own match there).
    Worked out once for all runs of the command (`regex_cache.derived`)."""
    source = regex_cache.derived("gathered", pattern, _gathered_source)
    return None if source is None else re.compile(source, pattern.flags & ~re.UNICODE)


def _gathered_source(pattern: re.Pattern[str]) -> str | None:
    """The text of `gathered(pattern)`, or None."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    if REFERS_BACK.search(pattern.pattern):  # gathered branches number their groups otherwise
        return None
    branches = top_level_branches(pattern.pattern)
    groups: dict[str | int, list[str]] = {}  # opening (or the branch's place) -> its branches
    for i, branch in enumerate(branches):
        opening = next((o for o in _OPENINGS if branch.startswith(o)), i)
        groups.setdefault(opening, []).append(branch)
    if len(groups) in (1, len(branches)):  # all share one (the engine gathers them) or none do
        return None
    source = "|".join(
        f"{opening}(?:{'|'.join(b[len(opening) :] for b in kept)})"
        if isinstance(opening, str) and len(kept) > 1
        else kept[0]
        for opening, kept in groups.items()
    )
    try:
        re.compile(source, pattern.flags & ~re.UNICODE)
    except (re.error, RecursionError, ValueError):
        return None
    return source


def by_first_letter(words: str) -> str:
    """The alternation `words` ("asthma|autism|...") grouped by first letter, keeping their
    order within each group ("a(?:sthma|utism)|..."): the same matches, case ignored or not
    (words that open with different letters never match at one place, and within a group the
    first that matches still wins), but the engine tries a score of letters at each place
    instead of every word in turn (it has no quick test for a letter whose case is ignored).
    Each word must open with an ASCII letter that no quantifier follows (ValueError)."""
    groups: dict[str, list[str]] = {}
    for word in top_level_branches(words):
        if not (word[:1].isascii() and word[:1].isalpha()) or word[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"{word!r} does not open with a letter of its own")
        groups.setdefault(word[0].lower(), []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


def _plain_char(code: int) -> bool:
    """A character that matches the same with and without case in lower-cased ASCII text."""
    ch = chr(code)
    return (ch.isascii() and ch == ch.lower()) or ch.lower() == ch == ch.upper()


def _class_ok(items: Any) -> bool:
    """A class whose members are the same with and without case in lower-cased text: its
    ASCII upper-case letters all have their lower case in it, and it names no other cased
    character."""
    from re import _constants as c  # type: ignore[attr-defined]

    members: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            ch = chr(av)
            if not ch.isascii() and ch.lower() != ch.upper():
                return False
            members.add(ch)
        elif op is c.RANGE:
            low, high = av
            if high > 0x7F and low <= 0x7F:  # ASCII and beyond: not worked out here
                return False
            if low > 0x7F:
                if any(chr(x).lower() != chr(x).upper() for x in range(low, high + 1)):
                    return False
                continue
            members.update(chr(x) for x in range(low, high + 1))
        elif op is not c.NEGATE and op is not c.CATEGORY:
            return False
    return all(u.lower() in members for u in ascii_uppercase if u in members)


def _caseless_ok(items: Any) -> bool:
    """Whether the parsed `items` match lower-cased ASCII text without ignoring case exactly
    as they match the text itself ignoring case."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _plain_char(av):
                return False
        elif op is c.IN:
            if not _class_ok(av):
                return False
        elif op in (c.AT, c.ANY, c.CATEGORY):
            continue
        elif op is c.SUBPATTERN:
            _, add_flags, del_flags, body = av
            if add_flags or del_flags or not _caseless_ok(body):
                return False
        elif op is c.BRANCH:
            if not all(_caseless_ok(branch) for branch in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if not _caseless_ok(av[2]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _caseless_ok(av[1]):
                return False
        elif op is getattr(c, "ATOMIC_GROUP", None):
            if not _caseless_ok(av):
                return False
        else:  # back references and anything not worked out here
            return False
    return True


def caseless_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` without ignoring case, for lower-cased ASCII text (see `_caseless_ok`), or None
    when it does not ignore case, the two could answer differently, or it can match empty
    (`caseless.finditer` goes on from each match's end, which an empty match does not move).
    A pattern that names upper-case letters (`Randomi[sz]ed`, `[Pp]`, `CI`) is read with its
    letters lower-cased (`_lowered_letters`), when ignoring case the compiler makes the very
    same program of both. Worked out once for all runs of the command (`regex_cache.derived`)."""
    source = regex_cache.derived("caseless_twin", pattern, _caseless_twin_source)
    return None if source is None else re.compile(source, _twin_flags(pattern))


def _twin_flags(pattern: re.Pattern[str]) -> int:
    return pattern.flags & ~(re.IGNORECASE | re.UNICODE)


def _caseless_twin_source(pattern: re.Pattern[str]) -> str | None:
    """The text of `caseless_twin(pattern)`, or None."""
    if not isinstance(pattern.pattern, str) or not pattern.flags & re.IGNORECASE:
        return None
    if pattern.flags & re.VERBOSE:
        return None
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        source, flags = pattern.pattern, pattern.flags
        parsed = _parser.parse(source, flags)
        if parsed.getwidth()[0] == 0:
            return None
        if not _caseless_ok(parsed):
            source = _lowered_letters(source)
            lowered = _parser.parse(source, flags)
            if _compiler._code(lowered, flags) != _compiler._code(parsed, flags):
                return None
            if not _caseless_ok(lowered):
                return None
        re.compile(source, _twin_flags(pattern))
        return source
    except (re.error, RecursionError, ValueError, AttributeError, ImportError, TypeError):
        return None


def _lowered_letters(pattern: str) -> str:
    """`pattern` with the letters it matches lower-cased: escapes (`\\S`, `\\B`, `\\x41`) and
    group names (`(?P<Name>`, `(?P=Name)`) are left as they are."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            end = pattern.find(">" if pattern[i + 3] == "<" else ")", i)
            end = len(pattern) if end < 0 else end
            out.append(pattern[i:end])
            i = end
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def variant(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without its leading `\\b`s (and, when it ignores case, without ignoring
    case, for lower-cased text), or None when `found` could answer otherwise than it. Worked
    out once for all runs of the command (`regex_cache.derived`)."""
    source = regex_cache.derived("word_start_variant", pattern, _variant_source)
    return None if source is None else re.compile(source, _variant_flags(pattern))


def literal_prefix(pattern: re.Pattern[str]) -> str | None:
    """The text every match of `pattern` opens with, as the regex engine finds it (its literal
    prefix), or None when there is none. With one, the engine jumps from one place the text
    occurs to the next; without one, a `variant` is tried at every letter it may start with,
    and `found` goes back to Python at each that is no word start: the variant pays only with
    a literal prefix (the twin, its `\\b` in front, answers the rest in two thirds of the
    time). Worked out once for all runs of the command (`regex_cache.derived`)."""
    return regex_cache.derived("literal_prefix", pattern, _literal_prefix)


def _literal_prefix(pattern: re.Pattern[str]) -> str | None:
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        prefix = _compiler._get_literal_prefix(parsed, pattern.flags)[0]
    except (re.error, RecursionError, ValueError, AttributeError, ImportError, TypeError):
        return None
    return "".join(map(chr, prefix)) or None


def _variant_flags(pattern: re.Pattern[str]) -> int:
    flags = pattern.flags & ~re.UNICODE  # implied for str patterns; kept off to recompile
    return flags & ~re.IGNORECASE


def _variant_source(pattern: re.Pattern[str]) -> str | None:
    """The text of `variant(pattern)`, or None."""
    if not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & (re.ASCII | re.VERBOSE):  # another \b, or a "|" in a comment
        return None
    branches = top_level_branches(pattern.pattern)
    if not all(b.startswith(r"\b") for b in branches):
        return None
    try:
        if pattern.flags & re.IGNORECASE:
            from re import _parser  # type: ignore[attr-defined]

            if not _caseless_ok(_parser.parse(pattern.pattern, pattern.flags)):
                return None
        source = "|".join(b[2:] for b in branches)
        re.compile(source, _variant_flags(pattern))
        return source
    except (re.error, RecursionError, ValueError, AttributeError, ImportError):
        return None


def word_char(ch: str) -> bool:
    """Whether `ch` (one character, or none) is a word character as the regex engine's `\\w`
    reads a str pattern (tests/test_evidence_index.py checks every code point)."""
    return ch.isalnum() or ch == "_"


def found(fast: re.Pattern[str], text: str) -> bool:
    """Whether `fast` (a `variant`) matches `text` at a word boundary: the first place it
    matches that is one, trying again one character further on when a place is not."""
    pos, end = 0, len(text)
    search = fast.search
    while (m := search(text, pos)) is not None:
        s = m.start()
        before = s > 0 and word_char(text[s - 1])
        if before != (s < end and word_char(text[s])):
            return True
        pos = s + 1
        if pos > end:
            return False
    return False
