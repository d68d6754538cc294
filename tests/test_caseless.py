"""caseless: a case-insensitive pattern run as its twin on the lower-cased text gives the
pattern's own matches (spans, groups, the group that matched), on every pattern of the package
that has a twin and the texts the first-character sets are tested on (upper-cased and with
letters that fold into ASCII among them)."""

from __future__ import annotations

import re

import pytest
from test_first_chars import TEXTS, _package_patterns

from plainsum import caseless
from plainsum.checks.polarity_words import DIRECTION


def _all(found):
    return [(m.span(), m.groups(), m.lastgroup) for m in found]


def _one(m):
    return None if m is None else (m.span(), m.groups(), m.lastgroup)


@pytest.fixture(scope="module")
def twinned() -> list[re.Pattern[str]]:
    return [p for p in _package_patterns() if caseless.twin(p) is not None]


def test_most_caseless_patterns_have_a_twin(twinned):
    caseless_patterns = [p for p in _package_patterns() if p.flags & re.IGNORECASE]
    assert len(twinned) > len(caseless_patterns) / 2


def test_every_twinned_pattern_finds_the_same(twinned):
    texts = TEXTS[::3]  # a third of them: the suite's time; every kind of text is among them
    differ = []
    for pattern in twinned:
        for text in texts:
            if _all(caseless.finditer(pattern, text)) != _all(pattern.finditer(text)) or _one(
                caseless.search(pattern, text)
            ) != _one(pattern.search(text)):
                differ.append((pattern.pattern[:60], text[:60]))
                break
            middle = len(text) // 2
            if _one(caseless.match(pattern, text, middle)) != _one(pattern.match(text, middle)) or (
                _one(caseless.search(pattern, text, middle)) != _one(pattern.search(text, middle))
            ):
                differ.append((pattern.pattern[:60], text[:60]))
                break
    assert differ == []


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\x4ds", re.I),  # an upper-case letter written as an escape
        (r"[\x41-\x5a]x", re.I),  # a class of upper-case letters written as escapes
        (r"(?:a|)b?", re.I),  # can match empty
        (r"(\w)\1", re.I),  # a back reference
        (r"(?-i:ms)|x", re.I),  # an inline flag
        (r"ms", 0),  # keeps case: no twin needed
        (r"sa\u00fbte", re.I),  # a letter outside ASCII
    ],
)
def test_no_twin_where_the_answer_could_differ(pattern, flags):
    assert caseless.twin(re.compile(pattern, flags)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Fatigue DECREASED and walking Improved, but relapses did not differ.",
        "Relapses were fewer; pain was no different; the effect was similar.",
        "Scores were \u017fimilar in both groups and lower at 12 weeks.",  # a long s: "similar"
        "\u0130t increased the risk; more people improved.",  # lowers to two characters
        "Na\u00efve mice had lower counts.",  # a letter outside ASCII that folds to none
        "",
    ],
)
def test_directions_found_as_the_pattern_finds_them(text):
    assert _all(caseless.finditer(DIRECTION, text)) == _all(DIRECTION.finditer(text))
    assert _one(caseless.search(DIRECTION, text)) == _one(DIRECTION.search(text))


def test_lowered():
    assert caseless.lowered("Fewer RELAPSES") == "fewer relapses"
    assert caseless.lowered("caf\u00e9 au lait \u00b1 2") is None  # an accented letter
    assert caseless.lowered("5 \u00b1 2 \u2264 7") == "5 \u00b1 2 \u2264 7"  # signs only


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"\bMS\b", ["People with MS", "ms and Ms", "MSc", "\u017f ms"]),
        (r"[A-Z]x", ["Ax bx", "AX", "1x"]),
        (r"[^A-Z]x", ["Ax bx", "1x", "AX"]),
        (r"^(?:Randomi[sz]ed|Controlled) trials?", ["Randomised trials", "CONTROLLED TRIAL", "x"]),
        (r"(?P<Up>UP)|(?P<down>Down)", ["up DOWN Up", "upDown"]),
        (r"\bCI\b|\b(?:OR|HR) ?= ?\d", ["95% ci 1-2", "CIs", "or=2 HR = 3"]),
    ],
)
def test_upper_case_letters_are_read_lower_cased(pattern, texts):
    compiled = re.compile(pattern, re.I)
    assert caseless.twin(compiled) is not None
    for text in texts:
        assert _all(caseless.finditer(compiled, text)) == _all(compiled.finditer(text)), text


def test_patterns_without_a_twin_find_the_same():
    """Patterns without a twin (case kept, or ignoring it in a way lower-casing does not
    give) and texts that cannot be lowered are still asked for their required strings first:
    the answers stay the pattern's own."""
    patterns = [p for p in _package_patterns() if caseless.twin(p) is None]
    assert any(caseless._twins[id(p)][2] for p in patterns)  # some have strings to ask for
    texts = [*TEXTS[1::3], "Na\u00efve MICE had fewer relapses than \u017fham-treated ones."]
    differ = []
    for pattern in patterns:
        for text in texts:
            at = len(text) // 2
            if (
                _all(caseless.finditer(pattern, text)) != _all(pattern.finditer(text))
                or _one(caseless.search(pattern, text, at)) != _one(pattern.search(text, at))
                or _one(caseless.match(pattern, text, at)) != _one(pattern.match(text, at))
            ):
                differ.append((pattern.pattern[:60], text[:60]))
                break
    assert differ == []


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"\b(?:relapses?|attacks?)\b", "Relapses were fewer.", "Relapses"),
        (r"\b(?:relapses?|attacks?)\b", "Fatigue was lower.", None),
        (r"\b(?:relapses?|attacks?)\b", "R\u00e9lapse rates were lower.", None),  # not lowered
        (r"\b(?:relapses?|attacks?)\b", "\u017fham ATTACKS", "ATTACKS"),
    ],
)
def test_a_text_without_the_needed_strings_has_no_match(pattern, text, found):
    compiled = re.compile(pattern, re.I)
    m = caseless.search(compiled, text)
    assert caseless._twins[id(compiled)][2] == ("attack", "relapse")  # what is asked first
    assert (m and m.group(0)) == (found or None)
    assert [x.group(0) for x in caseless.finditer(compiled, text)] == ([found] if found else [])


def test_a_gathered_twin_finds_the_place_and_the_pattern_the_match():
    """At the place where a match starts, the twin with its branches gathered may take another
    branch ("reported" before "reported as low quality"); search and match give the pattern's
    own match there, finditer goes on as the pattern does."""
    pattern = re.compile(r"\bnever\b|^Reported as low quality\b|\breported\b", re.I)
    starts = caseless.starts(pattern)
    assert starts is not None and starts is not caseless.twin(pattern)
    text = "Reported as low quality, and reported again."
    assert starts.match(text.lower()).group(0) == "reported"  # the gathered twin's own choice
    assert _one(caseless.search(pattern, text)) == _one(pattern.search(text))
    assert caseless.search(pattern, text).group(0) == "Reported as low quality"
    assert _one(caseless.match(pattern, text)) == _one(pattern.match(text))
    assert _all(caseless.finditer(pattern, text)) == _all(pattern.finditer(text))
