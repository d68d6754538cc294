"""Symbols said as words, so that a sentence is not left out for one of them: a trial's "who took
part" with "interferon-β", its main result in "nmol/L", its design with "randomised 2:1"."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import plain_sentences
from plainsum.plain.symbol_words import symbols_in_words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("people on interferon-β", "people on interferon beta"),
        ("people on interferon β-1a", "people on interferon beta-1a"),
        ("levels of TNF-α and IL-1β rose", "levels of TNF-alpha and IL-1 beta rose"),
        ("TGF-β1 and IFN-γ", "TGF-beta1 and IFN-gamma"),
        ("β-blockers and α-synuclein", "beta-blockers and alpha-synuclein"),
        ("β cells died", "beta cells died"),
        ("rose from 48 to 131 nmol/L", "rose from 48 to 131 nmol per litre"),
        ("4.2 mmol/L and 12 pg/mL", "4.2 mmol per litre and 12 pg per millilitre"),
        ("20 mg/day for 5 mg/kg", "20 mg a day for 5 mg per kg"),
        ("were randomised 2:1 to the drug or placebo", "were randomised to the drug or placebo"),
        ("doses of 5 µg were given", "doses of 5 micrograms were given"),  # the micro sign
        ("doses of 13 to 15 μg were given", "doses of 13 to 15 micrograms were given"),  # mu
        ("12 μg/mL in blood", "12 micrograms per millilitre in blood"),
        ("the μ-opioid receptor", "the mu-opioid receptor"),
        ("were assigned in a 1:1 ratio to A or B", "were assigned to A or B"),
        # a ratio of two named things, with a colon between them
        ("the n-6:n-3 ratio in their diet", "the n-6 to n-3 ratio in their diet"),
        ("a higher female:male ratio", "a higher female to male ratio"),
        ("the ratio of LDL:HDL fell", "the ratio of LDL to HDL fell"),
        # a Greek letter glued to the name it starts or sits inside
        ("her serum βhCG fell", "her serum beta-hCG fell"),
        ("cells with the ΔF508 change", "cells with the delta-F508 change"),
        ("the NF-κB pathway", "the NF-kappa-B pathway"),
        ("the SIVΔnef virus", "the SIV-delta-nef virus"),
        ("short-acting β2-agonists", "short-acting beta2-agonists"),
        ("σF and σK switched on", "sigma-F and sigma-K switched on"),
        ("levels of β-hCG", "levels of beta-hCG"),
    ],
)
def test_symbols_are_said_in_words(text: str, said: str) -> None:
    assert symbols_in_words(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "a 3:1 ratio of omega-6 to omega-3 fats",  # a ratio that is the finding stays
        "the clinic opened at 10:30 each day",
        "the omega 6:3 ratio",  # two bare numbers: perhaps a ratio of numbers, left
        "the fusion protein LP7:XYZ was given",  # a name with a colon, no ratio
        "the and/or form",
        "a level of 4.2 mg/dL",  # "decilitre" is no plain word
        "under 3.6 mmol/L—weakness and cramps",  # a unit glued to the next word by a dash
        "one 100-μg dose",  # a unit, never "mu"
        "levels of α-syn rose",  # a short form of a few small letters: a code stays a code
        "with treatment, Δ and HbF values rose",  # a change in what the sentence never names
    ],
)
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert symbols_in_words(text) == text


@pytest.mark.parametrize(
    "sentence",
    [
        "Twenty adults with relapsing MS on interferon-β took the drug once a week for 10 weeks.",
        "Mean blood levels of the vitamin rose from 40 to 120 nmol/L over the study.",
        "We followed 1,200 participants randomised 2:1 to the drug or placebo for 2 years.",
        "In mice given the vaccine, the NF-κB pathway was switched on within two days.",
        "Her blood level of βhCG fell to normal over the next eight weeks.",
        "Children with a lower n-6:n-3 ratio in their diet did better on the planning task.",
    ],
)
def test_the_sentence_is_kept_whole(sentence: str) -> None:
    pieces = plain_sentences(sentence)
    assert len(pieces) == 1
    assert pieces[0].text.split()[-2:] == sentence.split()[-2:]
