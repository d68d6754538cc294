"""bench_gate's headline measure on human summaries: the sentences it takes as a headline
(texts written for these tests; no data folder needed)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_gate import HEADLINE_WAYS, headline_choices  # noqa: E402

from plainsum.ingest import parse  # noqa: E402

PAPER = parse(
    """Stretching for cramps in multiple sclerosis

Background: Muscle cramps trouble many people with multiple sclerosis at night.

Methods: We randomised 80 adults to nightly stretching or no stretching for six weeks.

Results: Cramps per week fell from six to two with stretching and did not change without it.

Conclusions: Nightly stretching reduced night cramps in people with multiple sclerosis."""
)
HUMAN = (
    "Cramps at night are common in MS. Eighty adults took part for six weeks. People who "
    "stretched every night had far fewer night cramps than those who did not. The study was "
    "small."
)


def test_the_three_headlines_are_the_cut_the_whole_first_and_the_conclusion_sentence():
    cut = "Cramps at night are common in MS."
    choices = headline_choices(PAPER, HUMAN, cut)
    assert list(choices) == list(HEADLINE_WAYS)
    assert choices[HEADLINE_WAYS[0]] == cut
    assert choices[HEADLINE_WAYS[1]] == "Cramps at night are common in MS."
    assert choices[HEADLINE_WAYS[2]].startswith("People who stretched every night")


def test_a_summary_without_a_sentence_that_fits_a_headline_keeps_only_the_cut():
    long = " ".join(["word"] * 70) + "."
    assert list(headline_choices(PAPER, long, "word word word")) == [HEADLINE_WAYS[0]]
