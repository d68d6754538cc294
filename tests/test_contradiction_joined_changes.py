"""A sentence that joins two changes ("..., and the next morning ...") is read clause by clause
against every result the paper states, as a short sentence of one change is: a reversed clause
is caught even when the whole sentence shares too few words with the paper's results to be
drawn to them (issue 8, stop 55). True clauses, hedged ones and background still pass. Papers
and sentences written for these tests."""

from __future__ import annotations

import pytest
from gate_probes import contradictions

from plainsum.checks.support_contradicted import (
    _against_any_result,
    changes_joined,
    short_held_change,
)
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink

NAP_TRIAL = parse(
    """Aim: To test whether a 20-minute postprandial siesta modifies vigilance performance and \
nocturnal sleep architecture in rotating shift personnel.

Methods: Eighteen nurses took part in a randomised crossover study of a siesta day and a \
control day.

Results: Psychomotor vigilance reaction times were shorter in the siesta condition \
(p = 0.02). Total sleep time did not differ between conditions (p = 0.61).

Conclusion: Despite lasting only twenty minutes, a postprandial siesta taken before a long \
working day exerts a positive effect on alertness in the evening hours of rotating shift \
personnel, as measured by psychomotor vigilance testing."""
)

_PARTS = {
    "headline": "A short nap helped nurses stay alert in the evening",
    "what_the_study_did": "Eighteen nurses tried a nap day and a no-nap day.",
    "why_it_matters": "This study is not about MS. Ask your doctor about tiredness.",
    "limitations": "It was one small study, so it needs repeating.",
}


@pytest.mark.parametrize(
    "sentence",
    [
        "After the nap, evening alertness was worse, and the nurses slept the same at night.",
        "On nap days the nurses slept the same at night, and their evening alertness was worse.",
    ],
)
def test_a_reversed_clause_of_a_joined_sentence_is_caught(sentence: str) -> None:
    assert contradictions(NAP_TRIAL, _PARTS, "what_the_study_did", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "After the nap, evening alertness was better, and the nurses slept the same at night.",
        "After the nap, evening alertness may be better, and night sleep could be shorter.",
    ],
)
def test_true_or_hedged_joined_sentences_pass(sentence: str) -> None:
    assert not contradictions(NAP_TRIAL, _PARTS, "what_the_study_did", sentence)


def test_clauses_are_cut_where_a_new_change_begins():
    text = "After the nap, alertness was better, and the nurses slept less at night."
    assert changes_joined(text) == [
        "After the nap, alertness was better",
        "the nurses slept less at night.",
    ]
    assert changes_joined("Alertness was better after the nap.") == []
    assert changes_joined("Alertness was better, but this could be down to chance.") == []


FAR_RESULTS = [
    "A postprandial siesta exerts a positive effect on alertness in the evening hours.",
    "Total sleep time did not differ between conditions (p = 0.61).",
]


def _far(sentence: str):
    return _against_any_result(sentence, [], FAR_RESULTS, lambda text: [], None)


def test_each_clause_is_read_against_every_result_the_paper_states():
    reversed_ = "After the nap, alertness was worse in the evening, and the nurses slept as long."
    assert _far(reversed_)
    assert _far("On nap days the nurses slept as long, and their alertness was worse.")
    assert not _far("After the nap, alertness was better in the evening, and they slept as long.")


def test_a_joined_sentence_is_held_however_few_words_it_shares():
    said = "After the nap, alertness was worse in the evening, and the nurses slept as long."
    held = EvidenceLink(section="what_the_study_did", index=0, text=said)
    assert short_held_change(held)
    aside = EvidenceLink(section="why_it_matters", index=0, text=said)
    assert not short_held_change(aside)
