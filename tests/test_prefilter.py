"""prefilter.search answers exactly as the pattern does, and skips the pattern when it can."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pattern_texts import corpus

from plainsum import prefilter, substring_scan
from plainsum.checks import foreign, headline_against, safety
from plainsum.checks.caveats import CAVEATS
from plainsum.evidence_frames import NOT_ABOUT_MS
from plainsum.screen import _GENRES, _RESEARCH_FAMILIES

ROOT = Path(__file__).resolve().parents[1]

GATE_PATTERNS = [p for c in CAVEATS.values() for f in c.frames for p in (*f.all_of, *f.none_of)]
GATE_PATTERNS.append(NOT_ABOUT_MS)
SCREEN_PATTERNS = [*_RESEARCH_FAMILIES.values(), *(p for _, cues in _GENRES.values() for p in cues)]
# rules whose matches are wanted (finditer): may_match skips those that cannot give any
RULE_PATTERNS = [r.pattern for r in (*safety.RULES, *foreign.RULES)]
RULE_PATTERNS += [headline_against._SUPPORTED, headline_against._SUPPORT]

TRICKY = [
    "This work was done in CELLS, not in People.",
    "Only a ſmall ſtudy: the reſults were not teſted in people.",  # long s folds to s
    "The MRI used 3 \u212a of cooling; not yet tried in people.",  # Kelvin sign folds to k
    "İnsan çalışması değil: not in people.",  # dotted capital I
    "Not  in   people (yet).",
    "",
    "n't n’t don't doesn’t",
    "Small numbers — a handful of rats — were used.",
    "Daily stretching is not recommended for people who have just had a relapse.",
    "These results do not SUPPORT the routine use of cooling vests in MS.",
    "Too little evidence to justify giving the drug to everyone with MS.",
    "Its use in children is not ſupported by the trials.",  # long s: left to the pattern
]


def _texts() -> list[str]:
    texts = TRICKY + corpus()
    texts += [t.upper() for t in texts[:200]] + [t.title() for t in texts[:200]]
    return texts


TEXTS = _texts()


def test_most_gate_patterns_have_a_quick_check():
    checked = [p for p in GATE_PATTERNS if prefilter.required(p) is not None]
    assert len(checked) >= 0.8 * len(GATE_PATTERNS)


@pytest.mark.parametrize(
    "pattern", GATE_PATTERNS + SCREEN_PATTERNS + RULE_PATTERNS, ids=lambda p: p.pattern[:40]
)
def test_the_answer_is_the_patterns_own(pattern):
    need = prefilter.required(pattern)
    for text in TEXTS:
        found = pattern.search(text) is not None
        assert prefilter.search(pattern, text) is found, text
        assert prefilter.may_match(pattern, text) or not found, text
        if found and need is not None and text.isascii():
            fold, strings = need
            assert any(s in (text.lower() if fold else text) for s in strings), text


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\b(?:people|humans?)\b", re.I, (True, ("human", "people"))),
        (r"not (?:yet )?in", re.I, (True, ("not ",))),
        (r"abcd+", 0, (False, ("abc",))),
        (r"(?:cells?|mice) in a lab", re.I, (True, (" in a lab",))),
        (r"\bx\b", re.I, None),  # too short to help
        (r"(?:mice|)\b", re.I, None),  # an empty branch requires nothing
        (r"(?:mice)?", re.I, None),  # optional
        (r"(?i:Mice) in", 0, (False, (" in",))),  # inline flags: that part is left out
        (r"[a-z]+ly", 0, None),  # classes only
        (r"(?:rats){2,}", re.I, (True, ("rats",))),
        (r"caf\u00e9s", re.I, (True, ("caf",))),  # folding outside ASCII: left out
    ],
)
def test_required_strings(pattern, flags, expected):
    assert prefilter.required(re.compile(pattern, flags)) == expected


def test_a_foreign_letter_is_left_to_the_pattern():
    pattern = re.compile(r"\bsmall study\b", re.I)
    text = "a ſmall ſtudy"  # no "small" in the lower-cased text, yet the pattern matches
    assert pattern.search(text) and prefilter.search(pattern, text)


def test_one_text_asked_many_patterns_gets_each_patterns_answer():
    """The last text's lower case is kept between calls: every answer stays the pattern's own,
    whichever text came before (a foreign letter, an equal but distinct string, ASCII)."""
    texts = ["a ſmall ſtudy of mice", "A SMALL STUDY of Mice", "a small study of mice"]
    texts.append("".join(["a small ", "study of mice"]))  # equal to the last, another object
    patterns = [re.compile(p, re.I) for p in (r"\bsmall study\b", r"\bmice\b", r"\brats\b")]
    for text in texts + texts[::-1]:
        for pattern in patterns + patterns[::-1]:
            assert prefilter.search(pattern, text) is (pattern.search(text) is not None)


def test_may_match_says_no_only_when_no_match_can_be():
    pattern = re.compile(r"\b(?:stop|switch) (?:your|the) (?:drug|medicine)\b", re.I)
    assert not prefilter.may_match(pattern, "Relapses were fewer with the treatment.")
    assert prefilter.may_match(pattern, "You could STOP YOUR DRUG now.")
    # a string every match needs, yet no match: the pattern itself must decide
    assert prefilter.may_match(pattern, "The drug was stopped early.")
    assert not prefilter.search(pattern, "The drug was stopped early.")


@pytest.mark.parametrize(
    ("strings", "kept"),
    [
        (("men", "women", "people"), ("men", "people")),
        (("patient", "patients", "outpatient"), ("patient",)),
        (("cell", "mice", "rats"), ("cell", "mice", "rats")),
        (("same", "same"), ("same", "same")),  # equal strings hold each other: both stay
        ((), ()),
    ],
)
def test_fewest_drops_the_strings_that_hold_another(strings, kept):
    assert prefilter.fewest(strings) == kept


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"\b(?:men|women)\b", "Women and girls took part.", True),
        (r"\b(?:men|women)\b", "Nobody was there.", False),
        (r"\bwomen\b|\bmen\b", "the menu", False),  # holds a string, the pattern decides
        (r"\b(?:outpatients?|patients?)\b", "An OUTPATIENT clinic.", True),
    ],
)
def test_search_with_fewer_strings_gives_the_patterns_answer(pattern, text, found):
    compiled = re.compile(pattern, re.I)
    assert prefilter.search(compiled, text) is found
    assert prefilter.may_match(compiled, text) or not found


GROUP = substring_scan.PatternGroup(GATE_PATTERNS)


@pytest.mark.parametrize("pattern", GATE_PATTERNS, ids=lambda p: p.pattern[:40])
def test_a_pattern_group_gives_each_patterns_own_answer(pattern):
    for text in TEXTS:
        found = pattern.search(text) is not None
        assert GROUP.search(pattern, text) is found, text
        assert not (found and id(pattern) in GROUP.ruled_out(text)), text


def test_a_pattern_group_rules_out_most_concepts_of_a_plain_sentence():
    out = GROUP.ruled_out("The drug lowered relapse rates over two years.")
    assert len(out) > len(GATE_PATTERNS) // 2
    assert GROUP.ruled_out("İnsan: not in people.") == frozenset()  # a letter that may fold


def test_a_pattern_group_screens_the_patterns_it_knows_strings_of():
    screened = [p for p in GATE_PATTERNS if GROUP.screens(p)]
    assert screened and all(prefilter.needed(p) is not None for p in screened)
    assert not GROUP.screens(re.compile(r"\b(?:GPs?|nurses?)\b", re.I))  # not in the group
    # the caveats' frames search the concepts a sentence can be screened for first: the same
    # concepts, each once
    from plainsum.checks.caveat_frames import _KEPT, _concepts

    group = _concepts()
    for caveat in _KEPT.values():
        for frame in caveat.frames:
            assert sorted(map(id, frame.searched)) == sorted(map(id, frame.all_of))
            kinds = [group.screens(p) for p in frame.searched]
            assert kinds == sorted(kinds, reverse=True)


@pytest.mark.parametrize(
    ("words", "text", "held"),
    [
        (["men", "women", "people"], "Women and men", {"men", "women"}),  # one inside another
        (["pat", "patient", "patients"], "outpatients seen", {"pat", "patient", "patients"}),
        (["not ", "not yet", "yet "], "not yet known", {"not ", "not yet", "yet "}),
        (["a.b", "a+b"], "axb a+b", {"a+b"}),  # characters that mean something to a regex
        (["cell", "cells"], "no match here", set()),
        (["abc", "bcd"], "abcd", {"abc", "bcd"}),  # overlapping
    ],
)
def test_a_trie_finds_every_word_a_text_holds(words, text, held):
    group = substring_scan.PatternGroup([re.compile(re.escape(w), re.I) for w in words])
    patterns = {id(p): p.pattern.replace("\\", "") for p in group._patterns}
    assert {patterns[i] for i in set(patterns) - group.ruled_out(text)} == held


# Long alternations of the drafter named by prefilter.by_branches: each is run branch by branch
from plainsum.plain.conclusion_kinds import FUTURE  # noqa: E402
from plainsum.plain.finding import SAMPLE  # noqa: E402
from plainsum.plain.results import SETUP  # noqa: E402

BRANCHED = [FUTURE, SAMPLE, SETUP]
BRANCH_TEXTS = [
    "Further well-designed trials are needed to confirm these findings.",
    "More research on larger groups of people with MS is needed.",
    "Two trials are ongoing and their results may change these conclusions.",
    "For the purposes of this review, a relapse was defined as new symptoms lasting a day.",
    "Most participants were women with relapsing MS.",
    "We included 12 trials with 1,204 people.",
    "Exercise lowered fatigue more than usual care did.",
    "FURTHER TRIALS ARE NEEDED.",
    "The larger data set came from new registries of people with MS.",
    "",
]


@pytest.mark.parametrize("pattern", BRANCHED, ids=lambda p: p.pattern[:40])
def test_a_long_alternation_is_asked_branch_by_branch_with_the_patterns_answer(pattern):
    assert prefilter._branches(pattern) is not None  # it is split
    for text in BRANCH_TEXTS + TEXTS:
        assert prefilter.search(pattern, text) is (pattern.search(text) is not None), text


def test_an_alternation_is_split_only_when_named_and_its_branches_read_alone():
    words = "|".join(rf"\b{w}\b" for w in "ab cd ef gh ij kl mn op".split())
    unnamed = re.compile(words, re.I)
    assert prefilter._branches(unnamed) is None  # run whole: most long alternations cost less so
    split = prefilter.by_branches(re.compile(words + "|qr", re.I))
    assert prefilter._branches(split) is not None
    assert prefilter.search(split, "An EF and a GH") and not prefilter.search(split, "abcd")
    few = prefilter.by_branches(re.compile(r"\bone\b|\btwo\b|\bthree\b", re.I))
    assert prefilter._branches(few) is None  # too few branches to pay
    # a back reference: its group's number is not kept in a branch alone
    back = prefilter.by_branches(re.compile(r"(\w+) \1|" + words, re.I))
    assert prefilter._branches(back) is None
    assert prefilter.search(back, "the the end") and not prefilter.search(back, "the cat")
