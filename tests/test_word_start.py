"""word_start: a pattern that starts at a word boundary, searched without its leading \\b (and
on lower-cased text when it ignores case), gives the pattern's own answer."""

from __future__ import annotations

import re

import pytest

from plainsum import prefilter
from plainsum.word_start import found, gathered, literal_prefix, top_level_branches, variant


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?:people|humans?)\b", re.I),  # no leading \b
        (r"\bpeople\b|humans?", re.I),  # one branch without it
        (r"\bMS\b", re.I),  # an upper-case letter: lower-casing the text is not the same
        (r"\b[A-Z]\w+", re.I),  # a class with upper case only
        (r"\b[^A-Z]x", re.I),
        (r"\b(\w)\1", re.I),  # a back reference
        (r"\bsaut[eé]\b", re.I),  # a cased letter outside ASCII
        (r"\bpeople\b", re.ASCII),  # another \b
        (r"\bpeople # a|b", re.VERBOSE),
    ],
)
def test_no_variant_where_the_answer_could_differ(pattern, flags):
    assert variant(re.compile(pattern, flags)) is None


@pytest.mark.parametrize(
    ("pattern", "flags", "fast"),
    [
        (r"\b(?:people|humans?)\b", re.I, r"(?:people|humans?)\b"),
        (r"\bcells?\b|\bmice\b", re.I, r"cells?\b|mice\b"),
        (r"\b[A-Za-z]+ed\b", re.I, r"[A-Za-z]+ed\b"),
        (r"\bMS\b", 0, r"MS\b"),  # keeps case: run on the text itself
    ],
)
def test_the_variant_drops_the_leading_boundaries(pattern, flags, fast):
    made = variant(re.compile(pattern, flags))
    assert made is not None
    assert made.pattern == fast
    assert not made.flags & re.I


PATTERNS = [
    (r"\b(?:men|women)\b", re.I),
    (r"\b(?:a-b|b)", re.I),  # "xa-b": the first place it matches is no boundary, a later one is
    (r"\b(?:people|humans?|the (?:human )?body)\b", re.I),
    (r"\b(?:not|n't|never)\s+(?:\w+\s+){0,2}?tested\b", re.I),
    (r"\b(?:cells?|mice)\b(?! in people)", re.I),
    (r"\b_?x\d", 0),
    (r"\bMS\b", 0),
    (r"\b[a-z]+ly\b", re.I),
]
TEXTS = [
    "Women and men took part.",
    "WOMEN ONLY",
    "the menu was short",
    "xa-b",
    "a-b",
    "Never  tested in PEOPLE.",
    "It was n't tested",
    "Cells in people; cells in mice.",
    "mice in people",
    "a_x1 _x2 x3",
    "MS and ms",
    "Only a ſmall ſtudy in people.",  # a letter outside ASCII: the pattern itself decides
    "The human body, the Human Body.",
    "quickly—really’s",
    "",
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_search_gives_the_patterns_answer(pattern, flags):
    compiled = re.compile(pattern, flags)
    for text in TEXTS:
        assert prefilter.search(compiled, text) is (compiled.search(text) is not None), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("xa-b", True), ("xab", False), ("b", True), ("ab", False), ("a-b", True), ("", False)],
)
def test_found_tries_again_past_a_place_that_is_no_boundary(text, expected):
    fast = variant(re.compile(r"\b(?:a-b|b)"))
    assert fast is not None
    assert found(fast, text) is expected
    assert (re.search(r"\b(?:a-b|b)", text) is not None) is expected


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"\ba|\bb", [r"\ba", r"\bb"]),
        (r"\b(?:a|b)", [r"\b(?:a|b)"]),
        (r"\b[|]x|\by", [r"\b[|]x", r"\by"]),
        (r"\b\|x|\by", [r"\b\|x", r"\by"]),
    ],
)
def test_top_level_branches(pattern, branches):
    assert top_level_branches(pattern) == branches


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a search cue of thirty word-start branches and one at the text's start
        (
            r"\bsmall trial\b|^because it was\b|\bfew people\b",
            r"\b(?:small trial\b|few people\b)|^because it was\b",
        ),
        (
            r"\?$|\bif\b|^asked\b|\bwhether\b|^aimed\b",
            r"\?$|\b(?:if\b|whether\b)|^(?:asked\b|aimed\b)",
        ),
        (r"\bwe\b|\bour\b", None),  # all open alike: the engine gathers them itself
        (r"fewer|less|\bno\b", None),  # none share an opening
        (r"\b(\w+) \1\b|^x|\by", None),  # a back reference: groups would be numbered otherwise
    ],
)
def test_branches_are_gathered_behind_the_opening_they_share(pattern, expected):
    made = gathered(re.compile(pattern, re.I))
    assert (made and made.pattern) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Because it was small, few people took part.",
        "If it helps: whether it helps?",
        "aimed",
        "It was asked whether a small trial helps",
        "",
    ],
)
def test_gathered_branches_match_at_the_same_places(text):
    for pattern in (
        r"\bsmall trial\b|^because it was\b|\bfew people\b",
        r"\?$|\bif\b|^asked\b|\bwhether\b|^aimed\b",
    ):
        compiled = re.compile(pattern, re.I)
        made = gathered(compiled)
        assert made is not None
        for at in range(len(text) + 1):
            one, other = compiled.search(text, at), made.search(text, at)
            assert (one and one.start()) == (other and other.start()), (pattern, text, at)


@pytest.mark.parametrize(
    ("pattern", "prefix"),
    [
        (r"according to\b", "according to"),
        (r"(?:has|have) been\b", "ha"),
        (r"(?:people|humans?)\b", None),  # opens with one of several letters
        (r"\w+ly\b", None),
    ],
)
def test_literal_prefix_is_the_engines(pattern, prefix):
    assert literal_prefix(re.compile(pattern)) == prefix


def test_a_variant_without_a_literal_prefix_is_not_asked():
    """`\\b(?:people|humans?)\\b` answers sooner as itself (its twin) than as a variant tried
    at every p and h; `\\baccording to\\b` sooner as its variant, which the engine jumps along."""
    people = re.compile(r"\b(?:people|humans?)\b", re.I)
    according = re.compile(r"\baccording to\b", re.I)
    for pattern in (people, according):
        prefilter.search(pattern, "Humans, according to the people.")
    assert prefilter._quick[id(people)][3] is None
    assert prefilter._quick[id(according)][3] is not None
    for text in TEXTS + ["Humans, ACCORDING TO people", "peoples and Humanity"]:
        for pattern in (people, according):
            assert prefilter.search(pattern, text) is (pattern.search(text) is not None), text
