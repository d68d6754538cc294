"""Speed rewrites give the answers of the code they replaced (issue 10: the gate's CPU).

Each test keeps the replaced code as a reference and asks both about the same texts: the
examples, the screen's and the caveats' test texts (whole and as sentences), and texts written
to hit the rewritten branch."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import random
import re
import unicodedata

import pytest
from pattern_texts import corpus

from plainsum.checks.abbreviation_senses import senses
from plainsum.checks.fluency_breaks import _PAIRS, _WRITERS_MARKER, unbalanced
from plainsum.ingest import Source, parse
from plainsum.ingest.normalise import normalise
from plainsum.plain.numbers import people_count_spans
from plainsum.prefilter import search
from plainsum.sample_size import _IN_GROUP, _SHARE, _per_group_total
from plainsum.substring_scan import Substrings

BRACKETED = [
    "Pain fell (from 5 to 3 [on a 10-point scale]).",
    "Pain fell (from 5 to 3.",
    "Pain fell from 5 to 3).",
    "People were given a) a drug or b) a dummy pill.",
    "The groups were 1) early and 2) late (as planned).",
    "“Quoted words” and “one more",
    "closing first ] then [ opening",
    'He said "yes" and "no',
    "",
]


def _texts() -> list[str]:
    rng = random.Random(20261205)
    marks = '()[]“”" a1)ivx'
    noise = ["".join(rng.choice(marks) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    return BRACKETED + corpus() + noise


def _unbalanced_by_character(text: str) -> str | None:
    """`unbalanced` as it was: every character of the text read in turn."""
    for open_, close in _PAIRS:
        depth = 0
        for i, ch in enumerate(text):
            if ch == open_:
                depth += 1
            elif ch == close:
                if depth == 0 and _WRITERS_MARKER.search(text, max(0, i - 4), i + 1):
                    continue
                depth -= 1
                if depth < 0:
                    return close
        if depth > 0:
            return open_
    if text.count('"') % 2:
        return '"'
    return None


def test_unbalanced_reads_only_the_marks_with_the_same_answers() -> None:
    texts = _texts()
    answers = [unbalanced(t) for t in texts]
    assert answers == [_unbalanced_by_character(t) for t in texts]
    assert {None, "(", ")", "[", "]", "“", '"'} <= set(answers)  # every branch is reached


def test_str_isspace_is_the_whitespace_of_re() -> None:
    """has_verb reads "a comma and only whitespace before the word" with str.rstrip, for
    `[,;(]\\s*$`: the two agree on every character of what whitespace is."""
    space = re.compile(r"\s")
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    assert [c for c in chars if c.isspace()] == [c for c in chars if space.match(c)]


NESTED = ["MS", "MSc", "M", "CMS", "SMS", "RRMS", "RR", "R", "a.b", "(x)", "]", "^", "ſ", "–", "é"]


def test_substrings_held_are_the_strings_the_text_holds() -> None:
    """substring_scan.Substrings answers `s in text` for each string, in one pass over the text:
    strings that hold one another, overlap or hold a regex's special characters included."""
    tables = [NESTED, list(senses()), [s.lower() for s in senses()], ["x"], []]
    texts = [*_texts(), "RRMS and SMS.", "MSc (x) a.b ]^", "CMSMSc", "ſé–"]
    for strings in tables:
        finder = Substrings(strings)
        for text in texts:
            assert finder.held(text) == {s for s in strings if s in text}, (strings[:3], text)
    assert Substrings(NESTED).held("RRMS and SMSc") == {"RRMS", "RR", "R", "MS", "M", "SMS", "MSc"}


def _paper() -> Source:
    return parse(
        "A trial of a drug for fatigue in MS\n\nBackground: Fatigue is common in multiple "
        "sclerosis (MS). Methods: We gave 40 people with MS the drug or a dummy pill for 12 "
        "weeks. Results: Fatigue scores fell more with the drug than with the dummy pill. "
        "Conclusions: The drug may ease fatigue in MS."
    )


def test_a_source_keeps_its_hash_and_full_text_as_the_dataclass_made_them() -> None:
    """Source keeps its hash and full text once worked out: the same values the generated
    __hash__ and the f-string gave, equal sources alike, and pickling carries neither (a str's
    hash differs between processes), nor do copies and replacements."""
    source = _paper()
    fields_hash = hash(tuple(getattr(source, f.name) for f in dataclasses.fields(Source)))
    assert hash(source) == fields_hash == hash(source)
    assert hash(_paper()) == hash(source) and _paper() == source
    assert source.full_text == f"{source.title}\n\n{source.text}"
    assert source.full_text is source.full_text
    untitled = dataclasses.replace(source, title=None)
    assert untitled.full_text == source.text and hash(untitled) != hash(source)
    again = pickle.loads(pickle.dumps(source))
    assert again == source and hash(again) == hash(source)
    names = {f.name for f in dataclasses.fields(Source)}
    assert set(pickle.loads(pickle.dumps(source)).__dict__) == names
    assert set(copy.copy(source).__dict__) == names


def _normalise_every_step(text: str) -> str:
    """ingest.normalise.normalise as it was: every substitution run over the whole text."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u2018\u2019\u201b\u2032]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201f\u2033]", '"', text)
    text = re.sub(r"[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", text)
    text = text.replace("\u00ad", "")
    drop = {
        ord(ch): None for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch)[0] == "C"
    }
    text = text.translate(drop) if drop else text
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


NORMALISED = [
    ("Relapses fell  by a third\u2014in two years.", "Relapses fell by a third-in two years."),
    (
        "\u201cFatigue\u201d was the patients\u2019 main\tcomplaint .",
        '"Fatigue" was the patients\' main complaint .',
    ),
    (
        "Background:\u00a0MS is common.\r\n\r\n\r\nMethods: 40 adults",
        "Background: MS is common.\n\nMethods: 40 adults",
    ),
    ("Line one \n  line two\x07 and a bell\u00ad.", "Line one\nline two and a bell."),
    ("plain ascii text with no changes at all", "plain ascii text with no changes at all"),
    ("  \t\n  ", ""),
    ("Tab\tand\u00a0\u00a0space", "Tab and space"),
    ("Zero\u200bwidth and private\ue000 use", "Zerowidth and private use"),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISED)
def test_normalise_steps_run_only_where_the_text_needs_them(text: str, expected: str) -> None:
    assert normalise(text) == expected == _normalise_every_step(text)


def test_normalise_gives_the_text_every_substitution_gave() -> None:
    rng = random.Random(20261205)
    marks = " \t\n\r\u00a0ab.\u2018\u2019\u201b\u2032\u201c\u201d\u201f\u2033"
    marks += "\u2010\u2013\u2014\u2212\u00ad"
    marks += "\x00\x07\x0b\x1f\x7f\x85\u200b\ue000\u0378\u00e9\u2028\u3000\ufb01"
    noise = ["".join(rng.choice(marks) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in [*corpus(), *noise]:
        assert normalise(text) == _normalise_every_step(text), repr(text)


def _per_group_total_every_sentence(sentence: str) -> int | None:
    """sample_size._per_group_total as it was: the counts read in every sentence."""
    if search(_SHARE, sentence):
        return None
    spans = people_count_spans(sentence)
    found = [(n, end) for n, start, end in spans if sentence[start].isdigit()]
    if len(found) < 2 or not all(_IN_GROUP.match(sentence[end:]) for _, end in found):
        return None
    return sum(n for n, _ in found)


PER_GROUP = [
    ("36 subjects in the MS group and 19 subjects in the control group took part.", 55),
    ("We enrolled 40 patients in the drug group and 42 patients in the placebo group.", 82),
    ("Twelve patients in the drug arm and 9 patients in the placebo arm were seen.", None),
    ("Thirty patients in one group and thirty in the other took part.", None),
    ("8 patients in the early group and no patients in the late group relapsed.", None),
    ("28 of 33 patients in the A group and 10 in the B group improved.", None),
    ("Twenty \u00b2 patients in the first group and 7 patients in the second group.", None),
    ("\u0661\u0662 patients in the first group and 7 patients in the second group.", 19),
    ("A trial of 60 people with MS over 2 years.", None),
    ("No numbers here at all.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), PER_GROUP)
def test_per_group_total_skips_only_sentences_without_two_digits(
    sentence: str, expected: int | None
) -> None:
    assert _per_group_total(sentence) == expected == _per_group_total_every_sentence(sentence)


def test_per_group_total_gives_what_reading_every_sentence_gave() -> None:
    for text in _texts():
        assert _per_group_total(text) == _per_group_total_every_sentence(text), repr(text)
