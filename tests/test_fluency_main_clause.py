"""A main clause whose verb was cut (issue 8): after an opening 'when'/'if' clause
(verbless_main), and after a subject whose 'whose' clause, or an opening phrase before it, hid
the cut from no_main_verb. Each broken sentence beside whole ones of the same shape."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems


def _rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence,rule",
    [
        # the main clause after a leading clause lost its verb
        (
            "When the team also switched off a second gene, called Abc2, the lumps at all.",
            "verbless_main",
        ),
        (
            "When every fall was counted, people on the new pill less likely to break a bone "
            "(a risk ratio, or RR, of 0.5), but this did not hold in a stricter analysis.",
            "verbless_main",
        ),
        (
            "If the drug was started early, fewer than 20 new spots on scans after a year.",
            "verbless_main",
        ),
        # a subject with a 'whose' clause, or after an opening phrase, and no main verb
        ("People whose pain had not eased for a year more likely to stop work.", "no_main_verb"),
        ("In this study, women who walked daily more likely to sleep well.", "no_main_verb"),
    ],
)
def test_a_cut_main_verb_is_found(sentence, rule):
    assert rule in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "When the team also switched off a second gene, called Abc2, the lumps did not form.",
        "When you have arthritis, your immune system, which fights germs, attacks your joints.",
        "If you have MS, talk to your doctor about it.",
        "After 3, 6 and 12 months, pain scores had fallen.",
        "Although small, the study is useful.",
        "Although one in five falls needs a doctor, less than one in 10 results in a break.",
        "Although the pill is only approved for eye disease, doctors prescribe it for others.",
        "Since the 1960s vitamin D is given to babies, mainly in rich countries; other steps "
        "help too.",
        "When these limits are passed, low blood pressure, and collapse will follow.",
        "If left untreated, the infection can spread.",
        "If so, good.",
        "People whose pain had not eased for a year were more likely to stop work.",
        "In this study, women who walked daily slept better.",
        "Although the risk may rise with the drug (300 people, RR 3.9 (95% CI 1.4 to 11)), "
        "there is no clear difference in deaths.",
    ],
)
def test_whole_sentences_pass(sentence):
    assert not _rules(sentence) & {"verbless_main", "no_main_verb"}


def test_an_imperative_after_an_if_clause_is_a_main_clause():
    sentence = "If the pain wears you down, swap notes with your nurse about the options."
    assert "verbless_main" not in _rules(sentence)
