"""The gate's per-sentence helpers import nothing once loaded (issue 10, speed).

An `import` inside a function runs the import machinery at every call (about 2 us, even for a
module already loaded), and a `re` replacement template with a group reference ("iz\\1") is
handed to `re._subx`, which imports `re`, at every `sub` on Python 3.11. The gate called such
helpers some 230 times a paper. Each is asked here about text it has not seen (their results
are cached), with `builtins.__import__` counting.
"""

from __future__ import annotations

import builtins
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from plainsum.checks.counts import unit_of
from plainsum.checks.jargon_words import _american, _everyday_spelling
from plainsum.checks.long_forms import same_long_form
from plainsum.evidence import split_summary_section
from plainsum.evidence_frames import frame_kind
from plainsum.evidence_words import number_values, word_weight
from plainsum.plain.numbers import drop_brackets


@contextmanager
def counted_imports(module: str) -> Iterator[list[str]]:
    """The names imported while the code of `module` runs (not the modules it calls: a pattern
    new to the process has its facts worked out once, with imports of its own)."""
    names: list[str] = []
    original = builtins.__import__

    def counting(name: str, *args: object, **kwargs: object) -> object:
        if sys._getframe(1).f_globals.get("__name__") == module:
            names.append(name)
        return original(name, *args, **kwargs)  # type: ignore[arg-type]

    builtins.__import__ = counting  # type: ignore[assignment]
    try:
        yield names
    finally:
        builtins.__import__ = original


# (helper, arguments of a first call that loads what it needs, arguments no cache has seen)
CALLS: list[tuple[Callable[..., object], tuple[object, ...], tuple[object, ...]]] = [
    (
        number_values,
        ("Eleven of 40 walkers tripped.",),
        ("Thirteen of 57 cyclists (23%) fell off 2 times.",),
    ),
    (
        unit_of,
        ("We saw 12 otters near the pier.", 6),
        ("Nine teams counted 31 herons by the weir.", 24),
    ),
    (word_weight, ("heron",), ("kingfisherish",)),
    (
        frame_kind,
        ("This study was not about MS.",),
        ("The walkers in this small trial logged every stumble on paper.",),
    ),
    (split_summary_section, ("One. Two.",), ("The herons came back. The otters did not.",)),
    (
        drop_brackets,
        ("Some (re)visits (n = 4) were short.",),
        ("Several (re)bookings (n = 17) and (a)typical stays were logged.",),
    ),
    (_american, ("colour",), ("harbours",)),
    (_everyday_spelling, ("humour",), ("labours",)),
    (
        same_long_form,
        ("walk organisation", "walk organization"),
        ("heron specialisation unit", "heron specialization unit"),
    ),
]


@pytest.mark.parametrize(("helper", "first", "again"), CALLS, ids=[c[0].__name__ for c in CALLS])
def test_a_loaded_helper_imports_nothing(
    helper: Callable[..., object], first: tuple[object, ...], again: tuple[object, ...]
) -> None:
    helper(*first)
    with counted_imports(helper.__module__) as names:
        helper(*again)
    assert names == [], f"{helper.__name__} imported {names}"


# The replacements written as functions give what the templates they replace gave.
TEMPLATES = [
    (r"(?<=[a-z]{3})is(ations?|e|ed|es|ing|ers?)$", r"iz\1"),
    (r"(?<=[a-z]{2})our(s?)$", r"or\1"),
    (r"(?<=[a-z]{2})lment(s?)$", r"llment\1"),
]
WORDS = ["randomised", "organisations", "harbour", "harbours", "enrolment", "enrolments",
         "analysers", "colour", "otter", "isle", "tour", "labouring"]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_spellings_as_the_templates_gave_them(word: str) -> None:
    expected = word
    for pattern, template in TEMPLATES:
        expected = re.sub(pattern, template, expected)
    expected = re.sub(r"(?<=[a-z])ae|^ae(?=[a-z]{4})", "e", expected)
    expected = re.sub(r"(?<=[a-z])oe(?=[a-z]{2})|^oe(?=[a-z]{4})", "e", expected)
    everyday = word
    for pattern, template in TEMPLATES:
        everyday = re.sub(pattern, template, everyday)
    # _american applies the "ae"/"oe" patterns between the "-ise" one and the "-our" one; on
    # these words no two of them touch the same letters, so the order does not show
    assert _american(word) == expected
    assert _everyday_spelling(word) == everyday


def test_both_forms_written_out_as_the_template_did() -> None:
    text = "Two (re)admissions and one (a)symptomatic (n = 3) case."
    expected = re.sub(r"[(\[]([a-z]{1,6}-?)[)\]]([a-z][\w-]*)", r"\2 or \1\2", text)
    assert "admissions or readmissions" in expected
    assert drop_brackets(text) == drop_brackets(expected)
