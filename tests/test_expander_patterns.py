"""The offline drafter's Expander finds short forms with two patterns (the standard forms', compiled
once for every paper, and the paper's own), and must find exactly what one pattern of them all
found: the leftmost use first and, of uses starting at one place, the longest. The reference
below is that one pattern; every sentence is written for these tests."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from plainsum.plain.abbreviations import Expander, find_definitions
from plainsum.plain.standard_forms import standard_forms


class OnePattern(Expander):
    """The Expander as it was: one pattern of every short form, the longest first."""

    def _found(self, text: str) -> Iterator[re.Match[str]]:
        alts = "|".join(re.escape(s) for s in sorted(self.plain, key=len, reverse=True))
        if not alts:
            return iter(())
        use = re.compile(r"(?<![\w-])(" + alts + r")(s?)(?=-[a-z]{3,}|(?![\w-]))")
        return use.finditer(text)


DEFINITIONS = [
    {},
    {"TB": "tuberculosis"},  # a prefix of a standard short form (TBI)
    {"CBT": "computer-based training"},  # a standard short form the paper defines itself
    {"PCVs": "pneumococcal conjugate vaccines", "SAC": "short-arm casts"},
    {"RCTs": "randomised trials", "T": "tablet"},  # a plural and a one-letter form
    {"BTURP": "bipolar TURP", "TURP": "transurethral resection of the prostate"},
    # an own short form that a standard one (AF) starts, both whole where they stand
    {"AF/AFL": "atrial fibrillation or flutter", "CBT-based": "computer-based"},
]
SENTENCES = [
    "People with TB and TBI were both studied, and TBs were counted.",
    "CBT-based courses and CBT sessions eased low mood in two RCTs.",
    "One PCV and three PCVs were given before the SAC was fitted.",
    "An RCT of T-cell therapy gave one T each day to people with COPD.",
    "BTURP and TURP-related bleeding were compared with TURPs in older men.",
    "SARS-CoV-2 infection was rare; TBI-related costs and TB-linked deaths were not.",
    "The PD-1 trial and the RR 0.52 result were not short forms to write out.",
    "Nothing here is short at all.",
    "Strokes were rarer in AF/AFL than in AF alone, and CBT-based care helped.",
]


@pytest.mark.parametrize("definitions", DEFINITIONS)
def test_two_patterns_find_what_one_pattern_found(definitions: dict[str, str]) -> None:
    new, old = Expander(definitions), OnePattern(definitions)
    assert new.plain == old.plain
    for sentence in SENTENCES:
        assert new(sentence) == old(sentence)
        assert [m.span() for m in new._found(sentence)] == [m.span() for m in old._found(sentence)]


@pytest.mark.parametrize("definitions", DEFINITIONS)
def test_paper_only_forms_match_too(definitions: dict[str, str]) -> None:
    new, old = Expander(definitions, standard={}), OnePattern(definitions, standard={})
    for sentence in SENTENCES:
        assert new(sentence) == old(sentence)


def test_a_longer_standard_form_beats_a_shorter_own_one_at_the_same_place() -> None:
    expander = Expander({"TB": "tuberculosis"})
    assert "TBI" in standard_forms()  # the case needs the shipped list to hold TBI
    written = expander("Cooling did not help adults with TBI after a fall; TB was rare.")
    assert "traumatic brain injury" in written and "tuberculosis was rare" in written


def test_the_longest_short_form_wins_where_two_patterns_start_at_one_place() -> None:
    written = Expander({"AF/AFL": "atrial fibrillation or flutter"})("Strokes in AF/AFL fell.")
    assert written == "Strokes in atrial fibrillation or flutter fell."


def test_definitions_are_a_fresh_dict_each_call() -> None:
    text = "Short-arm casts (SAC) were used. The SAC was removed."
    first = find_definitions(text)
    first["SAC"] = "changed"
    assert find_definitions(text) == {"SAC": "short-arm casts"}
