"""The evidence index's own readers, held to the patterns they stand in for (texts written for
these tests)."""

import random
import re
import sys

import pytest

from plainsum.evidence_index import _keys, _whole_matches, _word_keys, shorts_used
from plainsum.word_start import word_char


def by_pattern(text: str, shorts: tuple[str, ...]) -> set[str]:
    """What the index's pattern of short forms found before `shorts_used` replaced it (none
    when the paper defines none)."""
    if not shorts:
        return set()
    alternation = "|".join(re.escape(k) for k in shorts)
    return {m.group(1) for m in re.finditer(rf"(?<![\w-])({alternation})s?(?![\w])", text)}


def test_word_is_the_engines_word_character():
    word = re.compile(r"\w")
    assert all(word_char(c) == bool(word.match(c)) for c in map(chr, range(sys.maxunicode + 1)))
    assert not word_char("")


CASES = [
    ("Patients with MS had fewer relapses.", ("MS",), {"MS"}),
    ("Two RCTs compared IFN with placebo.", ("RCT", "IFN"), {"RCT", "IFN"}),
    ("The RCTx arm", ("RCT",), set()),  # a longer word: no use
    ("the anti-TNF drugs", ("TNF",), set()),  # after a hyphen: part of a name
    ("xMS and MS_", ("MS",), set()),  # a word character on either side
    ("GM-CSF was given.", ("GM-CSF", "GM"), {"GM-CSF"}),  # the longer form wins at its start
    ("GM-CSF was given.", ("GM", "GM-CSF"), {"GM"}),  # in the order given, as the engine
    ("GM, then GM-CSF", ("GM-CSF", "GM"), {"GM", "GM-CSF"}),
    ("the EDSSs rose", ("EDSS",), {"EDSS"}),  # a plural "s"
    ("the EDSSsx rose", ("EDSS",), set()),
    ("MSs", ("MS", "MSs"), {"MS"}),  # "MS" with its "s" comes first
    ("ABAB AB", ("ABAB", "AB"), {"ABAB", "AB"}),
    ("ÉMS MS", ("MS",), {"MS"}),  # a letter outside ASCII is a word character
    ("MS² and MS", ("MS",), {"MS"}),  # "²" is a word character: the second "MS" is the use
    ("MS² only", ("MS",), set()),
    ("", ("MS",), set()),
    ("MS", (), set()),
]


@pytest.mark.parametrize(("text", "shorts", "used"), CASES)
def test_shorts_used(text, shorts, used):
    assert by_pattern(text, shorts) == used  # the cases say what the old pattern did
    assert shorts_used(text, shorts) == used


def test_shorts_used_is_the_pattern_on_random_texts():
    rng = random.Random(7)
    alphabet = ["A", "B", "s", "-", " ", "_", "é", "1", "(", ")", "AB", "BA", "ABs"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        pool = ["A", "B", "AB", "BA", "A-B", "AB A", "ABs", "s", "A1", ""]
        shorts = tuple(rng.sample(pool, rng.randint(0, 4)))
        assert shorts_used(text, shorts) == by_pattern(text, shorts), (text, shorts)


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (
            r"\bms\b|multiple sclerosis",
            "ms and multiple sclerosis, not mss",
            ["ms", "multiple sclerosis"],
        ),
        (r"(m)s|(c)is", "ms cis", ["ms", "cis"]),  # groups: still the whole matches
        (r"x", "", []),
    ],
)
def test_whole_matches(pattern, text, found):
    assert _whole_matches(re.compile(pattern), text) == found


def test_word_keys_are_the_stems_and_bases():
    from plainsum.evidence_words import base_stem, stem

    words = ["faster", "bigger", "relapses", "walking", "best", "er", "fatigue"]
    for word in words:
        expected = {stem(word)} | ({base_stem(word)} if base_stem(word) else set())
        assert set(_word_keys(word)) == expected
    assert _keys(words)[0] == {k for w in words for k in _word_keys(w)}
