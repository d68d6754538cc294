"""bench/build_jargon.py's rules for what goes on the learned jargon list (terms chosen for
these tests; no data folder needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from build_jargon import general_zipf, is_phrase_jargon, is_word_jargon  # noqa: E402


@pytest.mark.parametrize(
    "phrase,jargon",
    [
        # technical things: one word is not everyday English
        ("confidence interval", True),
        ("glomerular filtration rate", True),
        ("adjuvant therapy", True),
        ("adverse event", True),
        ("sensitivity analysis", True),
        # pieces of clauses: a verb's -s, a participle, an adverb, a word that needs more
        ("evidence indicates", False),
        ("evidence supporting", False),
        ("independently assessed", False),
        ("participants experiencing", False),
        ("withdrawals due", False),
        # everyday words, read word by word
        ("time points", False),
        ("pain intensity", False),
        ("full text", False),
        ("latest search", False),
    ],
)
def test_a_phrase_is_jargon_only_when_it_names_a_technical_thing(phrase, jargon):
    assert is_phrase_jargon(phrase) is jargon


@pytest.mark.parametrize(
    "word,jargon",
    [
        ("heterogeneity", True),
        ("pathophysiology", True),
        ("murine", True),
        # a plural or a verb's -s is read as its stem, which is everyday English
        ("assesses", False),
        ("abstracts", False),
        # style, not terms
        ("cautiously", False),
        ("validated", False),
    ],
)
def test_a_word_is_jargon_when_rare_in_every_form(word, jargon):
    assert is_word_jargon(word) is jargon


@pytest.mark.parametrize(
    "word,form",
    [("toxicities", "toxicity"), ("assesses", "assess"), ("cohorts", "cohort"), ("glass", "glass")],
)
def test_a_word_counts_as_common_as_its_most_common_form(word, form):
    assert general_zipf(word) == zipf_frequency(form, "en") >= zipf_frequency(word, "en")
