"""The quick paths of plainsum.about_ms give the patterns' own answers (same output, less time):
a paper that holds none of the strings every naming of MS holds is not searched for them, and a
paper's own definition of MS is looked for only in the words before each "(MS)". Texts written
for the tests."""

from __future__ import annotations

import re

import pytest

from plainsum import required_strings
from plainsum.about_ms import (
    _OWN_MS,
    MS_NAME_STRINGS,
    MS_NAMED,
    _own_ms,
    ms_defined_otherwise,
    ms_named,
    names_ms,
)

TEXTS = [
    "",
    "(MS)",
    "(MS)(MS) group",
    "Adults with multiple sclerosis (MS) took the drug; the MS group walked further.",
    "the moderate to severe (MS) group and the slight (SL) group",
    "Blood was tested by liquid chromatography-mass spectrometry (MS) and by LC-MS/MS.",
    "one two three four five six seven (MS) and a b (MS) again",
    "a well-known, long-lasting, hard-to-treat illness called multiple sclerosis (MS).",
    "people’s own relapsing-remitting (MS) scores; MS (multiple sclerosis) was named after",
    "in the trial (N=40) the so - called (MS) arm",
    "Knee pain fell after six weeks of exercise in 80 older adults.",
    "Demyelinating lesions and neuromyelitis optica were seen; a clinically isolated syndrome too.",
    "SPMS and RRMS differ; CIS, PPMS and MS.",
    "word\n(MS) at a line start, and word\t(MS) after a tab",
]


def test_every_naming_of_ms_holds_one_of_the_strings_asked_first() -> None:
    # the strings the parse tree of MS_NAMED says every match holds (one of them each)
    required = required_strings.sequence(required_strings.parse(MS_NAMED), False)
    assert required
    assert all(any(s in r for s in MS_NAME_STRINGS) for r in required)


@pytest.mark.parametrize("text", TEXTS)
def test_the_quick_paths_answer_as_the_patterns_do(text: str) -> None:
    assert [m.span() for m in _own_ms(text)] == [m.span() for m in _OWN_MS.finditer(text)]
    assert [m["long"] for m in _own_ms(text)] == [m["long"] for m in _OWN_MS.finditer(text)]
    assert names_ms(text) or not MS_NAMED.search(text)
    own = any(
        not re.search(r"multiple\s+sclerosis", m["long"], re.I) for m in _OWN_MS.finditer(text)
    )
    assert ms_defined_otherwise(text) == own
    found = MS_NAMED.findall(text)
    if own:
        found = [f for f in found if not re.fullmatch(r"(?:RR|SP|PP|C?I?)?MS", f)]
    assert ms_named(text) == found


def test_a_definition_is_found_after_one_that_is_not() -> None:
    text = "patients with multiple sclerosis (MS) and the mass spectrometry (MS) data"
    assert [m["long"] for m in _own_ms(text)] == [
        "patients with multiple sclerosis ",
        "and the mass spectrometry ",
    ]
    assert ms_defined_otherwise(text)
