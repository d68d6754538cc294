"""A pattern with a first-character set finds exactly what it finds without one."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pattern_texts import corpus

import plainsum
from plainsum import first_chars

ROOT = Path(__file__).resolve().parents[1]

TRICKY = [
    "Only a ſmall ſtudy: the reſults were not teſted in people.",  # long s folds to s
    "The MRI used 3 \u212a of cooling (\u212aelvin); not yet tried in people.",  # Kelvin sign
    "İnsan çalışması değil: IF and ıf, not in people.",  # dotted capital I, dotless i
    "Dose 5 µg vs 5 μg vs 5 ΜG; p ≤ 0.05 and p≥0.1 (95% CI 1.2–3.4).",
    "Not  in   people (yet).\nA second line; and\tа tab (Cyrillic а).",
    "",
    "n't n’t don't doesn’t",
    "Small numbers — a handful of rats — were used. ９５% of them, Ⅳ and ½.",
    "“Quoted” ‘text’ – with dashes ‐ and ‑ hyphens; ÆSIR æsir ß STRASSE.",
]


def _texts() -> list[str]:
    texts = TRICKY + corpus()
    texts += [t.upper() for t in texts[:150]] + [t.swapcase() for t in texts[:150]]
    return texts


TEXTS = _texts()


def _patterns(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif isinstance(value, (list, tuple, set, frozenset)) and depth < 3:
        for item in value:
            yield from _patterns(item, depth + 1)
    elif isinstance(value, dict) and depth < 3:
        for item in value.values():
            yield from _patterns(item, depth + 1)


def _package_patterns() -> list[re.Pattern[str]]:
    """Every pattern the package's modules hold (module globals, and lists, tuples and dicts of
    them), the lazily built glossary pattern among them."""
    from plainsum.plain.glossary import load_glossary

    load_glossary()
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(plainsum.__path__, "plainsum."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            for pattern in _patterns(value):
                found.setdefault((pattern.pattern, pattern.flags), pattern)
    return list(found.values())


def _without_sets(patterns: list[re.Pattern[str]]) -> list[re.Pattern[str]]:
    from re import _compiler  # type: ignore[attr-defined]

    first_chars.uninstall()
    try:
        return [_compiler.compile(p.pattern, p.flags) for p in patterns]
    finally:
        first_chars.install()


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.fixture(scope="module")
def pairs() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    assert first_chars.installed(), "plainsum installs the sets when it is imported"
    patterns = _package_patterns()
    return list(zip(patterns, _without_sets(patterns), strict=True))


def test_most_package_patterns_have_a_set(pairs: list[tuple[re.Pattern[str], ...]]) -> None:
    changed = sum(1 for with_set, without in pairs if with_set != without)
    assert len(pairs) > 500
    assert changed > len(pairs) / 2  # the sets are there, or this module tests nothing


def test_every_package_pattern_finds_the_same(pairs: list[tuple[re.Pattern[str], ...]]) -> None:
    differ = []
    for with_set, without in pairs:
        if with_set == without:
            continue
        for text in TEXTS:
            if _found(with_set, text) != _found(without, text):
                differ.append((with_set.pattern[:60], text[:60]))
                break
    assert differ == []


# (pattern, flags, texts): the cases the first characters must allow for
CASES = [
    (r"\b(?:if|whether|wanted to)\b", re.I, ["Whether it works", "WANTED TO", "İf ıf", "x if"]),
    (r"(?<![\w-])(?:clinical )?practice guidelines?\b", re.I, ["Clinical PRACTICE guideline"]),
    (r",?\s*\b[pP]\s*[<=>≤≥]\s*0?\.\d+", 0, ["a, p < .05", "p≤0.01", "P = 0.3"]),
    (r"\bstrong\b", re.I, ["ſtrong", "STRONG", "a strong one"]),
    (r"\bkind\b", re.I, ["\u212aind", "KIND"]),
    (r"\bµg\b", re.I, ["5 μg", "5 ΜG", "5 µg"]),
    (r"[à-ÿ]+\b", re.I, ["ÀÉÎ", "façade", "STRASSE"]),
    (r"(?:^|\s)\(?(?:[ivx]{1,4}|[a-h])\)\s", 0, ["(ii) first", "a) b) c) ", " iv) x"]),
    (r"(?-i:\bCIs?\b)|confidence", re.I, ["95% CI", "ci", "CONFIDENCE"]),
    (r"(?a:\w+)@(?u:\w+)", 0, ["ab@çd", "é@x"]),
    (r"\d+\s*%", 0, ["９５%", "95 %"]),
    (r"(?:a|)b", 0, ["b", "ab", "cb"]),
    (r"x*y+", 0, ["xxy", "y", "z"]),
]


@pytest.mark.parametrize(("pattern", "flags", "texts"), CASES)
def test_cases_find_the_same(pattern: str, flags: int, texts: list[str]) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    plain = _compiler.compile(pattern, flags)  # compiled by a test, not by plainsum: no set
    parsed = _parsed(pattern, flags)
    chars = first_chars.first_chars(parsed, parsed.state.flags | flags)
    assert chars is not None
    with_set = _with(pattern, flags, chars)
    assert with_set != plain
    for text in [*texts, *TRICKY]:
        assert _found(with_set, text) == _found(plain, text), text


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"^(?:people|patients)", re.I),  # tried at the start only
        (r"(?:^x)y", 0),
        (r"[^a]b", 0),  # a negated class: anything may come first
        (r".b", 0),
        (r"a?", 0),  # can match empty
        (r"(?L)ab", 0),  # LOCALE (bytes only) is not worked out
        (r"(?P<x>a)?(?(x)b|c)", 0),  # a condition
        (r"\W+x", 0),
    ],
)
def test_no_set_where_it_is_not_known(pattern: str, flags: int) -> None:
    if "(?L)" in pattern:
        pattern, flags = pattern.replace("(?L)", ""), flags | re.LOCALE
        parsed = _parsed(pattern.encode(), flags)
    else:
        parsed = _parsed(pattern, flags)
    assert first_chars.first_chars(parsed, parsed.state.flags | flags) is None


def _parsed(pattern: str | bytes, flags: int):  # type: ignore[no-untyped-def]
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern, flags)


def _with(pattern: str, flags: int, chars: list) -> re.Pattern[str]:  # type: ignore[type-arg]
    """`pattern` compiled with the set `chars`, whoever compiles it."""
    from re import _compiler  # type: ignore[attr-defined]

    original = _compiler._get_charset_prefix
    _compiler._get_charset_prefix = lambda p, f: original(p, f) or chars
    try:
        return _compiler.compile(pattern, flags)  # type: ignore[no-any-return]
    finally:
        _compiler._get_charset_prefix = original


def test_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    first_chars.uninstall()
    monkeypatch.setenv(first_chars.ENV, "0")
    try:
        assert first_chars.install() is False
        assert not first_chars.installed()
    finally:
        monkeypatch.delenv(first_chars.ENV)
        assert first_chars.install() is True
