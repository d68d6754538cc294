"""Tell CPython's regex engine which characters a match of plainsum's patterns can start with.

The engine scans a text quickly for the places a match can begin when the compiler found a
literal prefix or a set of first characters (the "info block" in front of a program); without
one it runs the whole pattern at every position of the text. The compiler finds none for most
of plainsum's patterns: they ignore case (`(?i)\\b(?:people|patients?)\\b`), or start with
`\\b`, a lookbehind, an optional word or an optional space. The gate and the drafter search
hundreds of them in every sentence, almost always in vain: half of a draft's CPU was the engine
trying such patterns position by position.

`install()` (run when the package is imported) lets the compiler ask this module when its own
`_get_charset_prefix` finds nothing, for patterns compiled by plainsum's own modules only. The
set is worked out from the parse tree: zero-width items (`\\b`, lookarounds) are passed over,
an optional item adds its first characters to those of what follows, a branch joins its
alternatives'. With IGNORECASE an ASCII letter stands for both its cases, and every character
outside ASCII is let in (Unicode case folding takes "ſ", the Kelvin sign and the dotted capital
I to ASCII letters), as it is for `\\w`, `\\d` and `\\s`; anything else the walk does not know
(`.`, `[^...]`, a back reference, a pattern that can match empty, a LOCALE pattern, a pattern
whose first item is `^`, which the engine tries at one place only) gives no set, and the
compiler goes on as before.

Results are identical by construction: the set holds every character a match can start with
(it may hold more), so the engine skips only places where the pattern cannot match, and the
rest of the program is the compiler's own. `PLAINSUM_FIRST_CHARS=0` turns it off;
tests/test_first_chars.py compares every pattern of the package with and without its set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["ENV", "first_chars", "install", "installed"]

ENV = "PLAINSUM_FIRST_CHARS"
ASCII = 128
_LETTERS = frozenset(c for c in range(ASCII) if chr(c).isalpha())
# Conservative ASCII members of the engine's categories (any flags): a superset is enough.
_SPACE = frozenset([9, 10, 11, 12, 13, 28, 29, 30, 31, 32])
_DIGIT = frozenset(range(48, 58))
_WORD = _LETTERS | _DIGIT | {95}
_ALL = frozenset(range(ASCII))

# (ASCII characters, whether any character outside ASCII may come first too)
Chars = tuple[frozenset[int], bool]


def _constants() -> Any:
    from re import _constants  # type: ignore[attr-defined]

    return _constants


def _category(c: Any, av: Any) -> Chars:
    if av in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
        return _DIGIT, True
    if av in (c.CATEGORY_WORD, c.CATEGORY_UNI_WORD, c.CATEGORY_LOC_WORD):
        return _WORD, True
    if av in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
        return _SPACE, True
    return _ALL, True  # a negated category or a line break: anything


def _one(c: Any, op: Any, av: Any, fold: bool) -> Chars | None:
    """The first characters of one item of a class (or a literal)."""
    if op is c.LITERAL:
        av = (av, av)
    elif op is not c.RANGE:
        return _category(c, av) if op is c.CATEGORY else None
    lo, hi = av
    ascii_part = frozenset(range(lo, min(hi, ASCII - 1) + 1))
    if not fold:
        return ascii_part, hi >= ASCII
    letters = ascii_part & _LETTERS
    cased = frozenset(ord(x) for ch in letters for x in (chr(ch).lower(), chr(ch).upper()))
    if hi >= ASCII:  # a letter outside ASCII may fold to an ASCII one ("ſ" and "s")
        return ascii_part | _LETTERS, True
    return ascii_part | cased, bool(letters)


def _join(a: Chars, b: Chars) -> Chars:
    return a[0] | b[0], a[1] or b[1]


def _sequence(c: Any, items: Any, flags: int) -> tuple[Chars | None, bool]:
    """(first characters, whether the sequence can match empty) of a sequence of parse items;
    (None, _) when they are not known."""
    found: Chars = (frozenset(), False)
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the character after it comes first
        chars, empty = _item(c, op, av, flags)
        if chars is None:
            return None, False
        found = _join(found, chars)
        if not empty:
            return found, False
    return found, True


def _item(c: Any, op: Any, av: Any, flags: int) -> tuple[Chars | None, bool]:
    fold = bool(flags & c.SRE_FLAG_IGNORECASE)
    if op is c.LITERAL:
        return _one(c, op, av, fold), False
    if op is c.IN:
        found: Chars = (frozenset(), False)
        for inner_op, inner_av in av:
            chars = _one(c, inner_op, inner_av, fold)
            if chars is None:  # NEGATE: a class of what is not listed
                return None, False
            found = _join(found, chars)
        return found, False
    if op is c.SUBPATTERN:
        _, add, remove, body = av
        inner = (flags | add) & ~remove
        if inner & c.SRE_FLAG_LOCALE:
            return None, False
        return _sequence(c, body.data, inner)
    if op is c.BRANCH:
        found, empty = (frozenset(), False), False
        for branch in av[1]:
            chars, can_be_empty = _sequence(c, branch.data, flags)
            if chars is None:
                return None, False
            found, empty = _join(found, chars), empty or can_be_empty
        return found, empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        chars, empty = _sequence(c, body.data, flags)
        return chars, empty or low == 0
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(c, av.data, flags)
    return None, False  # any character, a negated literal, a back reference, a condition


def _anchored(c: Any, data: Any) -> bool:
    """Whether the program starts with `^` (at the string's start), as the engine sees it."""
    if not data:
        return False
    op, av = data[0]
    if op is c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _anchored(c, av[3].data)  # a plain group compiles to nothing of its own
    return op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)


def first_chars(parsed: Any, flags: int) -> list[tuple[Any, Any]] | None:
    """A class (in the parser's terms) holding every character a match of the parsed pattern
    can start with, or None when that is not known or would hold every character."""
    c = _constants()
    if flags & c.SRE_FLAG_LOCALE or parsed.getwidth()[0] == 0:
        return None
    if _anchored(c, parsed.data):
        return None  # the engine tries such a pattern at the start only
    found, empty = _sequence(c, parsed.data, flags)
    if found is None or empty:
        return None
    ascii_chars, beyond = found
    if not beyond:
        return [(c.LITERAL, ch) for ch in sorted(ascii_chars)]
    if ascii_chars == _ALL:
        return None
    # every character but the ASCII ones that cannot come first
    return [(c.NEGATE, None)] + [(c.LITERAL, ch) for ch in sorted(_ALL - ascii_chars)]


_PACKAGE = os.path.dirname(__file__) + os.sep
_SKIPPED = ("regex_cache.py", "first_chars.py")


def _ours(re_dir: str) -> bool:
    """Whether the pattern being compiled comes from plainsum's own code (not from `re`
    itself, the compiled-pattern cache, or another package)."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if not (name.startswith(re_dir) or name.endswith(_SKIPPED)):
            return name.startswith(_PACKAGE)
        frame = frame.f_back  # type: ignore[assignment]
    return False


_installed: Callable[..., Any] | None = None


def installed() -> bool:
    return _installed is not None


def install() -> bool:
    """Put the first-character sets in the compiler for this process (once); False when they
    are turned off or this interpreter's compiler is not the one they know."""
    global _installed
    if _installed is not None:
        return True
    if os.environ.get(ENV, "").strip() == "0" or sys.implementation.name != "cpython":
        return False
    try:
        from re import _compiler  # type: ignore[attr-defined]

        re_dir = os.path.dirname(_compiler.__file__) + os.sep
        original = _compiler._get_charset_prefix
        _constants().SRE_FLAG_IGNORECASE  # noqa: B018 - the names this module relies on
    except (ImportError, AttributeError):
        return False

    def charset_prefix(pattern: Any, flags: int) -> Any:
        found = original(pattern, flags)
        if found is None and _ours(re_dir):
            found = first_chars(pattern, flags)
        return found

    _installed = original
    _compiler._get_charset_prefix = charset_prefix
    return True


def uninstall() -> None:
    """Give the compiler its own function back (tests)."""
    global _installed
    if _installed is not None:
        from re import _compiler  # type: ignore[attr-defined]

        _compiler._get_charset_prefix = _installed
        _installed = None
